package health.covenant.shared.web;

import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Error pages show a short reference id and never the exception's message (it may carry PHI). The
 * log gets the reference and the full exception so support can find it.
 */
@Component
class ErrorReferenceAttributes extends DefaultErrorAttributes {

	private static final Logger log = LoggerFactory.getLogger(ErrorReferenceAttributes.class);

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest webRequest, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(webRequest,
				ErrorAttributeOptions.of(ErrorAttributeOptions.Include.STATUS));
		attributes.remove("message");
		attributes.remove("trace");
		attributes.remove("exception");
		attributes.remove("errors");
		String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		attributes.put("reference", reference);
		Throwable error = getError(webRequest);
		Object status = attributes.get("status");
		if (error != null && status instanceof Integer code && code >= 500) {
			log.error("Request failed, reference {} (path {})", reference, attributes.get("path"), error);
		}
		else if (error != null) {
			log.info("Request refused with status {}, reference {}: {}", status, reference, error.toString());
		}
		return attributes;
	}

}
