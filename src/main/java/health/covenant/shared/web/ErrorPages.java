package health.covenant.shared.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error status renders the one friendly page {@code error/page}, worded by kind: 400 bad
 * request (a value no page can read, see {@link BadRequestAdvice}), 403 forbidden, 404 not found,
 * other 4xx generic, 5xx server error. An htmx request gets only the message, as a fragment for the
 * region it targeted. The model carries only the status and the reference id of
 * {@link ErrorReferenceAttributes}, never exception details.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorPages implements ErrorViewResolver {

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		Map<String, Object> page = new HashMap<>(model);
		page.put("kind", kind(status));
		String view = HtmxRequest.fromRequest(request).isHtmxRequest() ? "error/page :: message" : "error/page";
		return new ModelAndView(view, page, status);
	}

	static String kind(HttpStatus status) {
		if (status == HttpStatus.BAD_REQUEST) {
			return "badRequest";
		}
		if (status == HttpStatus.FORBIDDEN) {
			return "forbidden";
		}
		if (status == HttpStatus.NOT_FOUND) {
			return "notFound";
		}
		return status.is5xxServerError() ? "serverError" : "generic";
	}

}
