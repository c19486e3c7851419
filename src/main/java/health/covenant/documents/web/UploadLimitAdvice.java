package health.covenant.documents.web;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import health.covenant.documents.DocumentService;
import health.covenant.shared.web.Flash;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An upload bigger than the server's multipart limit is refused before any controller sees it: send
 * the user back to the page they came from with a clear message instead of an error page.
 */
@ControllerAdvice
class UploadLimitAdvice {

	private final DocumentService documents;

	UploadLimitAdvice(DocumentService documents) {
		this.documents = documents;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request, HttpServletResponse response) {
		String target = backTo(request);
		FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put("flash", new Flash(Flash.Level.ERROR, "documents.rejected.tooLarge",
				List.of(this.documents.maxSizeLabel())));
		if ("true".equals(request.getHeader("HX-Request"))) {
			RequestContextUtils.saveOutputFlashMap(target, request, response);
			return ResponseEntity.ok().header("HX-Redirect", target).build();
		}
		return "redirect:" + target;
	}

	/** The same-site page the upload came from, or the dashboard. */
	static String backTo(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer != null) {
			try {
				URI uri = URI.create(referer);
				if (uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName())) {
					String path = uri.getRawPath();
					if (path != null && path.startsWith("/") && !path.startsWith("//")) {
						return path;
					}
				}
			}
			catch (IllegalArgumentException ex) {
				// not a URI: fall back to the dashboard
			}
		}
		return "/";
	}

}
