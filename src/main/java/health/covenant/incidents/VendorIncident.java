package health.covenant.incidents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import health.covenant.agreements.BreachNoticeUnit;
import health.covenant.agreements.BreachNoticeWindow;
import health.covenant.shared.jpa.AuditableEntity;

@Entity
@Table(name = "vendor_incident")
class VendorIncident extends AuditableEntity {

	@Column(name = "vendor_id", nullable = false, updatable = false)
	private long vendorId;

	@Column(name = "vendor_name", nullable = false)
	private String vendorName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private IncidentKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private IncidentStatus status;

	@Column(name = "occurred_on")
	private LocalDate occurredOn;

	@Column(name = "vendor_discovered_on", nullable = false)
	private LocalDate vendorDiscoveredOn;

	@Column(name = "reported_on", nullable = false)
	private LocalDate reportedOn;

	@Column(name = "our_discovery_on", nullable = false)
	private LocalDate ourDiscoveryOn;

	@Column(name = "phi_involved", nullable = false)
	private boolean phiInvolved;

	@Column(name = "individuals_affected")
	private Integer individualsAffected;

	@Column(name = "individuals_estimated", nullable = false)
	private boolean individualsEstimated;

	@Column(nullable = false)
	private String description;

	@Column
	private String notes;

	@Column(name = "risk_nature")
	private String riskNature;

	@Column(name = "risk_recipient")
	private String riskRecipient;

	@Column(name = "risk_acquired")
	private String riskAcquired;

	@Column(name = "risk_mitigation")
	private String riskMitigation;

	@Enumerated(EnumType.STRING)
	@Column(name = "risk_conclusion", nullable = false)
	private RiskConclusion riskConclusion = RiskConclusion.BREACH_PRESUMED;

	@Column(name = "risk_assessed_on")
	private LocalDate riskAssessedOn;

	@Column(name = "risk_assessed_by")
	private String riskAssessedBy;

	@Column(name = "commitment_agreement_id")
	private Long commitmentAgreementId;

	@Column(name = "commitment_value", nullable = false)
	private int commitmentValue;

	@Enumerated(EnumType.STRING)
	@Column(name = "commitment_unit", nullable = false)
	private BreachNoticeUnit commitmentUnit;

	@Column(name = "individuals_notified_on")
	private LocalDate individualsNotifiedOn;

	@Column(name = "hhs_notified_on")
	private LocalDate hhsNotifiedOn;

	@Column(name = "media_notified_on")
	private LocalDate mediaNotifiedOn;

	@Column(name = "sla_applies", nullable = false)
	private boolean slaApplies;

	@Column(name = "sla_last_day", nullable = false)
	private LocalDate slaLastDay;

	@Column(name = "sla_days_late", nullable = false)
	private int slaDaysLate;

