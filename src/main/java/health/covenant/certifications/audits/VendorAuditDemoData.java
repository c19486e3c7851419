package health.covenant.certifications.audits;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import health.covenant.shared.DemoDataLoader;
import health.covenant.shared.OrganisationClock;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorSummary;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Demo audits for the demo PHI vendors in service, dated relative to today: one audited 11 months ago on
 * the 12-month cadence (due next month), one overdue (audited 14 months ago), one passed with findings
 * (with its report) on a 6-month cadence of its own, an older failed pen test followed by a pass, and one
 * left never audited (due 90 days after it was first in service).
 */
@Component
class VendorAuditDemoData implements DemoDataLoader {

	private static final Logger log = LoggerFactory.getLogger(VendorAuditDemoData.class);

	private final VendorAuditService audits;

	private final VendorService vendors;

	private final OrganisationClock clock;

	VendorAuditDemoData(VendorAuditService audits, VendorService vendors, OrganisationClock clock) {
		this.audits = audits;
		this.vendors = vendors;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "vendor-audits.demo";
	}

	@Override
	public int order() {
		return 35;
	}

	@Override
	public void load() {
		List<VendorSummary> phi = this.vendors.allSummaries()
			.stream()
			.filter((v) -> v.handlesPhi() && v.inService())
			.toList();
		if (phi.size() < 4) {
			log.info("Fewer than four PHI vendors in service: no demo audits");
			return;
		}
		LocalDate today = this.clock.today();
		// 1. audited 11 months ago, 12-month cadence: due next month
		this.audits.record(phi.get(0).id(), new VendorAuditDetails(AuditKind.ON_SITE, today.minusMonths(11),
				"Northbridge Assurance LLP", "Data centre, access control, incident response for the ambient scribe",
				AuditResult.PASSED, "No exceptions noted."), report("Northbridge on-site audit.pdf"));
		// 2. overdue: audited 14 months ago
		this.audits.record(phi.get(1).id(), new VendorAuditDetails(AuditKind.REMOTE, today.minusMonths(14),
				"Internal security team", "Remote review of logging, encryption and sub-processor controls",
				AuditResult.PASSED, null), null);
		// 3. passed with findings, shorter cadence of its own
		long findings = this.audits.record(phi.get(2).id(), new VendorAuditDetails(AuditKind.DOCUMENT_REVIEW,
				today.minusMonths(4), "Keystone Health Security", "Policies, risk analysis, BAA flow-down to the model API",
				AuditResult.PASSED_WITH_FINDINGS,
				"Two findings: no annual risk analysis on file; MFA not enforced for vendor support staff."),
				report("Keystone document review.pdf"));
		long version = this.audits.cadence(phi.get(2).id()).version();
		this.audits.setCadence(phi.get(2).id(), version, 6, "Findings to re-check within six months");
		// 4. a failed commissioned pen test, then a pass
		this.audits.record(phi.get(3).id(), new VendorAuditDetails(AuditKind.PEN_TEST_COMMISSIONED,
				today.minusMonths(20), "RedHarbor Security", "External and API penetration test", AuditResult.FAILED,
				"Critical: tenant isolation bypass in the chat API."), null);
		this.audits.record(phi.get(3).id(), new VendorAuditDetails(AuditKind.PEN_TEST_COMMISSIONED,
				today.minusMonths(17), "RedHarbor Security", "Retest of the tenant isolation fix", AuditResult.PASSED,
				null), null);
		// the remaining PHI vendors stay never audited
		log.info("Demo vendor audits loaded (audit {} has findings)", findings);
	}

	private static VendorAuditService.Upload report(String name) {
		byte[] pdf = ("%PDF-1.4\n% Covenant demo: audit report\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		return new VendorAuditService.Upload(name, pdf);
	}

}
