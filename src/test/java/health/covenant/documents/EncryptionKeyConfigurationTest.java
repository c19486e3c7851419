package health.covenant.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.SecretKey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class EncryptionKeyConfigurationTest {

	@Test
	void embeddedModeGeneratesTheKeyOnceNextToTheDataDirectory(@TempDir Path data) throws Exception {
		String pgDir = data.resolve("pg").toString();
		SecretKey first = EncryptionKeyConfiguration.resolveKey("", "", pgDir);
		Path keyFile = data.resolve("encryption.key");
		assertThat(keyFile).exists();
		assertThat(Base64.getDecoder().decode(Files.readString(keyFile).strip())).hasSize(32);
		SecretKey again = EncryptionKeyConfiguration.resolveKey("", "", pgDir);
		assertThat(again.getEncoded()).isEqualTo(first.getEncoded());
	}

	@Test
	void configuredKeyWins(@TempDir Path data) {
		byte[] raw = new byte[32];
		raw[0] = 7;
		SecretKey key = EncryptionKeyConfiguration.resolveKey(Base64.getEncoder().encodeToString(raw),
				"jdbc:postgresql://db/covenant", data.resolve("pg").toString());
		assertThat(key.getEncoded()).isEqualTo(raw);
		assertThat(data.resolve("encryption.key")).doesNotExist();
	}

	@Test
	void externalDatabaseWithoutKeyDoesNotStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> EncryptionKeyConfiguration.resolveKey("", "jdbc:postgresql://db/covenant", ""))
			.withMessageContaining("COVENANT_ENCRYPTION_KEY");
	}

	@Test
	void keyOfTheWrongLengthIsRefused() {
		String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
		assertThatIllegalStateException().isThrownBy(() -> EncryptionKeyConfiguration.resolveKey(shortKey, "", ""))
			.withMessageContaining("32 bytes");
		assertThatIllegalStateException().isThrownBy(() -> EncryptionKeyConfiguration.resolveKey("not base64!", "", ""));
	}

	@Test
	void ciphertextIsBoundToItsKeyAndAssociatedData() throws Exception {
		DocumentCipher cipher = new DocumentCipher(EncryptionKeyConfiguration.resolveKey("", "", ""));
		byte[] sealed = cipher.encrypt("secret".getBytes(), "Agreement\u001f1\u001fabc");
		assertThat(new String(cipher.decrypt(sealed, "Agreement\u001f1\u001fabc"))).isEqualTo("secret");
		assertThatExceptionOfType(GeneralSecurityException.class)
			.isThrownBy(() -> cipher.decrypt(sealed, "Agreement\u001f2\u001fabc"));
		DocumentCipher otherKey = new DocumentCipher(EncryptionKeyConfiguration.resolveKey("", "", ""));
		assertThatExceptionOfType(GeneralSecurityException.class)
			.isThrownBy(() -> otherKey.decrypt(sealed, "Agreement\u001f1\u001fabc"));
	}

}
