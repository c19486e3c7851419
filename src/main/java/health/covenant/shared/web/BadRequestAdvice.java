package health.covenant.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.ConversionNotSupportedException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Query parameters are read typed, through Spring's conversion ({@code @RequestParam(required = false)
 * ObligationState state}, {@code @DateTimeFormat(iso = ISO.DATE) LocalDate from}, {@code int page}), never
 * parsed by hand. A value that does not convert (an unknown enum constant, a date that is not one, a page
 * that is not a number) or a required parameter that is missing is the client's mistake: it answers
 * {@code 400} with the friendly error page ({@link ErrorPages}; only the message for an htmx request),
 * never the exception's text. A path variable that does not convert names nothing: {@code 404}.
 * <p>
 * Only the parameter's name and type are logged, not its value (a URL may carry anything).
 */
@ControllerAdvice
class BadRequestAdvice {

	private static final Logger log = LoggerFactory.getLogger(BadRequestAdvice.class);

	@ExceptionHandler(TypeMismatchException.class)
	void valueThatDoesNotConvert(TypeMismatchException ex, HttpServletResponse response) throws IOException {
		if (ex instanceof ConversionNotSupportedException) {
			// no converter for the type at all: the application's mistake, not the client's
			throw ex;
		}
		if (ex instanceof MethodArgumentTypeMismatchException mismatch
				&& mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
			log.info("Not found: the path's {} does not convert to {}", mismatch.getName(), typeName(ex));
			response.sendError(HttpStatus.NOT_FOUND.value());
			return;
		}
		log.info("Refused a request: its {} does not convert to {}", ex.getPropertyName(), typeName(ex));
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

	private static String typeName(TypeMismatchException ex) {
		return ex.getRequiredType() == null ? "its type" : ex.getRequiredType().getSimpleName();
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	void missingParameter(MissingServletRequestParameterException ex, HttpServletResponse response)
			throws IOException {
		log.info("Refused a request without its parameter {}", ex.getParameterName());
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

}
