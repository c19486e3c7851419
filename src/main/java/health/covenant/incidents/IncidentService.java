package health.covenant.incidents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import health.covenant.agreements.BreachNoticeCommitment;
import health.covenant.agreements.BreachNoticeCommitments;
import health.covenant.audit.AuditChanges;
import health.covenant.audit.AuditService;
import health.covenant.obligations.ObligationSubjectChanged;
import health.covenant.shared.Actor;
import health.covenant.shared.ConcurrentEditException;
import health.covenant.shared.NotFoundException;
import health.covenant.shared.OrganisationClock;
import health.covenant.vendors.VendorChanged;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorSummary;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vendor incidents: record and edit (security officers, legal, administrators), the risk assessment and
 * the notices given. The rules ({@link IncidentRules}) are enforced here; on every save the clocks
 * ({@link BreachClocks}) are run and their results that lists filter on (the vendor's SLA, our next
 * deadline still owed) stored on the row; every change is audited with before/after, announced to the
 * obligations module (our deadlines) and published ({@link VendorIncidentRecorded},
 * {@link VendorIncidentChanged}).
 */
@Service
public class IncidentService {

	/** Who records and edits incidents. */
	public static final String EDITORS = "hasAnyRole('SECURITY_OFFICER', 'LEGAL', 'ADMIN')";

	/** Entity type in the audit log and obligation subject type. */
	public static final String ENTITY = "VendorIncident";

	private final VendorIncidentRepository incidents;

	private final StateRules stateRules;

	private final BreachNoticeCommitments commitments;

	private final VendorService vendors;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	private final OrganisationClock clock;

