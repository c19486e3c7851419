package health.covenant.shared.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with 400 and the friendly error page, a request whose parameters no person could have
 * typed: NUL and other control characters (tab and line breaks aside), unpaired surrogates and
 * Unicode noncharacters such as U+FFFF or U+10FFFF, in a parameter's name or value (query string,
 * form or multipart fields). Nothing behind it (search, database, audit) ever sees such text, so the
 * request changes nothing.
 */
class BadInputFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(BadInputFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (hasUntypeableParameter(request)) {
			log.info("Refused a request with malformed input: {} {}", request.getMethod(), request.getRequestURI());
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean hasUntypeableParameter(HttpServletRequest request) {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (!isTypeable(parameter.getKey())) {
				return true;
			}
			for (String value : parameter.getValue()) {
				if (value != null && !isTypeable(value)) {
					return true;
				}
			}
		}
		return false;
	}

	/** Text a person could have entered: no control characters but tab and line breaks, well-formed UTF-16. */
	static boolean isTypeable(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				if (isNoncharacter(text.codePointAt(i))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c) || isNoncharacter(c)
					|| (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
				return false;
			}
		}
		return true;
	}

	private static boolean isNoncharacter(int codePoint) {
		return (codePoint & 0xFFFE) == 0xFFFE || (codePoint >= 0xFDD0 && codePoint <= 0xFDEF);
	}

}
