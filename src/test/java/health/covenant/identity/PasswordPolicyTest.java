package health.covenant.identity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	private static final PasswordPolicy POLICY = new PasswordPolicy();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			short1!                     | lee.legal@covenant.test | password.length
			123qweasdzxc                | lee.legal@covenant.test | password.common
			1qaz2wsx3edc4rfv            | lee.legal@covenant.test | password.common
			administrator               | lee.legal@covenant.test | password.common
			Password123456!             | lee.legal@covenant.test | password.common
			!!Sunshine2026!!            | lee.legal@covenant.test | password.common
			my-lee.legal-secret         | lee.legal@covenant.test | password.containsName
			LEELEGAL-rides-bikes        | lee.legal@covenant.test | password.containsName
			""")
	void refusesWeakPasswords(String password, String email, String problem) {
		assertThat(POLICY.problem(password, email)).contains(problem);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			tangerine ladder orbit      | lee.legal@covenant.test
			correct horse battery       | lee.legal@covenant.test
			covenant-demo-2026          | admin@covenant.test
			""")
	void acceptsOthers(String password, String email) {
		assertThat(POLICY.problem(password, email)).isEmpty();
	}

}
