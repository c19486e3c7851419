package health.covenant.certifications;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The validity rules of certifications, in one place, without database or clock: from what was
 * recorded of a certification, its {@link Schedule} (the days on which its state changes: expiring
 * from, interim or surveillance window, bridged from, lapses on) and which rule gave it; from a
 * schedule and a day, the state on that day. The schedule does not depend on today, so it is stored
 * as it is and the calendar moves nothing stored.
 *
 * <p>Rules (months are added so that a month end stays a month end, and 29 February plus 12 months is
 * 28 February):
 * <ul>
 * <li>SOC 2 Type II: current through 12 months after the period ends; a bridge letter extends that
 * by at most 3 months (state BRIDGED while it covers).</li>
 * <li>SOC 2 Type I, HIPAA assessment, penetration test: current through 12 months after the report
 * date (then stale).</li>
 * <li>HITRUST e1 and i1, FedRAMP: 1 year from the certificate or assessment date.</li>
 * <li>HITRUST r2: 2 years, provided the interim assessment is submitted in the 90 days before the
 * first anniversary; until it is, the certificate counts through the first anniversary (INTERIM_DUE
 * while the window is open); submitted after the anniversary, it lapsed on the anniversary.</li>
 * <li>ISO 27001, 27701, 42001: 3 years, SURVEILLANCE_DUE from 90 days before the first and second
 * anniversaries until the surveillance audit of that year is recorded.</li>
 * <li>OTHER: the explicit expiry date. For every other type an explicit expiry only shortens the
 * computed validity, never extends it.</li>
 * </ul>
 */
public final class CertificationValidity {

	/** Days before the lapse from which a certification is EXPIRING (the reminders' first offset). */
	public static final int HORIZON_DAYS = 90;

	/** The longest a bridge letter may extend a SOC 2 Type II report. */
	public static final int BRIDGE_MAX_MONTHS = 3;

	/** HITRUST r2: the interim assessment is submitted in these days before the first anniversary. */
	public static final int INTERIM_WINDOW_DAYS = 90;

	/** ISO: a surveillance audit shows as due this many days before its anniversary. */
	public static final int SURVEILLANCE_WINDOW_DAYS = 90;

	private CertificationValidity() {
	}

	/**
	 * When a certification's state changes, and the rule that says so.
	 *
	 * @param validUntil the last day it counts
	 * @param lapsesOn the first day it no longer counts ({@code validUntil + 1})
	 * @param lapse whether it then is stale or expired
	 * @param expiringFrom the first day it is EXPIRING ({@link #HORIZON_DAYS} before it lapses)
	 * @param bridgedFrom SOC 2 Type II with a bridge letter that extends it: the first day it is
	 * BRIDGED; else null
	 * @param interimDueOn HITRUST r2 without an interim assessment: the first anniversary, the last day
	 * to submit it; else null
	 * @param surveillanceDueOn ISO: the anniversary of the next surveillance audit not yet recorded;
	 * else null
	 * @param ruleKey message key of the rule that applied
	 * @param ruleDates the dates the rule's message shows, in its order
	 */
	public record Schedule(LocalDate validUntil, LocalDate lapsesOn, CertificationType.Lapse lapse,
			LocalDate expiringFrom, LocalDate bridgedFrom, LocalDate interimDueOn, LocalDate surveillanceDueOn,
			String ruleKey, List<LocalDate> ruleDates) {

		/** HITRUST r2: the first day of the interim window (null when none is due). */
		public LocalDate interimWindowFrom() {
			return this.interimDueOn == null ? null : this.interimDueOn.minusDays(INTERIM_WINDOW_DAYS);
		}

		/** ISO: the first day the next surveillance audit shows as due (null when none). */
		public LocalDate surveillanceWindowFrom() {
			return this.surveillanceDueOn == null ? null : this.surveillanceDueOn.minusDays(SURVEILLANCE_WINDOW_DAYS);
		}

		/** The state on {@code day}. */
		public CertificationState stateOn(LocalDate day) {
			return CertificationValidity.stateOn(this, day);
		}

		/** Every day on which the state changes, in order (for tests and the stored recheck). */
		public List<LocalDate> changesOn() {
			TreeSet<LocalDate> days = new TreeSet<>();
			days.add(this.expiringFrom);
			days.add(this.lapsesOn);
			if (this.bridgedFrom != null) {
				days.add(this.bridgedFrom);
			}
			if (this.interimDueOn != null) {
				days.add(interimWindowFrom());
				days.add(this.interimDueOn.plusDays(1));
			}
			if (this.surveillanceDueOn != null && surveillanceWindowFrom().isBefore(this.lapsesOn)) {
				days.add(surveillanceWindowFrom());
			}
			return days.stream().filter((day) -> stateOn(day) != stateOn(day.minusDays(1))).toList();
		}

	}

