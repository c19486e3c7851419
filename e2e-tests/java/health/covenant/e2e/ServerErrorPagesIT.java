package health.covenant.e2e;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;

import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages over real HTTP (MockMvc does not render them): the friendly page with a reference id,
 * the right status, and never an exception class name or a stack trace.
 */
@EndToEnd
class ServerErrorPagesIT {

	@LocalServerPort
	int port;

	@Autowired
	UserService users;

	@Autowired
	Clock clock;

	private HttpSession signedInAs(Role... roles) {
		return new HttpSession("http://localhost:" + this.port, new Authenticator(this.clock))
			.signIn(TestUsers.create(this.users, roles), TestUsers.PASSWORD);
	}

	@Test
	void unknownAddressGivesTheNotFoundPage() {
		HttpResponse<String> response = signedInAs(Role.LEGAL).get("/no/such/page");
		assertFriendly(response, 404, "Not found");
	}

	@Test
	void forbiddenPageGivesTheNotAllowedPage() {
		HttpResponse<String> response = signedInAs(Role.PROCUREMENT).get("/audit");
		assertFriendly(response, 403, "Not allowed");
	}

	@Test
	void forbiddenPostGivesTheNotAllowedPage() {
		HttpSession procurement = signedInAs(Role.PROCUREMENT);
		Map<String, String> csrf = HttpSession.csrfHeader(procurement.get("/").body());
		HttpResponse<String> response = procurement.postForm("/audit/verify", Map.of(), csrf);
		assertFriendly(response, 403, "Not allowed");
	}

	@Test
	void postWithAForgedCsrfTokenIsRefusedWithTheFriendlyPage() {
		HttpSession admin = signedInAs(Role.ADMIN);
		HttpResponse<String> response = admin.postForm("/audit/verify", Map.of("_csrf", "forged"), Map.of());
		assertFriendly(response, 403, "Not allowed");
	}

	@Test
	void aValueThatDoesNotConvertGivesTheBadRequestPageWithoutDetails() {
		HttpSession admin = signedInAs(Role.ADMIN);
		assertFriendly(admin.get("/audit?from=not-a-date&page=x"), 400, "Request not understood");
		assertFriendly(admin.get("/agreements?kind=NOT_A_KIND"), 400, "Request not understood");
		assertFriendly(admin.get("/vendors?page=two"), 400, "Request not understood");
	}

	@Test
	void anHtmxRequestWithABadValueGetsTheMessageAloneForItsTarget() {
		HttpResponse<String> response = signedInAs(Role.ADMIN).get("/vendors?page=two", Map.of("HX-Request", "true"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Request not understood")
			.containsPattern("Reference: [0-9A-F]{8}")
			.doesNotContain("<html")
			.doesNotContain("class=\"mainnav\"");
		ErrorPageText.assertNoTechnicalDetails(response.body());
	}

	@Test
	void signedOutVisitorsAreSentToTheSignInPage() {
		HttpResponse<String> response = new HttpSession("http://localhost:" + this.port).get("/no/such/page");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/login"));
	}

	private static void assertFriendly(HttpResponse<String> response, int status, String heading) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("<h1>" + heading + "</h1>")
			.containsPattern("Reference: [0-9A-F]{8}")
			.contains("Back to the dashboard");
		ErrorPageText.assertNoTechnicalDetails(response.body());
	}

}