	IncidentService(VendorIncidentRepository incidents, StateRules stateRules, BreachNoticeCommitments commitments,
			VendorService vendors, AuditService audit, ApplicationEventPublisher events, OrganisationClock clock) {
		this.incidents = incidents;
		this.stateRules = stateRules;
		this.commitments = commitments;
		this.vendors = vendors;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The rule violations these details would cause, without saving (form checks). */
	public List<IncidentViolation> check(IncidentDetails details) {
		return IncidentRules.check(details, this.clock.today());
	}

	/** The rule violations of this risk assessment. */
	public List<IncidentViolation> check(RiskAssessment risk) {
		return IncidentRules.check(risk);
	}

	/**
	 * Records an incident at a vendor; the vendor's commitment is read from its BAA in force.
	 * @throws IncidentRuleException when a rule is broken (nothing saved)
	 */
	@Transactional
	@PreAuthorize(EDITORS)
	public long record(long vendorId, IncidentDetails details) {
		VendorSummary vendor = this.vendors.getSummary(vendorId);
		enforce(check(details));
		VendorIncident incident = new VendorIncident(vendorId, vendor.name(), details);
		takeCommitment(incident);
		derive(incident);
		this.incidents.saveAndFlush(incident);
		long id = incident.getId();
		this.audit.record("INCIDENT_RECORDED", ENTITY, id,
				"Recorded " + details.kind() + " at " + vendor.name(), AuditChanges.created(incident.snapshot()));
		this.events.publishEvent(new VendorIncidentRecorded(id, vendorId, incident.getKind(), incident.isPhiInvolved(),
				slaMissed(incident)));
		this.events.publishEvent(new ObligationSubjectChanged(ENTITY, id));
		return id;
	}

	/**
	 * Saves new facts if nobody else saved the incident since {@code expectedVersion}.
	 * @throws ConcurrentEditException when it changed in the meantime (nothing saved)
	 * @throws IncidentRuleException when a rule is broken (nothing saved)
	 */
	@Transactional
	@PreAuthorize(EDITORS)
	public void update(long id, long expectedVersion, IncidentDetails details) {
		VendorIncident incident = load(id, expectedVersion);
		enforce(check(details));
		Map<String, Object> before = incident.snapshot();
		incident.apply(details);
		takeCommitment(incident);
		changed(incident, before, "INCIDENT_UPDATED", "Changed incident #" + id);
	}

	/**
	 * Records the four-factor risk assessment and its conclusion; a low probability of compromise removes
	 * our notification deadlines, a presumed breach brings them back.
	 */
	@Transactional
	@PreAuthorize(EDITORS)
	public void assess(long id, long expectedVersion, RiskAssessment risk) {
		VendorIncident incident = load(id, expectedVersion);
		enforce(check(risk));
		Map<String, Object> before = incident.snapshot();
		incident.assess(risk, this.clock.today(), Actor.current());
		changed(incident, before, "INCIDENT_RISK_ASSESSED", "Assessed incident #" + id + ": " + risk.conclusion());
	}

	/**
	 * Records the day notice was given to one audience (null clears it), completing that deadline.
	 * @param stateCode the state, for {@link NoticeAudience#STATE}
	 * @throws IncidentRuleException when the day is in the future or before our discovery, or the state is
	 * not one of the incident's
	 */
	@Transactional
	@PreAuthorize(EDITORS)
	public void recordNotice(long id, NoticeAudience audience, String stateCode, LocalDate on) {
		VendorIncident incident = this.incidents.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
		List<IncidentViolation> violations = new ArrayList<>();
		if (on != null && on.isAfter(this.clock.today())) {
			violations.add(IncidentViolation.of("notifiedOn", "incident.rule.future"));
		}
		else if (on != null && on.isBefore(incident.details().effectiveOurDiscoveryOn())) {
			violations.add(IncidentViolation.of("notifiedOn", "incident.rule.noticeBeforeDiscovery",
					incident.details().effectiveOurDiscoveryOn()));
		}
		enforce(violations);
		Map<String, Object> before = incident.snapshot();
		if (!incident.notify(audience, UsStates.normalise(stateCode), on)) {
			throw new IncidentRuleException(List.of(IncidentViolation.of("audience", "incident.rule.stateInvalid")));
		}
		changed(incident, before, "INCIDENT_NOTICE_RECORDED", "Notice to " + audience
				+ (stateCode == null ? "" : " " + stateCode) + " on incident #" + id + (on == null ? " cleared" : ""));
	}

	/** Keeps the denormalised vendor name of the list in step with the vendor. */
	@EventListener
	@Transactional
	void on(VendorChanged event) {
		this.vendors.findSummary(event.vendorId()).ifPresent((v) -> {
			if (this.incidents.rename(v.id(), v.name()) > 0) {
				// the obligations' titles name the vendor
				this.incidents.findOwingIdsOf(v.id())
					.forEach((id) -> this.events.publishEvent(new ObligationSubjectChanged(ENTITY, id)));
			}
		});
	}

	private void changed(VendorIncident incident, Map<String, Object> before, String action, String summary) {
		derive(incident);
		this.incidents.saveAndFlush(incident);
		AuditChanges changes = AuditChanges.diff(before, incident.snapshot());
		if (!changes.isEmpty()) {
			this.audit.record(action, ENTITY, incident.getId(), summary, changes);
		}
		this.events.publishEvent(new VendorIncidentChanged(incident.getId(), incident.getVendorId(),
				incident.getStatus(), slaMissed(incident)));
		this.events.publishEvent(new ObligationSubjectChanged(ENTITY, incident.getId()));
	}

	private void takeCommitment(VendorIncident incident) {
		BreachNoticeCommitment commitment = this.commitments.forVendor(incident.getVendorId()).orElse(null);
		if (commitment == null) {
			incident.commit(null, new BreachNoticeCommitment(0, null, null).effectiveWindow());
		}
		else {
			incident.commit(commitment.agreementId(), commitment.effectiveWindow());
		}
	}

	private void derive(VendorIncident incident) {
		derive(incident, this.stateRules.all());
	}

	/** The clocks' results that the list reads, stored on the row (see {@link BreachClocks}). */
	static void derive(VendorIncident incident, List<StateBreachRule> rules) {
		BreachClocks.Sla sla = BreachClocks.sla(incident.commitment(), incident.getVendorDiscoveredOn(),
				incident.getReportedOn());
		LocalDate next = BreachClocks.deadlines(incident.facts(), rules)
			.stream()
			.filter((d) -> incident.notifiedOn(d.audience(), d.stateCode()) == null)
			.map(BreachClocks.Deadline::dueOn)
			.min(LocalDate::compareTo)
			.orElse(null);
		incident.derived(BreachClocks.slaApplies(incident.getKind(), incident.isPhiInvolved()), sla.lastDay(),
				(int) sla.daysLate(), next);
	}

	private static boolean slaMissed(VendorIncident incident) {
		return incident.isSlaApplies() && incident.getSlaDaysLate() > 0;
	}

	private VendorIncident load(long id, long expectedVersion) {
		VendorIncident incident = this.incidents.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
		if (incident.getVersion() != expectedVersion) {
			throw new ConcurrentEditException(ENTITY, id);
		}
		return incident;
	}

	private static void enforce(List<IncidentViolation> violations) {
		if (!violations.isEmpty()) {
			throw new IncidentRuleException(violations);
		}
	}

}
