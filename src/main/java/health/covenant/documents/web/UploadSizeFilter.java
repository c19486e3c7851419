package health.covenant.documents.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import health.covenant.documents.DocumentService;
import health.covenant.shared.web.Flash;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Refuses an upload larger than the limit before anything reads it. Left to Tomcat, such a request
 * fails while the parameters are parsed (even the CSRF check reads them), and the user gets an empty
 * 413. Here the user is sent back (303) to the page the upload came from, with the message "larger
 * than the limit of 25 MB" there. Runs after the session filter and before Spring Security.
 */
class UploadSizeFilter extends OncePerRequestFilter {

	private final DocumentService documents;

	private final long maxRequestBytes;

	UploadSizeFilter(DocumentService documents, long maxRequestBytes) {
		this.documents = documents;
		this.maxRequestBytes = maxRequestBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		if ("POST".equals(request.getMethod()) && contentType != null
				&& contentType.toLowerCase().startsWith("multipart/")
				&& request.getContentLengthLong() > this.maxRequestBytes) {
			String target = backTo(request);
			FlashMap flash = new FlashMap();
			flash.put("flash", new Flash(Flash.Level.ERROR, "documents.rejected.tooLarge",
					List.of(this.documents.maxSizeLabel())));
			new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
			if (HtmxRequest.fromRequest(request).isHtmxRequest()) {
				response.setHeader("HX-Redirect", target);
				response.setStatus(HttpStatus.OK.value());
			}
			else {
				response.setStatus(HttpStatus.SEE_OTHER.value());
				response.setHeader("Location", target);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	/** The same-site page the upload came from, or the dashboard. */
	static String backTo(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer != null) {
			try {
				URI uri = URI.create(referer);
				boolean sameSite = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
				String path = uri.getRawPath();
				if (sameSite && path != null && path.startsWith("/") && !path.startsWith("//")) {
					return request.getContextPath() + path;
				}
			}
			catch (IllegalArgumentException ex) {
				return request.getContextPath() + "/";
			}
		}
		return request.getContextPath() + "/";
	}

}
