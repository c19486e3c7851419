package health.covenant.assessments;

import java.sql.Timestamp;

import health.covenant.incidents.VendorIncidentRecorded;
import health.covenant.shared.OrganisationClock;
import health.covenant.shared.SystemActor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An incident at a vendor is a reason to reassess it early: when one is recorded, a TRIGGERED assessment
 * (trigger INCIDENT, due in {@link #DUE_DAYS} days) is proposed as a DRAFT, started by the system actor
 * through {@link AssessmentService}. Once per incident ({@code assessment_incident_trigger}: a redelivered
 * event finds its row), and not when one of the vendor's assessments is already open (it covers the
 * incident; the row records that none was proposed).
 */
@Component
class IncidentTriggeredAssessments {

	private static final Logger log = LoggerFactory.getLogger(IncidentTriggeredAssessments.class);

	/** Days the proposed assessment has before it is due. */
	static final int DUE_DAYS = 30;

	private final AssessmentService assessments;

	private final AssessmentRepository repository;

	private final JdbcClient jdbc;

	private final OrganisationClock clock;

	IncidentTriggeredAssessments(AssessmentService assessments, AssessmentRepository repository, JdbcClient jdbc,
			OrganisationClock clock) {
		this.assessments = assessments;
		this.repository = repository;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(VendorIncidentRecorded event) {
		int claimed = this.jdbc.sql("""
				INSERT INTO assessment_incident_trigger (incident_id, vendor_id, handled_at) VALUES (?, ?, ?)
				ON CONFLICT (incident_id) DO NOTHING""")
			.params(event.incidentId(), event.vendorId(), Timestamp.from(this.clock.now()))
			.update();
		if (claimed == 0) {
			return;
		}
		boolean open = this.repository.findByVendor(event.vendorId())
			.stream()
			.anyMatch((a) -> a.getStatus().open() && !a.getKind().privacyImpact());
		if (open) {
			log.info("Incident #{}: vendor {} already has an open assessment, none proposed", event.incidentId(),
					event.vendorId());
			return;
		}
		long[] id = new long[1];
		SystemActor.runAs(() -> id[0] = this.assessments.start(new AssessmentService.Start(event.vendorId(),
				AssessmentKind.TRIGGERED, AssessmentTrigger.INCIDENT, null, null,
				this.clock.today().plusDays(DUE_DAYS))));
		this.jdbc.sql("UPDATE assessment_incident_trigger SET assessment_id = ? WHERE incident_id = ?")
			.params(id[0], event.incidentId())
			.update();
	}

}
