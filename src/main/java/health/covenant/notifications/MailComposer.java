package health.covenant.notifications;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import health.covenant.identity.UserSummary;
import health.covenant.obligations.Obligation;
import health.covenant.shared.CovenantProperties;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders reminder and digest e-mails from {@code templates/mail/*.html} and {@code *.txt} (an HTML
 * and a plain-text part each). Texts come from the notifications message file.
 */
@Component
class MailComposer {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private static final Locale LOCALE = Locale.ENGLISH;

	record Mail(String subject, String html, String text) {
	}

	/** One reminder as shown in an e-mail. */
	record Item(Obligation obligation, ReminderPlan.Occasion occasion, String subject, String what, String due,
			String when, String why, String link, String actionUrl, Map<String, String> facts) {
	}

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final MessageSource messages;

	private final CovenantProperties covenant;

	private final ActionLinks links;

	MailComposer(MessageSource messages, CovenantProperties covenant, ActionLinks links) {
		this.messages = messages;
		this.covenant = covenant;
		this.links = links;
		this.engine.addTemplateResolver(resolver("*.html", TemplateMode.HTML));
		this.engine.addTemplateResolver(resolver("*.txt", TemplateMode.TEXT));
		this.engine.setTemplateEngineMessageSource(messages);
	}

	private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setResolvablePatterns(java.util.Set.of(pattern));
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCheckExistence(true);
		return resolver;
	}

	Item item(UserSummary recipient, Obligation obligation, ReminderPlan.Occasion occasion, LocalDate today) {
		long days = obligation.daysUntilDue(today);
		String what = msg("notifications.what." + obligation.kind().name());
		String due = DATE.format(obligation.dueDate());
		String when = days == 0 ? msg("notifications.days.today")
				: days == 1 ? msg("notifications.days.tomorrow")
						: days > 1 ? msg("notifications.days.in", days)
								: -days == 1 ? msg("notifications.days.agoOne") : msg("notifications.days.ago", -days);
		String overdueFor = -days == 1 ? msg("notifications.days.one") : msg("notifications.days.many", -days);
		String subject = switch (occasion) {
			case BEFORE -> msg("notifications.subject.BEFORE", obligation.title(), what, due, when);
			case OVERDUE -> msg("notifications.subject.OVERDUE", obligation.title(), what, due, when);
			case ESCALATION -> msg("notifications.subject.ESCALATION", obligation.title(), what, due, overdueFor);
		};
		String why = msg("notifications.why." + obligation.kind().name());
		String actionUrl = this.links.url(recipient.id(), obligation.id(), obligation.dueDate(), today);
		return new Item(obligation, occasion, subject, what, due, when, why, this.covenant.baseUrl() + obligation.link(),
				actionUrl, obligation.facts());
	}

	Mail reminder(UserSummary recipient, Item item) {
		Context context = context(recipient);
		context.setVariable("item", item);
		return new Mail(item.subject(), this.engine.process("reminder.html", context),
				this.engine.process("reminder.txt", context));
	}

	Mail digest(UserSummary recipient, List<Item> items, LocalDate today) {
		Context context = context(recipient);
		context.setVariable("items", items);
		context.setVariable("day", DATE.format(today));
		String subject = items.size() == 1 ? msg("notifications.digest.subjectOne", DATE.format(today))
				: msg("notifications.digest.subject", items.size(), DATE.format(today));
		return new Mail(subject, this.engine.process("digest.html", context),
				this.engine.process("digest.txt", context));
	}

	private Context context(UserSummary recipient) {
		Context context = new Context(LOCALE);
		context.setVariable("recipientName", recipient.displayName());
		context.setVariable("obligationsUrl", this.covenant.baseUrl() + "/obligations");
		context.setVariable("preferencesUrl", this.covenant.baseUrl() + "/account/notifications");
		return context;
	}

	private String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, LOCALE);
	}

}
