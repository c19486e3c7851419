package health.covenant.assessments.findings;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import health.covenant.certifications.audits.VendorAuditService;
import health.covenant.certifications.audits.VendorAuditView;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.shared.DemoDataLoader;
import health.covenant.shared.OrganisationClock;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorSummary;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo findings for the demo PHI vendors in service, dated relative to today: one overdue (critical,
 * opened 45 days ago), one whose risk the security officer accepted for five months, two from the vendor
 * audit that passed with findings (one remediated with evidence, one still open).
 */
@Component
class FindingDemoData implements DemoDataLoader {

	private static final Logger log = LoggerFactory.getLogger(FindingDemoData.class);

	private final FindingService findings;

	private final VendorService vendors;

	private final VendorAuditService audits;

	private final UserService users;

	private final OrganisationClock clock;

	FindingDemoData(FindingService findings, VendorService vendors, VendorAuditService audits, UserService users,
			OrganisationClock clock) {
		this.findings = findings;
		this.vendors = vendors;
		this.audits = audits;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "findings.demo";
	}

	@Override
	public int order() {
		return 38;
	}

	@Override
	public void load() {
		List<VendorSummary> phi = this.vendors.allSummaries()
			.stream()
			.filter((v) -> v.handlesPhi() && v.inService())
			.toList();
		Optional<UserSummary> officer = this.users.usersWithRole(Role.SECURITY_OFFICER).stream().findFirst();
		if (phi.size() < 3 || officer.isEmpty()) {
			log.info("Fewer than three PHI vendors in service or no security officer: no demo findings");
			return;
		}
		LocalDate today = this.clock.today();
		// 1. overdue: critical, opened 45 days ago (due after 30)
		VendorSummary overdueVendor = phi.get(1);
		this.findings.openAsOf(today.minusDays(45), overdueVendor.id(), FindingSource.manual(),
				new FindingDetails(FindingSeverity.CRITICAL, "Audit logs of PHI access kept for 30 days only",
						"Access logs of the clinical summarisation service roll over after 30 days; the BAA and "
								+ "our policy ask for six years of audit records (164.312(b), 164.316(b)(2)).",
						"Dana Ortiz, VP Engineering", overdueVendor.businessOwnerId(), null));
		// 2. risk accepted by the security officer until five months from now
		VendorSummary acceptedVendor = phi.get(0);
		long accepted = this.findings.openAsOf(today.minusDays(70), acceptedVendor.id(), FindingSource.manual(),
				new FindingDetails(FindingSeverity.HIGH, "No bias testing by patient subgroup",
						"The model card reports overall accuracy only; no results by age, sex or language.",
						"Model governance lead", acceptedVendor.businessOwnerId(), null));
		signedInAs(officer.get(), () -> this.findings.acceptRisk(accepted, this.findings.get(accepted).version(),
				"Used for draft notes only, every note is reviewed by the clinician before signing; the vendor "
						+ "committed to subgroup results in its next model card.",
				today.plusMonths(5)));
		// 3. from the audit that passed with findings: one remediated with evidence, one open
		Optional<VendorAuditView> audit = phi.stream()
			.flatMap((v) -> this.audits.forVendor(v.id()).stream())
			.filter((a) -> a.details().result().hasFindings())
			.findFirst();
		if (audit.isPresent()) {
			VendorAuditView a = audit.get();
			LocalDate performed = a.details().performedOn();
			long riskAnalysis = this.findings.openAsOf(performed, a.vendorId(), FindingSource.audit(a.id()),
					new FindingDetails(FindingSeverity.MEDIUM, "No annual risk analysis on file",
							"The last security risk analysis is from 2024 (164.308(a)(1)(ii)(A)).", "Compliance office",
							null, null));
			signedInAs(officer.get(), () -> this.findings.remediate(riskAnalysis,
					this.findings.get(riskAnalysis).version(), today.minusDays(20),
					"Risk analysis dated this year received and reviewed.",
					new FindingService.Upload("Risk analysis 2026.pdf", pdf())));
			this.findings.openAsOf(performed, a.vendorId(), FindingSource.audit(a.id()),
					new FindingDetails(FindingSeverity.HIGH, "MFA not enforced for vendor support staff",
							"Support engineers reach the production console with a password only.", "Support lead",
							null, today.plusDays(20)));
		}
		log.info("Demo findings loaded");
	}

	private static void signedInAs(UserSummary user, Runnable work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.email(), null,
				user.roles().stream().map((r) -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList()));
		SecurityContextHolder.setContext(context);
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private static byte[] pdf() {
		return ("%PDF-1.4\n% Covenant demo: risk analysis\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")
			.getBytes(StandardCharsets.ISO_8859_1);
	}

}
