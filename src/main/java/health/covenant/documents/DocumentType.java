package health.covenant.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file types Covenant accepts, recognised by their content (magic bytes), never by the file
 * name or the browser's claim.
 */
public enum DocumentType {

	PDF("application/pdf", "PDF"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word"),
	DOC("application/msword", "Word 97–2003"),
	PNG("image/png", "PNG"),
	JPEG("image/jpeg", "JPEG");

	private static final byte[] PDF_MAGIC = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private static final byte[] OLE_MAGIC = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
			0x1A, (byte) 0xE1 };

	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private final String mediaType;

	private final String label;

	DocumentType(String mediaType, String label) {
		this.mediaType = mediaType;
		this.label = label;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public String label() {
		return this.label;
	}

	public static Optional<DocumentType> ofMediaType(String mediaType) {
		return Arrays.stream(values()).filter((type) -> type.mediaType.equals(mediaType)).findFirst();
	}

	/** The type the bytes really are, if it is one we accept. */
	public static Optional<DocumentType> detect(byte[] content) {
		if (startsWith(content, PDF_MAGIC)) {
			return Optional.of(PDF);
		}
		if (startsWith(content, PNG_MAGIC)) {
			return Optional.of(PNG);
		}
		if (startsWith(content, JPEG_MAGIC)) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, OLE_MAGIC)) {
			return Optional.of(DOC);
		}
		if (startsWith(content, ZIP_MAGIC) && isWordDocument(content)) {
			return Optional.of(DOCX);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

	/** An Office Open XML package whose main part is a Word document (not any ZIP). */
	private static boolean isWordDocument(byte[] content) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			boolean contentTypes = false;
			boolean wordDocument = false;
			int entries = 0;
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null && entries++ < 10_000) {
				contentTypes |= "[Content_Types].xml".equals(entry.getName());
				wordDocument |= "word/document.xml".equals(entry.getName());
				if (contentTypes && wordDocument) {
					return true;
				}
			}
			return false;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

}