	/**
	 * The schedule of a certification. Expects the details to have passed {@link CertificationRules}
	 * (a report date; a period end for SOC 2 Type II; an expiry for OTHER); a bridge letter longer than
	 * the rule allows only counts as far as the rule allows.
	 */
	public static Schedule schedule(CertificationDetails certification) {
		CertificationDetails c = certification.normalised();
		CertificationType type = Objects.requireNonNull(c.type(), "type");
		LocalDate validUntil;
		LocalDate bridgedFrom = null;
		LocalDate interimDueOn = null;
		LocalDate surveillanceDueOn = null;
		String rule;
		List<LocalDate> ruleDates;
		switch (type) {
			case SOC2_TYPE2 -> {
				LocalDate end = c.periodEnd() != null ? c.periodEnd() : c.reportDate();
				LocalDate twelve = plusMonths(end, 12);
				validUntil = twelve;
				rule = "certification.rule.SOC2_TYPE2";
				ruleDates = List.of(end, twelve);
				LocalDate bridge = c.bridgeLetterUntil();
				if (bridge != null && bridge.isAfter(twelve)) {
					LocalDate until = min(bridge, bridgeLimit(end));
					validUntil = until;
					bridgedFrom = twelve.plusDays(1);
					rule = "certification.rule.bridged";
					ruleDates = List.of(end, twelve, until);
				}
			}
			case HITRUST_R2 -> {
				LocalDate issued = c.reportDate();
				LocalDate anniversary = plusMonths(issued, 12);
				LocalDate submitted = c.interimSubmittedOn();
				if (submitted == null) {
					validUntil = anniversary;
					interimDueOn = anniversary;
					rule = "certification.rule.HITRUST_R2.interimPending";
					ruleDates = List.of(anniversary.minusDays(INTERIM_WINDOW_DAYS), anniversary);
				}
				else if (submitted.isAfter(anniversary)) {
					validUntil = anniversary;
					rule = "certification.rule.HITRUST_R2.interimLate";
					ruleDates = List.of(submitted, anniversary);
				}
				else {
					validUntil = plusMonths(issued, 24);
					rule = "certification.rule.HITRUST_R2";
					ruleDates = List.of(issued, submitted, validUntil);
				}
			}
			case ISO27001, ISO27701, ISO42001 -> {
				LocalDate issued = c.reportDate();
				validUntil = plusMonths(issued, 36);
				if (c.surveillance1DoneOn() == null) {
					surveillanceDueOn = plusMonths(issued, 12);
				}
				else if (c.surveillance2DoneOn() == null) {
					surveillanceDueOn = plusMonths(issued, 24);
				}
				rule = "certification.rule.ISO";
				ruleDates = List.of(issued, validUntil);
			}
			case OTHER -> {
				validUntil = c.explicitExpiry() != null ? c.explicitExpiry() : c.reportDate();
				rule = "certification.rule.OTHER";
				ruleDates = List.of(validUntil);
			}
			default -> {
				validUntil = plusMonths(c.reportDate(), type.months());
				rule = "certification.rule." + type.lapse() + "_" + type.months();
				ruleDates = List.of(c.reportDate(), validUntil);
			}
		}
		if (type != CertificationType.OTHER && c.explicitExpiry() != null && c.explicitExpiry().isBefore(validUntil)) {
			ruleDates = List.of(c.explicitExpiry(), validUntil);
			validUntil = c.explicitExpiry();
			rule = "certification.rule.shortened";
			if (bridgedFrom != null && bridgedFrom.isAfter(validUntil)) {
				bridgedFrom = null;
			}
			if (interimDueOn != null && interimDueOn.isAfter(validUntil)) {
				interimDueOn = null;
			}
		}
		if (surveillanceDueOn != null && surveillanceDueOn.isAfter(validUntil)) {
			surveillanceDueOn = null;
		}
		LocalDate lapsesOn = validUntil.plusDays(1);
		return new Schedule(validUntil, lapsesOn, type.lapse(), lapsesOn.minusDays(HORIZON_DAYS), bridgedFrom,
				interimDueOn, surveillanceDueOn, rule, ruleDates);
	}

	/** The state of a certification with this schedule on {@code day}. */
	public static CertificationState stateOn(Schedule schedule, LocalDate day) {
		if (!day.isBefore(schedule.lapsesOn())) {
			return schedule.lapse() == CertificationType.Lapse.STALE ? CertificationState.STALE
					: CertificationState.EXPIRED;
		}
		if (schedule.bridgedFrom() != null && !day.isBefore(schedule.bridgedFrom())) {
			return CertificationState.BRIDGED;
		}
		if (schedule.interimDueOn() != null && !day.isBefore(schedule.interimWindowFrom())) {
			return CertificationState.INTERIM_DUE;
		}
		if (schedule.surveillanceDueOn() != null && !day.isBefore(schedule.surveillanceWindowFrom())) {
			return CertificationState.SURVEILLANCE_DUE;
		}
		if (!day.isBefore(schedule.expiringFrom())) {
			return CertificationState.EXPIRING;
		}
		return CertificationState.VALID;
	}

	/** The schedule and the state on {@code today}. */
	public static CertificationState stateOn(CertificationDetails certification, LocalDate today) {
		return stateOn(schedule(certification), today);
	}

	/** SOC 2 Type II: the last day a bridge letter may cover for a period ending on {@code periodEnd}. */
	public static LocalDate bridgeLimit(LocalDate periodEnd) {
		return plusMonths(plusMonths(periodEnd, 12), BRIDGE_MAX_MONTHS);
	}

	/**
	 * {@code months} later; a month's last day stays the last day of the month (30 June + 12 months is
	 * 30 June, 30 November + 3 months is 28 or 29 February, 28 February 2023 + 12 months is
	 * 29 February 2024), and 29 February + 12 months is 28 February.
	 */
	static LocalDate plusMonths(LocalDate day, int months) {
		LocalDate later = day.plusMonths(months);
		if (day.getDayOfMonth() == YearMonth.from(day).lengthOfMonth()) {
			return YearMonth.from(later).atEndOfMonth();
		}
		return later;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
