package health.covenant.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import health.covenant.identity.Role;
import health.covenant.identity.UserService;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP through Tomcat (MockMvc has no connector): behind a TLS-terminating proxy on a
 * local address the session cookie is Secure and HSTS is sent; without it neither; the Host header
 * never makes it into a redirect; text no person could type gets the friendly 400 page.
 */
@EndToEnd
class ProxyHeadersIT {

	@LocalServerPort
	int port;

	@Autowired
	UserService users;

	@Test
	void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() throws IOException {
		String response = exchange("GET /login HTTP/1.1\r\nHost: covenant.example\r\nX-Forwarded-Proto: https\r\n"
				+ "X-Forwarded-For: 203.0.113.7\r\nAccept: text/html\r\nConnection: close\r\n\r\n");

		assertThat(response).startsWith("HTTP/1.1 200");
		assertThat(header(response, "Set-Cookie")).startsWith("SESSION=").contains("; Secure").contains("HttpOnly");
		assertThat(header(response, "Strict-Transport-Security")).contains("max-age=31536000");
	}

	@Test
	void plainHttpGetsNeitherASecureCookieNorHsts() throws IOException {
		String response = exchange(
				"GET /login HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n");

		assertThat(header(response, "Set-Cookie")).startsWith("SESSION=").doesNotContain("Secure");
		assertThat(header(response, "Strict-Transport-Security")).isEmpty();
	}

	@Test
	void theSignInRedirectDoesNotEchoTheHostHeader() throws IOException {
		String response = exchange(
				"GET /vendors HTTP/1.1\r\nHost: evil.example\r\nAccept: text/html\r\nConnection: close\r\n\r\n");

		assertThat(response).startsWith("HTTP/1.1 302");
		assertThat(header(response, "Location")).isEqualTo("/login");
	}

	@Test
	void aNulByteInAParameterGetsTheFriendly400Page() throws IOException {
		String response = exchange("GET /login?username=a%00b HTTP/1.0\r\nHost: localhost\r\nAccept: text/html\r\n"
				+ "Connection: close\r\n\r\n");

		assertThat(response).startsWith("HTTP/1.1 400");
		assertThat(response).contains("<h1>Request not understood</h1>").containsPattern("Reference: [0-9A-F]{8}");
		ErrorPageText.assertNoTechnicalDetails(response);
	}

	@Test
	void aMultipartUploadWithoutABoundaryGetsTheFriendly400Page() {
		HttpSession legal = new HttpSession("http://localhost:" + this.port)
			.signIn(TestUsers.create(this.users, Role.LEGAL), TestUsers.PASSWORD);
		Map<String, String> csrf = HttpSession.csrfHeader(legal.get("/").body());

		HttpResponse<String> response = legal.post("/agreements/1/documents", "multipart/form-data",
				"--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4\r\n--x--\r\n",
				csrf);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("<h1>Request not understood</h1>");
		ErrorPageText.assertNoTechnicalDetails(response.body());
	}

	/** One raw request (the JDK's HTTP client refuses to set Host), the whole answer as text. */
	private String exchange(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String header(String response, String name) {
		String head = response.substring(0, Math.max(response.indexOf("\r\n\r\n"), 0));
		return head.lines()
			.filter((line) -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
			.map((line) -> line.substring(name.length() + 1).strip())
			.findFirst()
			.orElse("");
	}

}
