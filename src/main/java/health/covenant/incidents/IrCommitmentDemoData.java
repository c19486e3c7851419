package health.covenant.incidents;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import health.covenant.agreements.BreachNoticeUnit;
import health.covenant.shared.DemoDataLoader;
import health.covenant.shared.OrganisationClock;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorSummary;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Demo incident-response commitments, dated relative to today: the first PHI vendor in service committed
 * to everything, but its last safeguard verification arrived thirteen months ago (overdue by a month); the
 * second is verified and exercised this year. The other PHI vendors have nothing recorded and owe their
 * first verification from the day they entered service.
 */
@Component
class IrCommitmentDemoData implements DemoDataLoader {

	private static final Logger log = LoggerFactory.getLogger(IrCommitmentDemoData.class);

	/** A one-page PDF standing in for an expert's analysis. */
	private static final byte[] ANALYSIS = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"
			+ "% Demo: expert analysis supporting the business associate's safeguard verification\ntrailer <<>>\n%%EOF\n")
		.getBytes(StandardCharsets.US_ASCII);

	private final IrCommitmentService commitments;

	private final VendorService vendors;

	private final OrganisationClock clock;

	IrCommitmentDemoData(IrCommitmentService commitments, VendorService vendors, OrganisationClock clock) {
		this.commitments = commitments;
		this.vendors = vendors;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "incidents.commitments.demo";
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
		if (phi.size() < 2) {
			log.info("Fewer than two PHI vendors in service: no demo commitments");
			return;
		}
		LocalDate today = this.clock.today();
		save(phi.get(0), new IrCommitmentDetails(72, BreachNoticeUnit.HOURS, 24, "Priya Natarajan",
				"ir@" + slug(phi.get(0)) + ".example", "+1 617 555 0142", true, true, true, true,
				"Beazley, USD 10M aggregate", today.minusMonths(8), today.minusMonths(10), today.minusMonths(13),
				"Marcus Hale", "Chief Information Security Officer"));
		save(phi.get(1), new IrCommitmentDetails(5, BreachNoticeUnit.BUSINESS_DAYS, 48, "Security Operations Center",
				"soc@" + slug(phi.get(1)) + ".example", "+1 415 555 0199", true, true, false, true,
				"Coalition, USD 5M per claim", today.minusMonths(2), today.minusMonths(4), today.minusMonths(3),
				"Elena Ruiz", "Chief Executive Officer"));
		log.info("Demo incident-response commitments loaded");
	}

	private void save(VendorSummary vendor, IrCommitmentDetails details) {
		this.commitments.save(vendor.id(), this.commitments.get(vendor.id()).version(), details,
				new IrCommitmentService.Upload("safeguard-analysis-" + slug(vendor) + ".pdf", ANALYSIS));
	}

	private static String slug(VendorSummary vendor) {
		return vendor.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

}
