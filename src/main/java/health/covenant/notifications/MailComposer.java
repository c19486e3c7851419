package health.covenant.notifications;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import health.covenant.identity.UserSummary;
import health.covenant.obligations.Obligation;
import health.covenant.obligations.ObligationAudience;
import health.covenant.obligations.ObligationKind;
import health.covenant.obligations.ObligationService;
import health.covenant.shared.CovenantProperties;
import health.covenant.shared.web.Dates;
import health.covenant.vendors.VendorRisk;
import health.covenant.vendors.VendorRiskRecords;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders reminder and digest e-mails from {@code templates/mail/*.html} and {@code *.txt} (an HTML
 * and a plain-text part each). Texts come from the notifications message file. Names that come from
 * users (obligation titles, key facts, the recipient's name) are put on one line first: control
 * characters such as CR and LF become spaces, so a vendor name cannot add lines or headers to the
 * plain-text part or the subject. Dates are written by {@link Dates}, exactly as the pages write them.
 * The acknowledge/snooze link goes only to recipients who may act.
 */
@Component
class MailComposer {

	private static final Locale LOCALE = Locale.ENGLISH;

	record Mail(String subject, String html, String text) {
	}

	/**
	 * What a reminder run reads once for all the e-mails it composes: who may act on each kind (the
	 * rules) and the link signer (the secret).
	 */
	record RunContext(ObligationAudience audience, ActionLinks.Signer links) {
	}

	/** One reminder as shown in an e-mail. */
	record Item(Obligation obligation, ReminderPlan.Occasion occasion, String subject, String what, String due,
			String when, String why, String link, String actionUrl, Map<String, String> facts, String risk) {
	}

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final JsonMapper json = JsonMapper.builder().build();

	private final MessageSource messages;

	private final CovenantProperties covenant;

	private final ActionLinks links;

	private final ObligationService obligations;

	private final Dates dates;

	private final VendorRiskRecords risks;

	MailComposer(MessageSource messages, CovenantProperties covenant, ActionLinks links,
			ObligationService obligations, Dates dates, VendorRiskRecords risks) {
		this.dates = dates;
		this.risks = risks;
		this.messages = messages;
		this.covenant = covenant;
		this.links = links;
		this.obligations = obligations;
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

	/** What a run reads once, from the rules it has already loaded. */
	RunContext runContext(Map<ObligationKind, ReminderRule> rules) {
		return new RunContext((kind) -> {
			ReminderRule rule = rules.get(kind);
			return rule == null ? ReminderRule.fallback(kind).recipientRoles() : rule.recipientRoles();
		}, this.links.signer());
	}

	/**
	 * The recorded risk of the vendors these obligations are about, read once for the e-mails of a batch
	 * (one query, however many lines).
	 */
	Map<Long, VendorRisk> risksOf(Collection<Obligation> obligations) {
		return this.risks.of(obligations.stream().map(Obligation::vendorId).distinct().toList());
	}

	/** "High risk · 64"; null for a vendor not scored yet (the line then shows nothing). */
	private String riskLine(Obligation obligation, Map<Long, VendorRisk> risks) {
		VendorRisk risk = risks.get(obligation.vendorId());
		if (risk == null) {
			return null;
		}
		String line = msg("vendorRisk.tag", msg("vendorRisk.tier." + risk.tier().name()), risk.residual());
		return risk.overridden() ? line + " (" + msg("vendorRisk.overridden") + ")" : line;
	}

	Item item(UserSummary recipient, Obligation stored, ReminderPlan.Occasion occasion, LocalDate today,
			RunContext run, Map<Long, VendorRisk> risks) {
		Obligation obligation = oneLine(stored);
		String risk = riskLine(obligation, risks);
		if (occasion == ReminderPlan.Occasion.MISSED) {
			return missed(obligation, today, risk);
		}
		long days = obligation.daysUntilDue(today);
		String what = msg("notifications.what." + obligation.kind().name());
		String due = this.dates.date(obligation.dueDate());
		String when = days == 0 ? msg("notifications.days.today")
				: days == 1 ? msg("notifications.days.tomorrow")
						: days > 1 ? msg("notifications.days.in", days)
								: -days == 1 ? msg("notifications.days.agoOne") : msg("notifications.days.ago", -days);
		String overdueFor = -days == 1 ? msg("notifications.days.one") : msg("notifications.days.many", -days);
		String subject = switch (occasion) {
			case BEFORE -> msg("notifications.subject.BEFORE", obligation.title(), what, due, when);
			case OVERDUE -> msg("notifications.subject.OVERDUE", obligation.title(), what, due, when);
			case ESCALATION -> msg("notifications.subject.ESCALATION", obligation.title(), what, due, overdueFor);
			case MISSED -> throw new IllegalArgumentException("missed deadlines are composed by missed()");
		};
		String why = msg("notifications.why." + obligation.kind().name());
		String actionUrl = this.obligations.mayAct(stored, recipient, run.audience())
				? run.links().url(recipient.id(), obligation.id(), obligation.dueDate(), today) : null;
		return new Item(obligation, occasion, subject, what, due, when, why, this.covenant.baseUrl() + obligation.link(),
				actionUrl, obligation.facts(), risk);
	}

	/** "The last day to give notice passed on 14 Jan 2027; the BAA renewed until 31 Mar 2028." Nothing to act on. */
	private Item missed(Obligation obligation, LocalDate today, String risk) {
		LocalDate missedOn = obligation.lastMissed(today) != null ? obligation.lastMissed(today) : obligation.dueDate();
		String note = obligation.lastMissedNote(today);
		String what = msg("notifications.what." + obligation.kind().name());
		String day = this.dates.date(missedOn);
		long ago = java.time.temporal.ChronoUnit.DAYS.between(missedOn, today);
		String when = ago == 1 ? msg("notifications.days.agoOne") : msg("notifications.days.ago", ago);
		String subject = msg("notifications.subject.MISSED", obligation.title(), what, day);
		String said = note == null || note.isBlank() ? msg("notifications.missed", what, day)
				: msg("notifications.missed.note", what, day, note);
		return new Item(obligation, ReminderPlan.Occasion.MISSED, subject, what, day, when, said,
				this.covenant.baseUrl() + obligation.link(), null, obligation.facts(), risk);
	}

	/**
	 * The text on one line: every control character (CR, LF, tab, NUL, …), line or paragraph
	 * separator and invisible format character becomes a space, runs of spaces one space.
	 */
	static String oneLine(String text) {
		if (text == null) {
			return null;
		}
		return text.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]+", " ").replaceAll(" {2,}", " ").strip();
	}

	private static Obligation oneLine(Obligation o) {
		Map<String, String> facts = new LinkedHashMap<>();
		o.facts().forEach((label, value) -> facts.put(oneLine(label), oneLine(value)));
		return new Obligation(o.id(), o.key(), o.kind(), o.dueDate(), o.vendorId(), o.subjectType(), o.subjectId(),
				oneLine(o.title()), o.link(), o.ownerUserId(), o.done(), facts, o.acknowledgedAt(), o.acknowledgedBy(),
				o.snoozedUntil(), o.nextReminderOn(), oneLine(o.ifMissed()), o.missedDueDate(), oneLine(o.missedNote()));
	}

	/**
	 * An e-mail as the reminder run composes it: every text already written for the day of the run
	 * (dates, "in 3 days", the signed link), kept in the outbox and laid out by the templates only when
	 * the e-mail is sent ({@link #render}), so that a run over thousands of reminders writes rows, not
	 * HTML.
	 * @param template {@code reminder} (one item), {@code digest} or {@code sections}
	 * @param day the run's day as written in a digest's heading, null for a reminder
	 * @param sectioned the e-mail another module wrote ({@link MailOutbox}), null for the others
	 */
	record Content(String template, String recipientName, String day, List<Line> items, SectionedMail sectioned) {

		Content {
			items = items == null ? List.of() : items;
		}

	}

	/** One reminder of an e-mail, as its templates show it. */
	record Line(String title, String subject, String what, String due, String when, String why, String link,
			String actionUrl, Map<String, String> facts, String risk) {

		static Line of(Item item) {
			return new Line(item.obligation().title(), item.subject(), item.what(), item.due(), item.when(), item.why(),
					item.link(), item.actionUrl(), item.facts(), item.risk());
		}

	}

	/** An e-mail of the outbox before it is laid out: its subject, and what {@link #render} lays out. */
	record Composed(String subject, Content content) {
	}

	Composed reminder(UserSummary recipient, Item item) {
		return new Composed(oneLine(item.subject()),
				new Content("reminder", oneLine(recipient.displayName()), null, List.of(Line.of(item)), null));
	}

	Composed digest(UserSummary recipient, List<Item> items, LocalDate today) {
		String subject = items.size() == 1 ? msg("notifications.digest.subjectOne", this.dates.date(today))
				: msg("notifications.digest.subject", items.size(), this.dates.date(today));
		return new Composed(subject, new Content("digest", oneLine(recipient.displayName()), this.dates.date(today),
				items.stream().map(Line::of).toList(), null));
	}

	/**
	 * An e-mail another module wrote, with every text on one line (a name from a user cannot add lines to
	 * the plain-text part or headers to the subject).
	 */
	Composed sectioned(UserSummary recipient, SectionedMail mail) {
		List<SectionedMail.Section> sections = mail.sections()
			.stream()
			.map((section) -> new SectionedMail.Section(oneLine(section.title()), oneLine(section.empty()),
					section.lines()
						.stream()
						.map((line) -> new SectionedMail.Line(oneLine(line.title()), line.link(),
								line.details().stream().map(MailComposer::oneLine).toList()))
						.toList(),
					oneLine(section.more()), section.moreLink()))
			.toList();
		SectionedMail clean = new SectionedMail(oneLine(mail.subject()), oneLine(mail.heading()), oneLine(mail.intro()),
				sections, oneLine(mail.footer()));
		return new Composed(clean.subject(),
				new Content("sections", oneLine(recipient.displayName()), null, List.of(), clean));
	}

	/** The content as the outbox keeps it (JSON). */
	String toJson(Content content) {
		return this.json.writeValueAsString(content);
	}

	/** Lays out the content the outbox kept ({@link #toJson}). */
	Mail render(String subject, String content) {
		return render(subject, this.json.readValue(content, Content.class));
	}

	/** Lays the content out: the HTML and the plain-text part, from {@code templates/mail/<template>.*}. */
	Mail render(String subject, Content content) {
		Context context = new Context(LOCALE);
		context.setVariable("recipientName", content.recipientName());
		context.setVariable("obligationsUrl", this.covenant.baseUrl() + "/obligations");
		context.setVariable("preferencesUrl", this.covenant.baseUrl() + "/account/notifications");
		if ("sections".equals(content.template())) {
			context.setVariable("mail", content.sectioned());
			return new Mail(subject, this.engine.process("sections.html", context),
					this.engine.process("sections.txt", context));
		}
		if ("digest".equals(content.template())) {
			context.setVariable("items", content.items());
			context.setVariable("day", content.day());
			return new Mail(subject, this.engine.process("digest.html", context),
					this.engine.process("digest.txt", context));
		}
		context.setVariable("item", content.items().get(0));
		return new Mail(subject, this.engine.process("reminder.html", context),
				this.engine.process("reminder.txt", context));
	}

	private String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, LOCALE);
	}

}
