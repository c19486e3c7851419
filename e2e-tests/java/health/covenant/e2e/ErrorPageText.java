package health.covenant.e2e;

import static org.assertj.core.api.Assertions.assertThat;

/** What an error page must never show: exception class names, stack frames, framework internals. */
final class ErrorPageText {

	private ErrorPageText() {
	}

	static void assertNoTechnicalDetails(String html) {
		assertThat(html).as("error page leaks technical details")
			.doesNotContainPattern("[a-z]+\\.[a-z.]+\\.[A-Z]\\w*(Exception|Error)\\b")
			.doesNotContainPattern("\\w+(Exception|Error):")
			.doesNotContainPattern("\\bat [a-z]+\\.[\\w.$]+\\(")
			.doesNotContain("Whitelabel")
			.doesNotContain("org.springframework")
			.doesNotContain("health.covenant.")
			.doesNotContain("Caused by")
			.doesNotContainIgnoringCase("stack trace")
			.doesNotContain("\"trace\"")
			.doesNotContain("\"exception\"");
	}

}