	@Column(name = "next_deadline")
	private LocalDate nextDeadline;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "vendor_incident_state", joinColumns = @JoinColumn(name = "incident_id"))
	private List<StateResidents> states = new ArrayList<>();

	protected VendorIncident() {
	}

	VendorIncident(long vendorId, String vendorName, IncidentDetails details) {
		this.vendorId = vendorId;
		this.vendorName = vendorName;
		apply(details);
	}

	void apply(IncidentDetails d) {
		this.kind = d.kind();
		this.status = d.status();
		this.occurredOn = d.occurredOn();
		this.vendorDiscoveredOn = d.vendorDiscoveredOn();
		this.reportedOn = d.reportedOn();
		this.ourDiscoveryOn = d.effectiveOurDiscoveryOn();
		this.phiInvolved = d.phiInvolved();
		this.individualsAffected = d.individualsAffected();
		this.individualsEstimated = d.individualsAffected() != null && d.individualsEstimated();
		this.description = d.description().strip();
		this.notes = d.notes() == null || d.notes().isBlank() ? null : d.notes().strip();
		Map<String, LocalDate> notified = new LinkedHashMap<>();
		this.states.forEach((s) -> notified.put(s.getStateCode(), s.getNotifiedOn()));
		this.states.clear();
		d.states()
			.stream()
			.sorted(Comparator.comparing((StateCount s) -> UsStates.normalise(s.stateCode())))
			.forEach((s) -> {
				String code = UsStates.normalise(s.stateCode());
				this.states.add(new StateResidents(code, s.residents(), notified.get(code)));
			});
	}

	void assess(RiskAssessment risk, LocalDate on, String by) {
		this.riskNature = blankToNull(risk.nature());
		this.riskRecipient = blankToNull(risk.recipient());
		this.riskAcquired = blankToNull(risk.acquired());
		this.riskMitigation = blankToNull(risk.mitigation());
		this.riskConclusion = risk.conclusion();
		this.riskAssessedOn = on;
		this.riskAssessedBy = by;
	}

	/** Records (or clears, with null) the day notice was given to one audience. */
	boolean notify(NoticeAudience audience, String stateCode, LocalDate on) {
		switch (audience) {
			case INDIVIDUALS -> this.individualsNotifiedOn = on;
			case HHS -> this.hhsNotifiedOn = on;
			case MEDIA -> this.mediaNotifiedOn = on;
			case STATE -> {
				StateResidents state = this.states.stream()
					.filter((s) -> s.getStateCode().equals(stateCode))
					.findFirst()
					.orElse(null);
				if (state == null) {
					return false;
				}
				state.setNotifiedOn(on);
			}
		}
		return true;
	}

	/** The day notice to this audience was recorded, if it was. */
	LocalDate notifiedOn(NoticeAudience audience, String stateCode) {
		return switch (audience) {
			case INDIVIDUALS -> this.individualsNotifiedOn;
			case HHS -> this.hhsNotifiedOn;
			case MEDIA -> this.mediaNotifiedOn;
			case STATE -> this.states.stream()
				.filter((s) -> s.getStateCode().equals(stateCode))
				.findFirst()
				.map(StateResidents::getNotifiedOn)
				.orElse(null);
		};
	}

	void commit(Long agreementId, BreachNoticeWindow window) {
		this.commitmentAgreementId = agreementId;
		this.commitmentValue = window.value();
		this.commitmentUnit = window.unit();
	}

	void derived(boolean slaApplies, LocalDate slaLastDay, int slaDaysLate, LocalDate nextDeadline) {
		this.slaApplies = slaApplies;
		this.slaLastDay = slaLastDay;
		this.slaDaysLate = slaDaysLate;
		this.nextDeadline = nextDeadline;
	}

	void rename(String vendorName) {
		this.vendorName = vendorName;
	}

	IncidentDetails details() {
		return new IncidentDetails(this.kind, this.status, this.occurredOn, this.vendorDiscoveredOn, this.reportedOn,
				this.ourDiscoveryOn, this.phiInvolved, this.individualsAffected, this.individualsEstimated,
				this.description, this.notes,
				this.states.stream().map((s) -> new StateCount(s.getStateCode(), s.getResidents())).toList());
	}

	RiskAssessment risk() {
		return new RiskAssessment(this.riskNature, this.riskRecipient, this.riskAcquired, this.riskMitigation,
				this.riskConclusion);
	}

	BreachNoticeWindow commitment() {
		return new BreachNoticeWindow(this.commitmentValue, this.commitmentUnit);
	}

	Map<String, Integer> residentsByState() {
		Map<String, Integer> map = new TreeMap<>();
		this.states.forEach((s) -> map.put(s.getStateCode(), s.getResidents()));
		return map;
	}

	BreachClocks.Facts facts() {
		return new BreachClocks.Facts(this.phiInvolved, this.riskConclusion, this.ourDiscoveryOn,
				this.individualsAffected, residentsByState());
	}

	/** The recorded values for the audit trail's before/after. */
	Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("kind", this.kind);
		values.put("status", this.status);
		values.put("occurredOn", this.occurredOn);
		values.put("vendorDiscoveredOn", this.vendorDiscoveredOn);
		values.put("reportedOn", this.reportedOn);
		values.put("ourDiscoveryOn", this.ourDiscoveryOn);
		values.put("phiInvolved", this.phiInvolved);
		values.put("individualsAffected", this.individualsAffected);
		values.put("individualsEstimated", this.individualsEstimated);
		values.put("description", this.description);
		values.put("notes", this.notes);
		values.put("states", residentsByState().toString());
		values.put("riskNature", this.riskNature);
		values.put("riskRecipient", this.riskRecipient);
		values.put("riskAcquired", this.riskAcquired);
		values.put("riskMitigation", this.riskMitigation);
		values.put("riskConclusion", this.riskConclusion);
		values.put("commitment", this.commitmentValue + " " + this.commitmentUnit
				+ (this.commitmentAgreementId == null ? "" : " (agreement " + this.commitmentAgreementId + ")"));
		values.put("individualsNotifiedOn", this.individualsNotifiedOn);
		values.put("hhsNotifiedOn", this.hhsNotifiedOn);
		values.put("mediaNotifiedOn", this.mediaNotifiedOn);
		Map<String, LocalDate> stateNotices = new TreeMap<>();
		this.states.stream().filter((s) -> s.getNotifiedOn() != null)
			.forEach((s) -> stateNotices.put(s.getStateCode(), s.getNotifiedOn()));
		values.put("stateNotices", stateNotices.toString());
		return values;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	long getVendorId() {
		return this.vendorId;
	}

	String getVendorName() {
		return this.vendorName;
	}

	IncidentKind getKind() {
		return this.kind;
	}

	IncidentStatus getStatus() {
		return this.status;
	}

	LocalDate getVendorDiscoveredOn() {
		return this.vendorDiscoveredOn;
	}

	LocalDate getReportedOn() {
		return this.reportedOn;
	}

	boolean isPhiInvolved() {
		return this.phiInvolved;
	}

	Long getCommitmentAgreementId() {
		return this.commitmentAgreementId;
	}

	LocalDate getRiskAssessedOn() {
		return this.riskAssessedOn;
	}

	String getRiskAssessedBy() {
		return this.riskAssessedBy;
	}

	boolean isSlaApplies() {
		return this.slaApplies;
	}

	LocalDate getSlaLastDay() {
		return this.slaLastDay;
	}

	int getSlaDaysLate() {
		return this.slaDaysLate;
	}

	LocalDate getNextDeadline() {
		return this.nextDeadline;
	}

	boolean isIndividualsEstimated() {
		return this.individualsEstimated;
	}

}
