package health.covenant.shared.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQuery;
import java.util.Locale;
import java.util.function.ToIntFunction;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * One place for input no person could have meant: {@link BadInputFilter} refuses malformed
 * parameters before anything runs; dates in URLs and forms are read only within years 1 to 9999 (a
 * form re-renders with the field's message, a query parameter gets 400), since the database and the
 * date arithmetic do not go further; and a multipart body Tomcat cannot parse (no boundary, cut
 * short) is a 400, not a 500.
 */
@Configuration(proxyBeanMethods = false)
class BadInputConfiguration implements WebMvcConfigurer {

	static final int MIN_YEAR = 1;

	static final int MAX_YEAR = 9999;

	private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("uuuu-MM", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	@Bean
	FilterRegistrationBean<BadInputFilter> badInputFilter() {
		FilterRegistrationBean<BadInputFilter> registration = new FilterRegistrationBean<>(new BadInputFilter());
		// after the upload size check (-110), before Spring Security (-100), whose CSRF check reads parameters
		registration.setOrder(-105);
		return registration;
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(LocalDate.class, new BoundedFormatter<>(DateTimeFormatter.ISO_LOCAL_DATE,
				LocalDate::from, (date) -> date.get(ChronoField.YEAR)));
		registry.addFormatterForFieldType(YearMonth.class,
				new BoundedFormatter<>(YEAR_MONTH, YearMonth::from, YearMonth::getYear));
	}

	/** ISO text (the format of date inputs and of every date in a URL) within years 1 to 9999. */
	private record BoundedFormatter<T extends TemporalAccessor>(DateTimeFormatter format, TemporalQuery<T> from,
			ToIntFunction<T> year) implements Formatter<T> {

		@Override
		public T parse(String text, Locale locale) {
			T value = this.format.parse(text.strip(), this.from);
			int y = this.year.applyAsInt(value);
			if (y < MIN_YEAR || y > MAX_YEAR) {
				throw new DateTimeParseException("Year out of range", text, 0);
			}
			return value;
		}

		@Override
		public String print(T value, Locale locale) {
			return this.format.format(value);
		}

	}

	/** A multipart body that cannot be parsed (no boundary, cut short) is the client's fault. */
	@ControllerAdvice
	static class MalformedRequestAdvice {

		@ExceptionHandler(MultipartException.class)
		void malformedMultipart(MultipartException ex, HttpServletResponse response) throws IOException {
			if (ex instanceof MaxUploadSizeExceededException) {
				response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
				return;
			}
			response.sendError(HttpStatus.BAD_REQUEST.value());
		}

	}

}
