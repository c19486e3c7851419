package health.covenant.risk;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import health.covenant.assessments.AssessmentReads;
import health.covenant.assessments.ReassessmentDue;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.notifications.MailOutbox;
import health.covenant.notifications.MailSchedule;
import health.covenant.notifications.SectionedMail;
import health.covenant.shared.CovenantProperties;
import health.covenant.shared.OrganisationClock;
import health.covenant.shared.web.Dates;
import health.covenant.vendors.RiskTier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * The weekly risk digest: once per ISO week, at or after the configured day and hour in the
 * organisation's time zone, every enabled security officer who has not opted out gets one e-mail listing
 * (a) the tier changes awaiting review, (b) the reassessments due in the next 30 days and (c) the five
 * highest residual scores, each line linking to where to act. The e-mail is queued in the notifications
 * outbox under the key {@code risk-digest:<user id>:<ISO week>}, which the outbox takes once: a re-run,
 * a restart or a second instance in the same week queues nothing more, and a week whose slot was missed
 * (the application was down) is caught up at the next run of the job within that week. The content is
 * read once per run, from the stored scores (indexed reads of {@code vendor_risk}) and the assessments
 * module's stored schedule.
 */
@Service
public class RiskDigest implements MailSchedule {

	private static final Logger log = LoggerFactory.getLogger(RiskDigest.class);

	private static final Locale LOCALE = Locale.ENGLISH;

	/** The highest residual scores listed. */
	static final int TOP = 5;

	private final RiskDigestProperties settings;

	private final RiskService risks;

	private final AssessmentReads assessments;

	private final UserService users;

	private final MailOutbox outbox;

	private final OrganisationClock clock;

	private final MessageSource messages;

	private final Dates dates;

	private final CovenantProperties covenant;

	RiskDigest(RiskDigestProperties settings, RiskService risks, AssessmentReads assessments, UserService users,
			MailOutbox outbox, OrganisationClock clock, MessageSource messages, Dates dates,
			CovenantProperties covenant) {
		this.settings = settings;
		this.risks = risks;
		this.assessments = assessments;
		this.users = users;
		this.outbox = outbox;
		this.clock = clock;
		this.messages = messages;
		this.dates = dates;
		this.covenant = covenant;
	}

	public RiskDigestProperties settings() {
		return this.settings;
	}

	/** The settings pages' line: when the digest goes out and to whom, or that it is off. */
	@Override
	public String describe() {
		if (!this.settings.enabled()) {
			return msg("risk.digest.schedule.off");
		}
		return msg("risk.digest.schedule", this.settings.day().getDisplayName(TextStyle.FULL, LOCALE),
				String.format(Locale.ROOT, "%02d:00", this.settings.hour()), this.clock.zone().getId(),
				this.settings.dueWithinDays());
	}

