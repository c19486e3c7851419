package health.covenant.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind, built in memory, for document tests. */
public final class TestFiles {

	private TestFiles() {
	}

	public static byte[] pdf(String text) {
		return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\n%%EOF\n")
			.getBytes(StandardCharsets.ISO_8859_1);
	}

	public static byte[] png() {
		return new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
	}

	public static byte[] jpeg() {
		return new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };
	}

	public static byte[] docx() {
		return zip("[Content_Types].xml", "word/document.xml");
	}

	public static byte[] zip(String... entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String entry : entries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * A Word document with a zip bomb in front: {@code fillers} entries that each inflate to
	 * {@code fillerBytes} zeros, then the two parts that make a DOCX. The filler is deflated once and
	 * its compressed bytes repeated, so building a 1 GiB bomb costs one 64 MiB deflate and about
	 * 1 MB of memory for the result.
	 */
	public static byte[] docxBehindZipBomb(int fillers, int fillerBytes) {
		byte[] zeros = new byte[1 << 20];
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		CRC32 crc = new CRC32();
		byte[] buffer = new byte[64 * 1024];
		for (int left = fillerBytes; left > 0; left -= zeros.length) {
			int chunk = Math.min(left, zeros.length);
			crc.update(zeros, 0, chunk);
			deflater.setInput(zeros, 0, chunk);
			while (!deflater.needsInput()) {
				compressed.write(buffer, 0, deflater.deflate(buffer));
			}
		}
		deflater.finish();
		while (!deflater.finished()) {
			compressed.write(buffer, 0, deflater.deflate(buffer));
		}
		deflater.end();
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		for (int i = 0; i < fillers; i++) {
			localEntry(zip, "filler-" + i + ".bin", compressed.toByteArray(), crc.getValue(), fillerBytes);
		}
		byte[] docx = docx();
		zip.write(docx, 0, docx.length);
		return zip.toByteArray();
	}

	/** A ZIP local file header (deflated, sizes known up front) followed by the entry's data. */
	private static void localEntry(ByteArrayOutputStream zip, String name, byte[] data, long crc, int size) {
		byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
		ByteBuffer header = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
		header.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) Deflater.DEFLATED);
		header.putShort((short) 0).putShort((short) 0x21);
		header.putInt((int) crc).putInt(data.length).putInt(size);
		header.putShort((short) nameBytes.length).putShort((short) 0);
		zip.write(header.array(), 0, 30);
		zip.write(nameBytes, 0, nameBytes.length);
		zip.write(data, 0, data.length);
	}

}
