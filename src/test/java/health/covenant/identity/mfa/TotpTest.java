package health.covenant.identity.mfa;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;

import health.covenant.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTest {

	/** The SHA-1 secret of RFC 6238's test vectors ("12345678901234567890"), in Base32. */
	static final String RFC_SECRET = Totp.Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

	static final Instant NOW = Instant.parse("2026-11-27T12:00:10Z");

	@ParameterizedTest
	@CsvSource({ "59, 287082", "1111111109, 081804", "1234567890, 005924", "2000000000, 279037" })
	void codesMatchTheRfcTestVectors(long epochSecond, String code) {
		assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(epochSecond))).isEqualTo(code);
	}

	@Test
	void base32RoundTripsAndMatchesTheRfcAlphabet() {
		assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		String secret = Totp.newSecret();
		assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
		assertThat(Totp.Base32.encode(Totp.Base32.decode(secret))).isEqualTo(secret);
	}

	@ParameterizedTest
	@ValueSource(longs = { -1, 0, 1 })
	void aCodeOfTheStepBeforeOrAfterIsAccepted(long stepsAway) {
		String code = Totp.code(RFC_SECRET, NOW.plusSeconds(30 * stepsAway));
		assertThat(Totp.matchingStep(RFC_SECRET, code, NOW)).hasValue(Totp.stepAt(NOW) + stepsAway);
	}

	@ParameterizedTest
	@ValueSource(longs = { -3, -2, 2, 3 })
	void aCodeTwoOrMoreStepsAwayIsRefused(long stepsAway) {
		String code = Totp.code(RFC_SECRET, NOW.plusSeconds(30 * stepsAway));
		assertThat(Totp.matchingStep(RFC_SECRET, code, NOW)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "12345", "1234567", "abcdef", "12 34 5a" })
	void somethingThatIsNotSixDigitsIsRefused(String code) {
		assertThat(Totp.matchingStep(RFC_SECRET, code, NOW)).isEmpty();
	}

	@Test
	void spacesInTheCodeDoNotMatter() {
		String code = Totp.code(RFC_SECRET, NOW);
		assertThat(Totp.matchingStep(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3), NOW)).isPresent();
	}

	@Test
	void recoveryCodesAreTenDistinctCodesAndTheirHashIgnoresCaseSpacesAndDashes() {
		var codes = RecoveryCodes.generate();
		assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch((code) -> code.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
		String code = codes.get(0);
		assertThat(RecoveryCodes.hash(" " + code.toUpperCase().replace("-", " ") + " ")).isEqualTo(RecoveryCodes.hash(code));
		assertThat(RecoveryCodes.hash(codes.get(1))).isNotEqualTo(RecoveryCodes.hash(code)).hasSize(64);
		assertThat(RecoveryCodes.looksLikeRecoveryCode(code)).isTrue();
		assertThat(RecoveryCodes.looksLikeRecoveryCode("123456")).isFalse();
	}

	@Test
	void adminsAndSecurityOfficersNeedASecondFactorUnlessInDemoModeOrSetOtherwise() {
		assertThat(SecondFactorPolicy.parse("", false)).containsExactlyInAnyOrder(Role.ADMIN, Role.SECURITY_OFFICER);
		assertThat(SecondFactorPolicy.parse(null, true)).isEmpty();
		assertThat(SecondFactorPolicy.parse("none", false)).isEmpty();
		assertThat(SecondFactorPolicy.parse(" legal, ADMIN ", true)).isEqualTo(EnumSet.of(Role.LEGAL, Role.ADMIN));
	}

}
