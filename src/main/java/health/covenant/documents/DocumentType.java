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

	/**
	 * An Office Open XML package whose main part is a Word document (not any ZIP). Skipping an entry
	 * inflates it, so a small upload could expand to gigabytes here (a zip bomb): the bytes inflated
	 * and the entries looked at are capped, and a package over either cap is not recognised.
	 */
	private static boolean isWordDocument(byte[] content) {
		try (CappedZipInputStream zip = new CappedZipInputStream(content)) {
			boolean contentTypes = false;
			boolean wordDocument = false;
			int entries = 0;
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (++entries > MAX_ENTRIES_INSPECTED) {
					return false;
				}
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

	static final int MAX_ENTRIES_INSPECTED = 1_000;

	static final long MAX_BYTES_INFLATED = 32L * 1024 * 1024;

	/**
	 * Counts every byte inflated, including those {@code getNextEntry} reads to skip the rest of the
	 * previous entry (it goes through this {@code read}), and fails past the cap.
	 */
	private static final class CappedZipInputStream extends ZipInputStream {

		private long inflated;

		CappedZipInputStream(byte[] content) {
			super(new ByteArrayInputStream(content));
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = super.read(buffer, offset, length);
			if (read > 0) {
				this.inflated += read;
				if (this.inflated > MAX_BYTES_INFLATED) {
					throw new IOException("ZIP content inflates beyond " + MAX_BYTES_INFLATED + " bytes");
				}
			}
			return read;
		}

	}

}
