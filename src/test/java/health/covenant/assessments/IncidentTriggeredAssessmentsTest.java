package health.covenant.assessments;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import health.covenant.IntegrationTest;
import health.covenant.TestClock;
import health.covenant.incidents.IncidentDetails;
import health.covenant.incidents.IncidentKind;
import health.covenant.incidents.IncidentService;
import health.covenant.incidents.IncidentStatus;
import health.covenant.incidents.VendorIncidentRecorded;
import health.covenant.shared.SystemActor;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.VendorDetails;
import health.covenant.vendors.VendorService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Recording an incident proposes one TRIGGERED assessment of the vendor (a DRAFT, trigger INCIDENT, due in
 * 30 days), by the system actor; the same event handled again, or a second incident while it is open,
 * proposes no other.
 */
@IntegrationTest
class IncidentTriggeredAssessmentsTest {

	@Autowired
	IncidentService incidents;

	@Autowired
	VendorService vendors;

	@Autowired
	AssessmentService assessments;

	@Autowired
	IncidentTriggeredAssessments listener;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anIncidentProposesOneTriggeredAssessment() {
		LocalDate today = this.clock.today();
		long[] ids = new long[3];
		SystemActor.runAs(() -> {
			ids[0] = this.vendors.register(VendorDetails.named("Triggered Scribe " + UUID.randomUUID().toString()
				.substring(0, 8), PhiAccess.PHI));
			ids[1] = this.incidents.record(ids[0], incident(today));
		});
		await().atMost(Duration.ofSeconds(30)).until(() -> triggered(ids[0]).size() == 1);
		AssessmentViews.Summary proposed = triggered(ids[0]).get(0);
		assertThat(proposed.status()).isEqualTo(AssessmentStatus.DRAFT);
		assertThat(proposed.trigger()).isEqualTo(AssessmentTrigger.INCIDENT);
		assertThat(proposed.dueOn()).isEqualTo(today.plusDays(IncidentTriggeredAssessments.DUE_DAYS));

		// a second incident while the first assessment is open: handled, none proposed
		SystemActor.runAs(() -> ids[2] = this.incidents.record(ids[0], incident(today)));
		await().atMost(Duration.ofSeconds(30)).until(() -> handled(ids[2]));
		assertThat(triggered(ids[0])).hasSize(1);
		// the first event redelivered, handled here in this thread (the listener itself, not its async proxy)
		IncidentTriggeredAssessments target = AopTestUtils.getUltimateTargetObject(this.listener);
		target.on(new VendorIncidentRecorded(ids[1], ids[0], IncidentKind.SECURITY_INCIDENT, true, false));
		assertThat(triggered(ids[0])).hasSize(1);
	}

	private boolean handled(long incidentId) {
		return this.jdbc.sql("SELECT count(*) FROM assessment_incident_trigger WHERE incident_id = ?")
			.param(incidentId)
			.query(Long.class)
			.single() == 1;
	}

	private static IncidentDetails incident(LocalDate today) {
		return new IncidentDetails(IncidentKind.SECURITY_INCIDENT, IncidentStatus.OPEN, null, today.minusDays(2),
				today.minusDays(1), null, true, 3, false, "Credential stuffing against the vendor portal", null,
				List.of());
	}

	private List<AssessmentViews.Summary> triggered(long vendorId) {
		List<AssessmentViews.Summary>[] found = new List[1];
		SystemActor.runAs(() -> found[0] = this.assessments.forVendor(vendorId)
			.stream()
			.filter((a) -> a.kind() == AssessmentKind.TRIGGERED)
			.toList());
		return found[0];
	}

}
