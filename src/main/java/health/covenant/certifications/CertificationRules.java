package health.covenant.certifications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a certification must satisfy to be saved, each rule naming its form field. The service refuses
 * a save that breaks one ({@link CertificationRuleException}); the form asks the same rules first.
 */
final class CertificationRules {

	private CertificationRules() {
	}

	static List<CertificationViolation> check(CertificationDetails details, LocalDate today) {
		CertificationDetails c = details.normalised();
		List<CertificationViolation> violations = new ArrayList<>();
		if (c.type() == null) {
			violations.add(new CertificationViolation("type", "certification.rule.typeRequired", List.of()));
			return violations;
		}
		if (c.issuer() == null) {
			violations.add(new CertificationViolation("issuer", "certification.rule.issuerRequired", List.of()));
		}
		if (c.reportDate() == null) {
			violations.add(new CertificationViolation("reportDate", "certification.rule.reportDateRequired", List.of()));
		}
		else if (c.reportDate().isAfter(today)) {
			violations.add(new CertificationViolation("reportDate", "certification.rule.future", List.of()));
		}
		if (c.type().isSoc2Type2()) {
			soc2Type2(c, violations);
		}
		if (c.type().isHitrustR2() && c.reportDate() != null && c.interimSubmittedOn() != null) {
			LocalDate windowFrom = CertificationValidity.plusMonths(c.reportDate(), 12)
				.minusDays(CertificationValidity.INTERIM_WINDOW_DAYS);
			if (c.interimSubmittedOn().isAfter(today)) {
				violations.add(new CertificationViolation("interimSubmittedOn", "certification.rule.future", List.of()));
			}
			else if (c.interimSubmittedOn().isBefore(windowFrom)) {
				violations.add(new CertificationViolation("interimSubmittedOn",
						"certification.rule.interimBeforeWindow", List.of(windowFrom)));
			}
		}
		if (c.type().isIso()) {
			notFuture(c.surveillance1DoneOn(), "surveillance1DoneOn", today, violations);
			notFuture(c.surveillance2DoneOn(), "surveillance2DoneOn", today, violations);
			if (c.surveillance2DoneOn() != null && c.surveillance1DoneOn() == null) {
				violations.add(new CertificationViolation("surveillance1DoneOn",
						"certification.rule.surveillance1First", List.of()));
			}
		}
		if (c.exceptionsNoted() && c.exceptionsSummary() == null) {
			violations.add(new CertificationViolation("exceptionsSummary",
					"certification.rule.exceptionsSummaryRequired", List.of()));
		}
		if (c.type() == CertificationType.OTHER) {
			if (c.explicitExpiry() == null) {
				violations.add(new CertificationViolation("explicitExpiry", "certification.rule.expiryRequired",
						List.of()));
			}
		}
		else if (c.explicitExpiry() != null && violations.isEmpty()) {
			LocalDate computed = CertificationValidity.schedule(c.withExplicitExpiry(null)).validUntil();
			if (c.explicitExpiry().isAfter(computed)) {
				violations.add(new CertificationViolation("explicitExpiry", "certification.rule.expiryExtends",
						List.of(computed)));
			}
		}
		return violations;
	}

	private static void soc2Type2(CertificationDetails c, List<CertificationViolation> violations) {
		if (c.periodStart() == null) {
			violations.add(new CertificationViolation("periodStart", "certification.rule.periodRequired", List.of()));
		}
		if (c.periodEnd() == null) {
			violations.add(new CertificationViolation("periodEnd", "certification.rule.periodRequired", List.of()));
		}
		if (c.periodStart() != null && c.periodEnd() != null) {
			LocalDate shortest = c.periodStart().plusMonths(3).minusDays(1);
			LocalDate longest = c.periodStart().plusMonths(12).minusDays(1);
			if (c.periodEnd().isBefore(shortest) || c.periodEnd().isAfter(longest)) {
				violations.add(new CertificationViolation("periodEnd", "certification.rule.periodLength", List.of()));
			}
		}
		if (c.periodEnd() != null && c.reportDate() != null && c.reportDate().isBefore(c.periodEnd())) {
			violations.add(new CertificationViolation("reportDate", "certification.rule.reportBeforePeriodEnd",
					List.of()));
		}
		if (c.periodEnd() != null && c.bridgeLetterUntil() != null) {
			LocalDate limit = CertificationValidity.bridgeLimit(c.periodEnd());
			if (!c.bridgeLetterUntil().isAfter(c.periodEnd())) {
				violations.add(new CertificationViolation("bridgeLetterUntil", "certification.rule.bridgeBeforePeriodEnd",
						List.of()));
			}
			else if (c.bridgeLetterUntil().isAfter(limit)) {
				violations.add(new CertificationViolation("bridgeLetterUntil", "certification.rule.bridgeTooLong",
						List.of(CertificationValidity.BRIDGE_MAX_MONTHS, limit)));
			}
		}
	}

	private static void notFuture(LocalDate day, String field, LocalDate today, List<CertificationViolation> violations) {
		if (day != null && day.isAfter(today)) {
			violations.add(new CertificationViolation(field, "certification.rule.future", List.of()));
		}
	}

}