	/**
	 * The job's work: when the digest is on and this week's slot has come (in the organisation's time
	 * zone), queues this week's digest for every recipient who has none yet.
	 * @return how many digests were queued now
	 */
	public int runIfDue() {
		if (!this.settings.enabled()) {
			return 0;
		}
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.now(), this.clock.zone());
		if (now.isBefore(slot(now.toLocalDate(), this.settings.day(), this.settings.hour()))) {
			return 0;
		}
		return send(now.toLocalDate());
	}

	/** The slot of the ISO week (Monday to Sunday) that holds {@code day}. */
	static LocalDateTime slot(LocalDate day, DayOfWeek dayOfWeek, int hour) {
		return day.with(ChronoField.DAY_OF_WEEK, dayOfWeek.getValue()).atTime(hour, 0);
	}

	/** The ISO week of the day, {@code 2026-W48}. */
	static String week(LocalDate day) {
		return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
				day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	/** The outbox key of a recipient's digest of the week that holds {@code day}. */
	static String dedupKey(long userId, LocalDate day) {
		return "risk-digest:" + userId + ":" + week(day);
	}

	/**
	 * Queues the digest of the week that holds {@code today} for every recipient who has none yet: the
	 * recipients and their keys are read in two queries, the content only when someone still lacks it.
	 * @return how many digests were queued now
	 */
	public int send(LocalDate today) {
		Map<String, UserSummary> missing = new LinkedHashMap<>();
		for (UserSummary recipient : this.users.riskDigestRecipients()) {
			missing.put(dedupKey(recipient.id(), today), recipient);
		}
		Set<String> queued = this.outbox.queued(missing.keySet());
		missing.keySet().removeAll(queued);
		if (missing.isEmpty()) {
			return 0;
		}
		SectionedMail mail = compose(today);
		int sent = 0;
		for (Map.Entry<String, UserSummary> recipient : missing.entrySet()) {
			if (this.outbox.queue(recipient.getKey(), recipient.getValue(), mail)) {
				sent++;
			}
		}
		log.info("Weekly risk digest {}: {} queued", week(today), sent);
		return sent;
	}

	/** The digest as of {@code today}: the same for every recipient (the greeting is added per recipient). */
	SectionedMail compose(LocalDate today) {
		String base = this.covenant.baseUrl();
		int lines = this.settings.lines();
		Page<VendorRiskView> queue = this.risks.queue(PageRequest.of(0, lines));
		List<SectionedMail.Line> queueLines = new ArrayList<>();
		for (VendorRiskView risk : queue) {
			RiskTier decided = risk.overrideTier() != null ? risk.overrideTier() : risk.baselineTier();
			queueLines.add(new SectionedMail.Line(risk.vendorName(), base + "/risk/vendors/" + risk.vendorId(),
					List.of(msg("risk.digest.queue.tiers", tier(risk.computedTier()), risk.residual(), tier(decided)),
							msg("risk.digest.queue.since", this.dates.date(risk.awaitingSince()),
									msg("risk.reason." + risk.reviewReason().name())))));
		}
		long moreQueued = queue.getTotalElements() - queueLines.size();
		SectionedMail.Section review = new SectionedMail.Section(
				msg("risk.digest.queue.title", queue.getTotalElements()), msg("risk.digest.queue.empty"), queueLines,
				moreQueued > 0 ? msg("risk.digest.more", moreQueued) : null,
				moreQueued > 0 ? base + "/risk/queue" : null);

		int within = this.settings.dueWithinDays();
		LocalDate until = today.plusDays(within);
		List<SectionedMail.Line> dueLines = new ArrayList<>();
		for (ReassessmentDue due : this.assessments.dueBetween(today, until, lines)) {
			String link = due.openAssessmentId() != null ? "/assessments/" + due.openAssessmentId()
					: "/vendors/" + due.vendorId();
			dueLines.add(new SectionedMail.Line(due.vendorName(), base + link,
					List.of(msg("risk.digest.due.on", this.dates.date(due.dueOn())), why(due))));
		}
		long dueCount = dueLines.size() < lines ? dueLines.size() : this.assessments.countDueBetween(today, until);
		long moreDue = dueCount - dueLines.size();
		SectionedMail.Section reassessments = new SectionedMail.Section(
				msg("risk.digest.due.title", within, dueCount), msg("risk.digest.due.empty", within), dueLines,
				moreDue > 0 ? msg("risk.digest.more", moreDue) : null, moreDue > 0 ? base + "/assessments" : null);

		Page<VendorRiskView> top = this.risks.register(RiskRegisterQuery.ALL, PageRequest.of(0, TOP));
		List<SectionedMail.Line> topLines = new ArrayList<>();
		for (VendorRiskView risk : top) {
			List<String> details = new ArrayList<>();
			details.add(msg("risk.digest.top.score", tier(risk.effectiveTier()), risk.residual()));
			if (risk.overridden()) {
				details.add(msg("risk.digest.top.overridden", tier(risk.computedTier())));
			}
			topLines.add(new SectionedMail.Line(risk.vendorName(), base + "/risk/vendors/" + risk.vendorId(), details));
		}
		SectionedMail.Section highest = new SectionedMail.Section(msg("risk.digest.top.title", TOP),
				msg("risk.digest.top.empty"), topLines, top.getTotalElements() > 0 ? msg("risk.digest.top.all") : null,
				top.getTotalElements() > 0 ? base + "/risk" : null);

		String week = this.dates.date(today.with(ChronoField.DAY_OF_WEEK, 1));
		return new SectionedMail(
				msg("risk.digest.subject", week, queue.getTotalElements(), dueCount),
				msg("risk.digest.heading", week), msg("risk.digest.intro", this.dates.date(today)),
				List.of(review, reassessments, highest), msg("risk.digest.footer"));
	}

	private String why(ReassessmentDue due) {
		return switch (due.why()) {
			case CADENCE -> due.tier() == null ? msg("risk.digest.due.why.CADENCE", due.cadenceMonths())
					: msg("risk.digest.due.why.CADENCE.tier", due.cadenceMonths(), tier(due.tier()));
			case CERTIFICATION_LAPSED, NEW_SUBPROCESSOR ->
				msg("risk.digest.due.why." + due.why().name(), this.dates.date(due.triggeredOn()));
			default -> msg("risk.digest.due.why." + due.why().name());
		};
	}

	private String tier(RiskTier tier) {
		return msg("risk.tier." + tier.name());
	}

	private String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, LOCALE);
	}

}
