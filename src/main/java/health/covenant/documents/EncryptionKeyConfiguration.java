package health.covenant.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import health.covenant.shared.CovenantProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The document encryption key (AES-256). From {@code COVENANT_ENCRYPTION_KEY} (base64 of 32 bytes,
 * e.g. {@code openssl rand -base64 32}) when set. Otherwise, only with the embedded database: read
 * from, or generated once into, {@code encryption.key} next to the embedded data directory
 * ({@code ${COVENANT_DATA_DIR:./data}/encryption.key}); a throw-away key when that directory is
 * empty (tests). With an external database the key is required: the application does not start
 * without it.
 */
@Configuration(proxyBeanMethods = false)
class EncryptionKeyConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EncryptionKeyConfiguration.class);

	static final String KEY_FILE = "encryption.key";

	@Bean
	DocumentCipher documentCipher(@Value("${covenant.encryption-key:}") String configuredKey,
			@Value("${spring.datasource.url:}") String datasourceUrl, CovenantProperties properties) {
		return new DocumentCipher(resolveKey(configuredKey, datasourceUrl, properties.embeddedDb().dataDir()));
	}

	static SecretKey resolveKey(String configuredKey, String datasourceUrl, String embeddedDataDir) {
		if (configuredKey != null && !configuredKey.isBlank()) {
			return decode(configuredKey.strip(), "COVENANT_ENCRYPTION_KEY");
		}
		if (datasourceUrl != null && !datasourceUrl.isBlank()) {
			throw new IllegalStateException("COVENANT_ENCRYPTION_KEY is required with an external database "
					+ "(base64 of 32 random bytes: openssl rand -base64 32)");
		}
		if (embeddedDataDir == null || embeddedDataDir.isBlank()) {
			log.info("Documents are encrypted under a throw-away key (no data directory)");
			return new SecretKeySpec(randomKey(), "AES");
		}
		Path keyFile = Path.of(embeddedDataDir).toAbsolutePath().normalize().getParent().resolve(KEY_FILE);
		try {
			if (Files.exists(keyFile)) {
				return decode(Files.readString(keyFile, StandardCharsets.US_ASCII).strip(), keyFile.toString());
			}
			Files.createDirectories(keyFile.getParent());
			String encoded = Base64.getEncoder().encodeToString(randomKey());
			Files.writeString(keyFile, encoded + "\n", StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
			try {
				Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				log.debug("No POSIX permissions on {}", keyFile);
			}
			log.warn("Generated the document encryption key {}: back it up with the database, "
					+ "documents cannot be read without it", keyFile);
			return decode(encoded, keyFile.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the encryption key " + keyFile, ex);
		}
	}

	private static SecretKey decode(String base64, String source) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(source + " is not valid base64", ex);
		}
		if (key.length != 32) {
			throw new IllegalStateException(source + " must be 32 bytes (256 bits) in base64, found " + key.length
					+ " bytes: generate one with openssl rand -base64 32");
		}
		return new SecretKeySpec(key, "AES");
	}

	private static byte[] randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

}
