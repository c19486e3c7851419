package health.covenant.certifications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import health.covenant.shared.DemoDataLoader;
import health.covenant.shared.OrganisationClock;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Demo certifications for the demo vendors, dated relative to today, one of each situation the product
 * must show: a SOC 2 Type II going stale next month without a bridge letter, another one past its 12
 * months but bridged until next month, a HITRUST r2 whose interim window is open, an ISO 42001 whose
 * year-1 surveillance audit is due, an expired (stale) penetration test, current verified reports for
 * a dozen other PHI vendors, and the last PHI vendor in service with no assurance at all.
 */
@Component
class CertificationDemoData implements DemoDataLoader {

	private static final Logger log = LoggerFactory.getLogger(CertificationDemoData.class);

	/** PHI vendors beyond the situations above that get a current report. */
	private static final int OTHERS = 12;

	private final CertificationService certifications;

	private final VendorService vendors;

	private final OrganisationClock clock;

	CertificationDemoData(CertificationService certifications, VendorService vendors, OrganisationClock clock) {
		this.certifications = certifications;
		this.vendors = vendors;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "certifications.demo";
	}

	@Override
	public int order() {
		return 35;
	}

	@Override
	public void load() {
		List<VendorSummary> all = this.vendors.allSummaries();
		List<VendorSummary> phi = new ArrayList<>(all.stream().filter((v) -> v.handlesPhi() && v.inService()).toList());
		if (phi.size() < 2) {
			log.info("Too few demo PHI vendors: no demo certifications");
			return;
		}
		VendorSummary bare = phi.remove(phi.size() - 1);
		LocalDate today = this.clock.today();
		int n = phi.size();

		// 1. SOC 2 Type II going stale next month, no bridge letter
		LocalDate end1 = today.plusMonths(1).minusMonths(12);
		add(phi.get(0), CertificationDetails.soc2Type2("A-LIGN", end1.minusMonths(12).plusDays(1), end1,
				end1.plusDays(45), null), true);
		// 5. the same vendor's penetration test is stale
		add(phi.get(0), CertificationDetails.of(CertificationType.PEN_TEST, "NCC Group", today.minusMonths(14)), true);
		// 2. SOC 2 Type II past its 12 months, bridged until next month
		if (n > 1) {
			LocalDate end2 = today.minusMonths(12).minusDays(20);
			add(phi.get(1), CertificationDetails.soc2Type2("Schellman", end2.minusMonths(12).plusDays(1), end2,
					end2.plusDays(40), today.plusMonths(1)), true);
		}
		// 3. HITRUST r2 with its interim window open (first anniversary in 40 days)
		if (n > 2) {
			add(phi.get(2), CertificationDetails.of(CertificationType.HITRUST_R2, "HITRUST Alliance",
					today.plusDays(40).minusMonths(12)), true);
		}
		// 4. ISO 42001 with the year-1 surveillance audit due in 30 days
		if (n > 3) {
			add(phi.get(3), CertificationDetails.of(CertificationType.ISO42001, "BSI", today.plusDays(30).minusMonths(12)),
					true);
		}
		// 6. a few others: a current SOC 2 Type II (one of them received by procurement, not verified yet);
		// the rest keeps no assurance (an existing large database gets a handful, not thousands)
		for (int i = 4; i < Math.min(n, OTHERS + 4); i++) {
			LocalDate end = today.minusMonths(2 + (i % 6));
			add(phi.get(i), CertificationDetails.soc2Type2(i % 2 == 0 ? "A-LIGN" : "Coalfire",
					end.minusMonths(12).plusDays(1), end, end.plusDays(30), null), i != 4);
			if (i % 3 == 0) {
				add(phi.get(i), CertificationDetails.of(CertificationType.ISO27001, "BSI", today.minusMonths(8))
					.withSurveillance(null, null), true);
			}
		}
		log.info("Demo PHI vendor without assurance: {}", bare.name());
	}

	private void add(VendorSummary vendor, CertificationDetails details, boolean verified) {
		this.certifications.create(vendor.id(), details, verified, null);
	}

}
