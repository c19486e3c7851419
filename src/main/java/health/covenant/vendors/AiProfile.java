package health.covenant.vendors;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import health.covenant.shared.jpa.AuditableEntity;

@Entity
@Table(name = "ai_profile")
class AiProfile extends AuditableEntity {

	@Column(name = "vendor_id", nullable = false, updatable = false)
	private long vendorId;

	@Enumerated(EnumType.STRING)
	@Column(name = "system_type")
	private AiSystemType systemType;

	@Enumerated(EnumType.STRING)
	@Column(name = "fda_status")
	private FdaStatus fdaStatus;

	@Column(name = "change_control_plan", nullable = false)
	private boolean changeControlPlan;

	@Column(name = "dsi_source_attributes")
	private Integer dsiSourceAttributes;

	@Column(name = "model_card_available", nullable = false)
	private boolean modelCardAvailable;

	@Column(name = "model_card_url")
	private String modelCardUrl;

	@Enumerated(EnumType.STRING)
	@Column(name = "phi_training")
	private PhiTraining phiTraining;

	@Enumerated(EnumType.STRING)
	@Column(name = "deidentification_method")
	private DeidentificationMethod deidentificationMethod;

	@Column(name = "prompt_retention_days")
	private Integer promptRetentionDays;

	@Column(name = "output_retention_days")
	private Integer outputRetentionDays;

	@Column(name = "log_retention_days")
	private Integer logRetentionDays;

	@Column(name = "embedding_retention_days")
	private Integer embeddingRetentionDays;

	@Column(name = "offshore_access", nullable = false)
	private boolean offshoreAccess;

	@Column(name = "bias_tested", nullable = false)
	private boolean biasTested;

	@Column(name = "bias_tested_on")
	private LocalDate biasTestedOn;

	@Column(name = "uses_protected_attributes", nullable = false)
	private boolean usesProtectedAttributes;

	@Column(name = "locally_validated", nullable = false)
	private boolean locallyValidated;

	@Column(name = "locally_validated_on")
	private LocalDate locallyValidatedOn;

	@Column(name = "drift_monitoring", nullable = false)
	private boolean driftMonitoring;

	@Enumerated(EnumType.STRING)
	@Column(name = "decision_role")
	private DecisionRole decisionRole;

	@Column(name = "human_oversight")
	private String humanOversight;

	@Enumerated(EnumType.STRING)
	@Column(name = "update_cadence")
	private UpdateCadence updateCadence;

	@Column(name = "change_notice_days")
	private Integer changeNoticeDays;

	@Column(name = "covers_prompt_injection", nullable = false)
	private boolean coversPromptInjection;

	@Column(name = "covers_data_leakage", nullable = false)
	private boolean coversDataLeakage;

	@Column(name = "ai_bom_available", nullable = false)
	private boolean aiBomAvailable;

	@Column(name = "model_failure_is_incident", nullable = false)
	private boolean modelFailureIsIncident;

	@Enumerated(EnumType.STRING)
	@Column(name = "framework_alignment")
	private FrameworkAlignment frameworkAlignment;

	@Enumerated(EnumType.STRING)
	@Column(name = "patient_disclosure")
	private PatientDisclosure patientDisclosure;

	private String notes;

	protected AiProfile() {
	}

	AiProfile(long vendorId) {
		this.vendorId = vendorId;
	}

	long getVendorId() {
		return this.vendorId;
	}

	void apply(AiProfileDetails d) {
		this.systemType = d.systemType();
		this.fdaStatus = d.fdaStatus();
		this.changeControlPlan = d.changeControlPlan();
		this.dsiSourceAttributes = d.dsiSourceAttributes();
		this.modelCardAvailable = d.modelCardAvailable();
		this.modelCardUrl = Vendor.clean(d.modelCardUrl());
		this.phiTraining = d.phiTraining();
		this.deidentificationMethod = d.deidentificationMethod();
		this.promptRetentionDays = d.promptRetentionDays();
		this.outputRetentionDays = d.outputRetentionDays();
		this.logRetentionDays = d.logRetentionDays();
		this.embeddingRetentionDays = d.embeddingRetentionDays();
		this.offshoreAccess = d.offshoreAccess();
		this.biasTested = d.biasTested();
		this.biasTestedOn = d.biasTestedOn();
		this.usesProtectedAttributes = d.usesProtectedAttributes();
		this.locallyValidated = d.locallyValidated();
		this.locallyValidatedOn = d.locallyValidatedOn();
		this.driftMonitoring = d.driftMonitoring();
		this.decisionRole = d.decisionRole();
		this.humanOversight = Vendor.clean(d.humanOversight());
		this.updateCadence = d.updateCadence();
		this.changeNoticeDays = d.changeNoticeDays();
		this.coversPromptInjection = d.coversPromptInjection();
		this.coversDataLeakage = d.coversDataLeakage();
		this.aiBomAvailable = d.aiBomAvailable();
		this.modelFailureIsIncident = d.modelFailureIsIncident();
		this.frameworkAlignment = d.frameworkAlignment();
		this.patientDisclosure = d.patientDisclosure();
		this.notes = Vendor.clean(d.notes());
	}

	AiProfileDetails details() {
		return new AiProfileDetails(this.systemType, this.fdaStatus, this.changeControlPlan, this.dsiSourceAttributes,
				this.modelCardAvailable, this.modelCardUrl, this.phiTraining, this.deidentificationMethod,
				this.promptRetentionDays, this.outputRetentionDays, this.logRetentionDays, this.embeddingRetentionDays,
				this.offshoreAccess, this.biasTested, this.biasTestedOn, this.usesProtectedAttributes,
				this.locallyValidated, this.locallyValidatedOn, this.driftMonitoring, this.decisionRole,
				this.humanOversight, this.updateCadence, this.changeNoticeDays, this.coversPromptInjection,
				this.coversDataLeakage, this.aiBomAvailable, this.modelFailureIsIncident, this.frameworkAlignment,
				this.patientDisclosure, this.notes);
	}

	/** Field values for the audit trail's before/after. */
	Map<String, Object> snapshot() {
		AiProfileDetails d = details();
		Map<String, Object> values = new LinkedHashMap<>();
		for (var component : AiProfileDetails.class.getRecordComponents()) {
			try {
				values.put(component.getName(), component.getAccessor().invoke(d));
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return values;
	}

}
