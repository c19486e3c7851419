package health.covenant.incidents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import health.covenant.agreements.BreachNoticeWindow;
import health.covenant.obligations.ObligationKind;

/**
 * The rules of a vendor's incident-response commitments and the yearly duties they start, in one pure
 * class.
 * <p>
 * Form rules: a security-incident window has a value and a unit (at most 60 calendar days' worth, as
 * 164.410 allows for breaches); the contingency notice is 1–720 hours; an IR contact has a name and an
 * e-mail or phone, a 24×7 contact a phone; a valid e-mail; coverage is described when insured; no date in
 * the future; a verification names the officer who signed it and has the expert's analysis attached.
 * <p>
 * Yearly duties, owed only by a vendor that handles PHI and is in service: the IR plan review and the
 * tabletop exercise are due a year after the last one; the business associate's written verification of
 * its safeguards (the 2025 proposed 164.308(b)(1)) a year after the last one received, when enabled. A
 * duty never yet met is due 30 days after the vendor entered service, so a PHI vendor never owes nothing.
 */
public final class IrCommitmentRules {

	/** Days after entering service by which a duty never yet met is due. */
	public static final int FIRST_DUE_DAYS = 30;

	/** Months between the yearly duties. */
	public static final int CYCLE_MONTHS = 12;

	public static final int MAX_TEXT = 200;

	public static final int MAX_COVERAGE = 500;

	public static final int MAX_CONTINGENCY_HOURS = 720;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private IrCommitmentRules() {
	}

	/**
	 * The broken rules of these details.
	 * @param analysisAttached whether an expert analysis is attached (stored before, or uploaded now)
	 */
	public static List<IncidentViolation> check(IrCommitmentDetails d, LocalDate today, boolean analysisAttached) {
		List<IncidentViolation> violations = new ArrayList<>();
		if ((d.incidentWindowValue() == null) != (d.incidentWindowUnit() == null)) {
			violations.add(IncidentViolation.of(d.incidentWindowValue() == null ? "incidentWindowValue"
					: "incidentWindowUnit", "irCommitment.rule.windowIncomplete"));
		}
		else if (d.incidentWindowValue() != null && (d.incidentWindowValue() < 1
				|| new BreachNoticeWindow(d.incidentWindowValue(), d.incidentWindowUnit()).exceedsHipaaLimit())) {
			violations.add(IncidentViolation.of("incidentWindowValue", "irCommitment.rule.windowRange"));
		}
		if (d.contingencyNoticeHours() != null
				&& (d.contingencyNoticeHours() < 1 || d.contingencyNoticeHours() > MAX_CONTINGENCY_HOURS)) {
			violations.add(IncidentViolation.of("contingencyNoticeHours", "irCommitment.rule.hoursRange",
					MAX_CONTINGENCY_HOURS));
		}
		boolean hasEmail = !blank(d.contactEmail());
		boolean hasPhone = !blank(d.contactPhone());
		if (blank(d.contactName()) && (hasEmail || hasPhone || d.contactAroundTheClock())) {
			violations.add(IncidentViolation.of("contactName", "irCommitment.rule.contactName"));
		}
		if (!blank(d.contactName()) && !hasEmail && !hasPhone) {
			violations.add(IncidentViolation.of("contactEmail", "irCommitment.rule.contactReach"));
		}
		if (hasEmail && !EMAIL.matcher(d.contactEmail().strip()).matches()) {
			violations.add(IncidentViolation.of("contactEmail", "irCommitment.rule.email"));
		}
		if (d.contactAroundTheClock() && !hasPhone) {
			violations.add(IncidentViolation.of("contactPhone", "irCommitment.rule.phone24x7"));
		}
		if (d.cyberInsured() && blank(d.cyberCoverage())) {
			violations.add(IncidentViolation.of("cyberCoverage", "irCommitment.rule.coverage"));
		}
		tooLong(violations, "contactName", d.contactName(), MAX_TEXT);
		tooLong(violations, "contactEmail", d.contactEmail(), 254);
		tooLong(violations, "contactPhone", d.contactPhone(), 50);
		tooLong(violations, "cyberCoverage", d.cyberCoverage(), MAX_COVERAGE);
		tooLong(violations, "verificationOfficer", d.verificationOfficer(), MAX_TEXT);
		tooLong(violations, "verificationOfficerTitle", d.verificationOfficerTitle(), MAX_TEXT);
		future(violations, "planReviewedOn", d.planReviewedOn(), today);
		future(violations, "tabletopOn", d.tabletopOn(), today);
		future(violations, "verificationReceivedOn", d.verificationReceivedOn(), today);
		if (d.verificationReceivedOn() != null) {
			if (blank(d.verificationOfficer())) {
				violations.add(IncidentViolation.of("verificationOfficer", "irCommitment.rule.officer"));
			}
			if (!analysisAttached) {
				violations.add(IncidentViolation.of("analysis", "irCommitment.rule.analysis"));
			}
		}
		else if (!blank(d.verificationOfficer())) {
			violations.add(IncidentViolation.of("verificationReceivedOn", "irCommitment.rule.receivedOn"));
		}
		return violations;
	}

	/** The facts the yearly duties depend on. */
	public record Facts(boolean handlesPhi, boolean inService, LocalDate inServiceSince, LocalDate planReviewedOn,
			LocalDate tabletopOn, LocalDate verificationReceivedOn) {
	}

	/**
	 * One yearly duty owed.
	 * @param after the day of the last one it follows (null: never met, due from entering service)
	 */
	public record Due(ObligationKind kind, LocalDate after, LocalDate dueOn) {

		/** Stable part of the obligation key: the kind and what it follows. */
		public String key() {
			String name = switch (this.kind) {
				case IR_PLAN_REVIEW_DUE -> "plan";
				case IR_TABLETOP_DUE -> "tabletop";
				default -> "verification";
			};
			return name + ":after:" + (this.after == null ? "none" : this.after.toString());
		}

	}

	/** The yearly duties owed, in the order plan review, tabletop, verification. */
	public static List<Due> dues(Facts f, boolean verificationEnabled) {
		if (!f.handlesPhi() || !f.inService()) {
			return List.of();
		}
		LocalDate first = f.inServiceSince() == null ? null : f.inServiceSince().plusDays(FIRST_DUE_DAYS);
		List<Due> dues = new ArrayList<>();
		due(dues, ObligationKind.IR_PLAN_REVIEW_DUE, f.planReviewedOn(), first);
		due(dues, ObligationKind.IR_TABLETOP_DUE, f.tabletopOn(), first);
		if (verificationEnabled) {
			due(dues, ObligationKind.BA_VERIFICATION_DUE, f.verificationReceivedOn(), first);
		}
		return dues;
	}

	private static void due(List<Due> dues, ObligationKind kind, LocalDate last, LocalDate first) {
		if (last != null) {
			dues.add(new Due(kind, last, last.plusMonths(CYCLE_MONTHS)));
		}
		else if (first != null) {
			dues.add(new Due(kind, null, first));
		}
	}

	private static void future(List<IncidentViolation> violations, String field, LocalDate day, LocalDate today) {
		if (day != null && day.isAfter(today)) {
			violations.add(IncidentViolation.of(field, "incident.rule.future"));
		}
	}

	private static void tooLong(List<IncidentViolation> violations, String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			violations.add(IncidentViolation.of(field, "irCommitment.rule.tooLong", max));
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
