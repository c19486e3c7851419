package health.covenant.documents;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class DocumentTypeTest {

	static Stream<Arguments> files() {
		return Stream.of(arguments("PDF", TestFiles.pdf("x"), DocumentType.PDF),
				arguments("PNG", TestFiles.png(), DocumentType.PNG),
				arguments("JPEG", TestFiles.jpeg(), DocumentType.JPEG),
				arguments("Word (OOXML)", TestFiles.docx(), DocumentType.DOCX),
				arguments("Word 97 (OLE)", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
						(byte) 0xB1, 0x1A, (byte) 0xE1, 0 }, DocumentType.DOC),
				arguments("any other ZIP", TestFiles.zip("payload.exe"), null),
				arguments("spreadsheet (OOXML, not Word)", TestFiles.zip("[Content_Types].xml", "xl/workbook.xml"), null),
				arguments("text that says PDF later", "hello %PDF-1.4".getBytes(StandardCharsets.US_ASCII), null),
				arguments("HTML", "<html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII), null),
				arguments("truncated PDF magic", new byte[] { '%', 'P', 'D' }, null),
				arguments("empty", new byte[0], null),
				arguments("ZIP magic, broken body", new byte[] { 'P', 'K', 3, 4, 1, 2, 3 }, null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("files")
	void recognisesTheTypeByContent(String name, byte[] content, DocumentType expected) {
		assertThat(DocumentType.detect(content)).isEqualTo(Optional.ofNullable(expected));
	}

	@Test
	void aWordDocumentBehindAZipBombIsNotRecognisedAndNotInflatedInFull() {
		byte[] bomb = TestFiles.docxBehindZipBomb(16, 64 * 1024 * 1024);

		assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
		assertThat(DocumentType.detect(bomb)).isEmpty();
	}

	@Test
	void aWordDocumentBehindThousandsOfEntriesIsNotRecognised() {
		String[] entries = new String[DocumentType.MAX_ENTRIES_INSPECTED + 2];
		for (int i = 0; i < DocumentType.MAX_ENTRIES_INSPECTED; i++) {
			entries[i] = "filler-" + i + ".xml";
		}
		entries[entries.length - 2] = "[Content_Types].xml";
		entries[entries.length - 1] = "word/document.xml";

		assertThat(DocumentType.detect(TestFiles.zip(entries))).isEmpty();
	}

	@Test
	void aWordDocumentWithLargeButOrdinaryPartsIsStillRecognised() {
		assertThat(DocumentType.detect(TestFiles.docxBehindZipBomb(1, 4 * 1024 * 1024))).contains(DocumentType.DOCX);
	}

}
