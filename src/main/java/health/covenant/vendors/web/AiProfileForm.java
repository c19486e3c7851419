package health.covenant.vendors.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import health.covenant.vendors.AiProfileDetails;
import health.covenant.vendors.AiProfileView;
import health.covenant.vendors.AiSystemType;
import health.covenant.vendors.DecisionRole;
import health.covenant.vendors.DeidentificationMethod;
import health.covenant.vendors.FdaStatus;
import health.covenant.vendors.FrameworkAlignment;
import health.covenant.vendors.PatientDisclosure;
import health.covenant.vendors.PhiTraining;
import health.covenant.vendors.UpdateCadence;
import health.covenant.vendors.VendorRules;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The AI profile form ({@code /vendors/{id}/ai-profile}), AI-01…AI-17 of docs/domain.md §6. Input names are
 * the property names. Rules across fields: {@link #checkRules(Errors, LocalDate)}.
 */
public class AiProfileForm {

	private AiSystemType systemType;

	private FdaStatus fdaStatus;

	private boolean changeControlPlan;

	@Min(0)
	@Max(31)
	private Integer dsiSourceAttributes;

	private boolean modelCardAvailable;

	@Size(max = 300)
	@Pattern(regexp = "^(https?://[^\\s]+)?$")
	private String modelCardUrl;

	private PhiTraining phiTraining;

	private DeidentificationMethod deidentificationMethod;

	@PositiveOrZero
	@Max(36500)
	private Integer promptRetentionDays;

	@PositiveOrZero
	@Max(36500)
	private Integer outputRetentionDays;

	@PositiveOrZero
	@Max(36500)
	private Integer logRetentionDays;

	@PositiveOrZero
	@Max(36500)
	private Integer embeddingRetentionDays;

	private boolean offshoreAccess;

	private boolean biasTested;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate biasTestedOn;

	private boolean usesProtectedAttributes;

	private boolean locallyValidated;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate locallyValidatedOn;

	private boolean driftMonitoring;

	private DecisionRole decisionRole;

	@Size(max = 1000)
	private String humanOversight;

	private UpdateCadence updateCadence;

	@PositiveOrZero
	@Max(3650)
	private Integer changeNoticeDays;

	private boolean coversPromptInjection;

	private boolean coversDataLeakage;

	private boolean aiBomAvailable;

	private boolean modelFailureIsIncident;

	private FrameworkAlignment frameworkAlignment;

	private PatientDisclosure patientDisclosure;

	@Size(max = 4000)
	private String notes;

	private long version;

	public static AiProfileForm of(AiProfileView profile) {
		AiProfileDetails d = profile.details();
		AiProfileForm form = new AiProfileForm();
		form.systemType = d.systemType();
		form.fdaStatus = d.fdaStatus();
		form.changeControlPlan = d.changeControlPlan();
		form.dsiSourceAttributes = d.dsiSourceAttributes();
		form.modelCardAvailable = d.modelCardAvailable();
		form.modelCardUrl = d.modelCardUrl();
		form.phiTraining = d.phiTraining();
		form.deidentificationMethod = d.deidentificationMethod();
		form.promptRetentionDays = d.promptRetentionDays();
		form.outputRetentionDays = d.outputRetentionDays();
		form.logRetentionDays = d.logRetentionDays();
		form.embeddingRetentionDays = d.embeddingRetentionDays();
		form.offshoreAccess = d.offshoreAccess();
		form.biasTested = d.biasTested();
		form.biasTestedOn = d.biasTestedOn();
		form.usesProtectedAttributes = d.usesProtectedAttributes();
		form.locallyValidated = d.locallyValidated();
		form.locallyValidatedOn = d.locallyValidatedOn();
		form.driftMonitoring = d.driftMonitoring();
		form.decisionRole = d.decisionRole();
		form.humanOversight = d.humanOversight();
		form.updateCadence = d.updateCadence();
		form.changeNoticeDays = d.changeNoticeDays();
		form.coversPromptInjection = d.coversPromptInjection();
		form.coversDataLeakage = d.coversDataLeakage();
		form.aiBomAvailable = d.aiBomAvailable();
		form.modelFailureIsIncident = d.modelFailureIsIncident();
		form.frameworkAlignment = d.frameworkAlignment();
		form.patientDisclosure = d.patientDisclosure();
		form.notes = d.notes();
		form.version = profile.version();
		return form;
	}

	public AiProfileDetails toDetails() {
		return new AiProfileDetails(this.systemType, this.fdaStatus, this.changeControlPlan, this.dsiSourceAttributes, this.modelCardAvailable, this.modelCardUrl, this.phiTraining, this.deidentificationMethod, this.promptRetentionDays, this.outputRetentionDays, this.logRetentionDays, this.embeddingRetentionDays, this.offshoreAccess, this.biasTested, this.biasTestedOn, this.usesProtectedAttributes, this.locallyValidated, this.locallyValidatedOn, this.driftMonitoring, this.decisionRole, this.humanOversight, this.updateCadence, this.changeNoticeDays, this.coversPromptInjection, this.coversDataLeakage, this.aiBomAvailable, this.modelFailureIsIncident, this.frameworkAlignment, this.patientDisclosure, this.notes);
	}

	/**
	 * The {@link VendorRules} the service enforces, checked first so that each message shows next to its
	 * field. Among them the rules across fields: training on de-identified data names its de-identification
	 * method; a test or validation date means the test or validation was done and lies no later than
	 * today; a model card link means a model card is available.
	 */
	public void checkRules(Errors errors, LocalDate today) {
		VendorRulesOnForms.reject(errors, VendorRules.check(toDetails(), today));
	}

	public AiSystemType getSystemType() {
		return this.systemType;
	}

	public void setSystemType(AiSystemType systemType) {
		this.systemType = systemType;
	}

	public FdaStatus getFdaStatus() {
		return this.fdaStatus;
	}

	public void setFdaStatus(FdaStatus fdaStatus) {
		this.fdaStatus = fdaStatus;
	}

	public boolean isChangeControlPlan() {
		return this.changeControlPlan;
	}

	public void setChangeControlPlan(boolean changeControlPlan) {
		this.changeControlPlan = changeControlPlan;
	}

	public Integer getDsiSourceAttributes() {
		return this.dsiSourceAttributes;
	}

	public void setDsiSourceAttributes(Integer dsiSourceAttributes) {
		this.dsiSourceAttributes = dsiSourceAttributes;
	}

	public boolean isModelCardAvailable() {
		return this.modelCardAvailable;
	}

	public void setModelCardAvailable(boolean modelCardAvailable) {
		this.modelCardAvailable = modelCardAvailable;
	}

	public String getModelCardUrl() {
		return this.modelCardUrl;
	}

	public void setModelCardUrl(String modelCardUrl) {
		this.modelCardUrl = modelCardUrl;
	}

	public PhiTraining getPhiTraining() {
		return this.phiTraining;
	}

	public void setPhiTraining(PhiTraining phiTraining) {
		this.phiTraining = phiTraining;
	}

	public DeidentificationMethod getDeidentificationMethod() {
		return this.deidentificationMethod;
	}

	public void setDeidentificationMethod(DeidentificationMethod deidentificationMethod) {
		this.deidentificationMethod = deidentificationMethod;
	}

	public Integer getPromptRetentionDays() {
		return this.promptRetentionDays;
	}

	public void setPromptRetentionDays(Integer promptRetentionDays) {
		this.promptRetentionDays = promptRetentionDays;
	}

	public Integer getOutputRetentionDays() {
		return this.outputRetentionDays;
	}

	public void setOutputRetentionDays(Integer outputRetentionDays) {
		this.outputRetentionDays = outputRetentionDays;
	}

	public Integer getLogRetentionDays() {
		return this.logRetentionDays;
	}

	public void setLogRetentionDays(Integer logRetentionDays) {
		this.logRetentionDays = logRetentionDays;
	}

	public Integer getEmbeddingRetentionDays() {
		return this.embeddingRetentionDays;
	}

	public void setEmbeddingRetentionDays(Integer embeddingRetentionDays) {
		this.embeddingRetentionDays = embeddingRetentionDays;
	}

	public boolean isOffshoreAccess() {
		return this.offshoreAccess;
	}

	public void setOffshoreAccess(boolean offshoreAccess) {
		this.offshoreAccess = offshoreAccess;
	}

	public boolean isBiasTested() {
		return this.biasTested;
	}

	public void setBiasTested(boolean biasTested) {
		this.biasTested = biasTested;
	}

	public LocalDate getBiasTestedOn() {
		return this.biasTestedOn;
	}

	public void setBiasTestedOn(LocalDate biasTestedOn) {
		this.biasTestedOn = biasTestedOn;
	}

	public boolean isUsesProtectedAttributes() {
		return this.usesProtectedAttributes;
	}

	public void setUsesProtectedAttributes(boolean usesProtectedAttributes) {
		this.usesProtectedAttributes = usesProtectedAttributes;
	}

	public boolean isLocallyValidated() {
		return this.locallyValidated;
	}

	public void setLocallyValidated(boolean locallyValidated) {
		this.locallyValidated = locallyValidated;
	}

	public LocalDate getLocallyValidatedOn() {
		return this.locallyValidatedOn;
	}

	public void setLocallyValidatedOn(LocalDate locallyValidatedOn) {
		this.locallyValidatedOn = locallyValidatedOn;
	}

	public boolean isDriftMonitoring() {
		return this.driftMonitoring;
	}

	public void setDriftMonitoring(boolean driftMonitoring) {
		this.driftMonitoring = driftMonitoring;
	}

	public DecisionRole getDecisionRole() {
		return this.decisionRole;
	}

	public void setDecisionRole(DecisionRole decisionRole) {
		this.decisionRole = decisionRole;
	}

	public String getHumanOversight() {
		return this.humanOversight;
	}

	public void setHumanOversight(String humanOversight) {
		this.humanOversight = humanOversight;
	}

	public UpdateCadence getUpdateCadence() {
		return this.updateCadence;
	}

	public void setUpdateCadence(UpdateCadence updateCadence) {
		this.updateCadence = updateCadence;
	}

	public Integer getChangeNoticeDays() {
		return this.changeNoticeDays;
	}

	public void setChangeNoticeDays(Integer changeNoticeDays) {
		this.changeNoticeDays = changeNoticeDays;
	}

	public boolean isCoversPromptInjection() {
		return this.coversPromptInjection;
	}

	public void setCoversPromptInjection(boolean coversPromptInjection) {
		this.coversPromptInjection = coversPromptInjection;
	}

	public boolean isCoversDataLeakage() {
		return this.coversDataLeakage;
	}

	public void setCoversDataLeakage(boolean coversDataLeakage) {
		this.coversDataLeakage = coversDataLeakage;
	}

	public boolean isAiBomAvailable() {
		return this.aiBomAvailable;
	}

	public void setAiBomAvailable(boolean aiBomAvailable) {
		this.aiBomAvailable = aiBomAvailable;
	}

	public boolean isModelFailureIsIncident() {
		return this.modelFailureIsIncident;
	}

	public void setModelFailureIsIncident(boolean modelFailureIsIncident) {
		this.modelFailureIsIncident = modelFailureIsIncident;
	}

	public FrameworkAlignment getFrameworkAlignment() {
		return this.frameworkAlignment;
	}

	public void setFrameworkAlignment(FrameworkAlignment frameworkAlignment) {
		this.frameworkAlignment = frameworkAlignment;
	}

	public PatientDisclosure getPatientDisclosure() {
		return this.patientDisclosure;
	}

	public void setPatientDisclosure(PatientDisclosure patientDisclosure) {
		this.patientDisclosure = patientDisclosure;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
