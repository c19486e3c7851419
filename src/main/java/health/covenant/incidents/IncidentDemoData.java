package health.covenant.incidents;

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
 * Demo incidents, dated relative to today: a closed one the vendor reported in time and we assessed as a
 * low probability of compromise (nothing owed), and an open breach of 700 people in Colorado and Texas,
 * reported late, whose Colorado deadline comes in ten days and the HIPAA ones in forty.
 */
@Component
class IncidentDemoData implements DemoDataLoader {

	private static final Logger log = LoggerFactory.getLogger(IncidentDemoData.class);

	private final IncidentService incidents;

	private final IncidentQueries queries;

	private final VendorService vendors;

	private final OrganisationClock clock;

	IncidentDemoData(IncidentService incidents, IncidentQueries queries, VendorService vendors,
			OrganisationClock clock) {
		this.incidents = incidents;
		this.queries = queries;
		this.vendors = vendors;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "incidents.demo";
	}

	@Override
	public int order() {
		return 37;
	}

	@Override
	public void load() {
		List<VendorSummary> phi = this.vendors.allSummaries()
			.stream()
			.filter((v) -> v.handlesPhi() && v.inService())
			.toList();
		if (phi.size() < 2) {
			log.info("Fewer than two PHI vendors in service: no demo incidents");
			return;
		}
		LocalDate today = this.clock.today();
		// 1. closed: reported the day it was discovered, low probability of compromise documented
		long closed = this.incidents.record(phi.get(0).id(), new IncidentDetails(IncidentKind.BREACH_OF_UNSECURED_PHI,
				IncidentStatus.CLOSED, today.minusMonths(5).minusDays(2), today.minusMonths(5), today.minusMonths(5),
				null, true, 14, false,
				"A clinician's transcript export was e-mailed to the wrong hospital department inside our organisation.",
				"Recipient confirmed deletion in writing.", List.of(new StateCount("NY", 14))));
		this.incidents.assess(closed, this.queries.get(closed).version(),
				new RiskAssessment("Names, visit dates and one-paragraph visit summaries; no SSNs or financial data.",
						"A workforce member of another department of our own organisation, bound by HIPAA.",
						"Opened but not saved or forwarded, per the recipient's attestation and mail logs.",
						"Deleted within two hours; written attestation of destruction received.",
						RiskConclusion.LOW_PROBABILITY));
		// 2. open: 700 people in two states, reported late, Colorado's 30 days end in ten days
		LocalDate ours = today.minusDays(20);
		this.incidents.record(phi.get(1).id(), new IncidentDetails(IncidentKind.BREACH_OF_UNSECURED_PHI,
				IncidentStatus.OPEN, ours.minusDays(40), ours.minusDays(35), ours, null, true, 700, true,
				"A misconfigured storage bucket exposed ambient-scribe audio transcripts to the internet for about five weeks.",
				null, List.of(new StateCount("CO", 420), new StateCount("TX", 280))));
		log.info("Demo incidents loaded");
	}

}
