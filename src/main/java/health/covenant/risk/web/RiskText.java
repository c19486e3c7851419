package health.covenant.risk.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import health.covenant.risk.RiskFactor;
import health.covenant.shared.web.Dates;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns a stored factor into its plain-words explanation for the pages ({@code @riskText.factor(f)}):
 * arguments that are message keys ({@code risk.*}) are resolved, dates are shown as dates. The factor
 * is stored with keys, not sentences, so that the wording can change without recomputing.
 */
@Component("riskText")
class RiskText {

	private final MessageSource messages;

	private final Dates dates;

	RiskText(MessageSource messages, Dates dates) {
		this.messages = messages;
		this.dates = dates;
	}

	public String factor(RiskFactor factor) {
		Locale locale = LocaleContextHolder.getLocale();
		Object[] args = factor.args().stream().map((arg) -> argument(arg, locale)).toArray();
		return this.messages.getMessage(factor.messageKey(), args, factor.messageKey(), locale);
	}

	private Object argument(String arg, Locale locale) {
		if (arg.startsWith("risk.")) {
			return this.messages.getMessage(arg, null, arg, locale);
		}
		if (arg.length() == 10 && arg.charAt(4) == '-' && arg.charAt(7) == '-') {
			try {
				return this.dates.date(LocalDate.parse(arg));
			}
			catch (DateTimeParseException ex) {
				return arg;
			}
		}
		return arg;
	}

}
