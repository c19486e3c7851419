package health.covenant.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into one table with PostgreSQL {@code COPY … FROM STDIN} (text format), the fastest way
 * to load bulk data: values are escaped here, written in chunks, and the copy ends with {@link #finish()}.
 */
final class CopyWriter {

	private static final int CHUNK = 1 << 20;

	private final CopyIn copy;

	private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);

	private long rows;

	CopyWriter(Connection connection, String table, String columns) throws SQLException {
		this.copy = connection.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
	}

	void row(Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				this.buffer.append('\t');
			}
			append(values[i]);
		}
		this.buffer.append('\n');
		this.rows++;
		if (this.buffer.length() >= CHUNK) {
			flush();
		}
	}

	long finish() throws SQLException {
		flush();
		this.copy.endCopy();
		return this.rows;
	}

	private void append(Object value) {
		if (value == null) {
			this.buffer.append("\\N");
		}
		else if (value instanceof Boolean bool) {
			this.buffer.append(bool ? 't' : 'f');
		}
		else {
			String text = value.toString();
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				switch (c) {
					case '\\' -> this.buffer.append("\\\\");
					case '\t' -> this.buffer.append("\\t");
					case '\n' -> this.buffer.append("\\n");
					case '\r' -> this.buffer.append("\\r");
					default -> this.buffer.append(c);
				}
			}
		}
	}

	private void flush() throws SQLException {
		if (this.buffer.isEmpty()) {
			return;
		}
		byte[] bytes = this.buffer.toString().getBytes(StandardCharsets.UTF_8);
		this.copy.writeToCopy(bytes, 0, bytes.length);
		this.buffer.setLength(0);
	}

}
