package health.covenant.vendors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.shared.DemoDataLoader;
import health.covenant.shared.OrganisationClock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * About 25 fictional AI vendors of a health system (demo mode only, once): ambient scribes, imaging AI,
 * patient-facing chat, coding and prior-authorisation automation, a foundation-model API, analytics on
 * de-identified data, with varied status, PHI access, AI profiles and sub-processors.
 */
@Component
class VendorDemoData implements DemoDataLoader {

	private final VendorService vendors;

	private final UserService users;

	private final OrganisationClock clock;

	private final JdbcClient jdbc;

	VendorDemoData(VendorService vendors, UserService users, OrganisationClock clock, JdbcClient jdbc) {
		this.vendors = vendors;
		this.jdbc = jdbc;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "vendors.registry";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public void load() {
		Long procurement = this.users.findByEmail("procurement@covenant.test").map(UserSummary::id).orElse(null);
		Long security = this.users.findByEmail("security@covenant.test").map(UserSummary::id).orElse(null);
		LocalDate today = this.clock.today();
		for (Demo demo : demos(today)) {
			Long owner = demo.phi.handlesPhi() ? security : procurement;
			VendorDetails details = new VendorDetails(demo.name, demo.legalName, demo.website, demo.description,
					demo.category, owner,
					new VendorDetails.Contact("Account team", "accounts@" + demo.domain(), "+1 (555) 010-2000"),
					new VendorDetails.Contact("Security office", "security@" + demo.domain(), "+1 (555) 010-9110"),
					demo.phi, demo.volume, demo.access, demo.regions, demo.reference);
			long id = this.vendors.register(details);
			for (LifecycleStatus step : path(demo.status)) {
				this.vendors.changeStatus(id, this.vendors.getView(id).version(), step);
			}
			this.vendors.updateAiProfile(id, this.vendors.getAiProfile(id).version(), demo.ai.details());
			for (SubprocessorDetails subprocessor : demo.subprocessors) {
				this.vendors.addSubprocessor(id, subprocessor);
			}
		}
		// the demo vendors' sub-processors were known at onboarding, years ago: added today they would read
		// as new ones and pull every demo vendor's reassessment forward
		this.jdbc.sql("UPDATE subprocessor SET created_at = created_at - make_interval(years => 3), "
				+ "updated_at = updated_at - make_interval(years => 3)")
			.update();
	}

	/** The status changes that lead from PROSPECT to the target. */
	static List<LifecycleStatus> path(LifecycleStatus target) {
		return switch (target) {
			case PROSPECT -> List.of();
			case ONBOARDING -> List.of(LifecycleStatus.ONBOARDING);
			case ACTIVE -> List.of(LifecycleStatus.ONBOARDING, LifecycleStatus.ACTIVE);
			case OFFBOARDING -> List.of(LifecycleStatus.ONBOARDING, LifecycleStatus.ACTIVE, LifecycleStatus.OFFBOARDING);
			case TERMINATED -> List.of(LifecycleStatus.ONBOARDING, LifecycleStatus.ACTIVE, LifecycleStatus.OFFBOARDING,
					LifecycleStatus.TERMINATED);
		};
	}

	private static List<Demo> demos(LocalDate today) {
		LocalDate lastSpring = today.minusMonths(8);
		LocalDate lastMonth = today.minusMonths(1);
		SubprocessorDetails nimbusWithBaa = sub("Nimbus Foundation Models", "Foundation model API (LLM)", "US", true, true);
		SubprocessorDetails nimbusNoBaa = sub("Nimbus Foundation Models", "Foundation model API (LLM)", "US", false, false);
		SubprocessorDetails cirrus = sub("Cirrus Speech Cloud", "Speech-to-text transcription", "US", true, true);
		SubprocessorDetails stratusHosting = sub("Stratus Compute", "Cloud hosting (IaaS)", "US", true, false);
		SubprocessorDetails offshoreLabeling = sub("Lakeshore Annotation Services", "Human data labelling", "India", false, false);
		SubprocessorDetails vectorDb = sub("Vectorly", "Managed vector database (embeddings)", "US, EU", false, false);
		List<Demo> demos = new ArrayList<>();
		demos.add(new Demo("Scribewell Ambient", "Scribewell Health, Inc.", "https://scribewell.example",
				"Ambient clinical scribe: listens to the visit and drafts the note in the EHR for clinician sign-off.",
				ServiceCategory.CLINICAL_DOCUMENTATION, LifecycleStatus.ACTIVE, PhiAccess.PHI, RecordVolume.OVER_1M,
				SystemAccess.READ_WRITE, "US (us-east, us-west)", "PO-24-0113",
				new Ai(AiSystemType.AMBIENT_SCRIBE).fda(FdaStatus.NONE).training(PhiTraining.DE_IDENTIFIED_ONLY)
					.deid(DeidentificationMethod.EXPERT_DETERMINATION).retention(0, 30, 365, 0)
					.role(DecisionRole.AUGMENTS, "Clinician reviews, edits and signs every draft note.")
					.updates(UpdateCadence.MONTHLY, 30).security(true, true, true).incident()
					.framework(FrameworkAlignment.NIST_AI_RMF).disclosure(PatientDisclosure.DISCLOSED_WITH_OPT_OUT)
					.bias(lastSpring).validated(lastMonth).drift().card("https://scribewell.example/model-card"),
				List.of(nimbusWithBaa, cirrus, stratusHosting)));
		demos.add(new Demo("EchoChart AI", "EchoChart Technologies LLC", "https://echochart.example",
				"Ambient documentation for emergency and urgent care, with order suggestions.",
				ServiceCategory.CLINICAL_DOCUMENTATION, LifecycleStatus.ONBOARDING, PhiAccess.PHI,
				RecordVolume.FROM_100K_TO_1M, SystemAccess.READ_WRITE, "US; offshore QA review", "PO-25-0871",
				new Ai(AiSystemType.AMBIENT_SCRIBE).fda(FdaStatus.NONE).training(PhiTraining.YES)
					.deid(DeidentificationMethod.NONE).retention(90, 90, 730, 365).offshore()
					.role(DecisionRole.AUGMENTS, "Suggested orders need a clinician's click to place.")
					.updates(UpdateCadence.CONTINUOUS, 0).disclosure(PatientDisclosure.NOT_DISCLOSED),
				List.of(nimbusNoBaa, offshoreLabeling)));
		demos.add(new Demo("Lumen Radiology Triage", "Lumen Imaging AI Corp.", "https://lumen-triage.example",
				"Flags suspected intracranial haemorrhage and pulmonary embolism on CT and reorders the reading worklist.",
				ServiceCategory.IMAGING, LifecycleStatus.ACTIVE, PhiAccess.PHI, RecordVolume.FROM_100K_TO_1M,
				SystemAccess.READ_ONLY, "US (on-premises inference, cloud monitoring)", "PO-23-0542",
				new Ai(AiSystemType.COMPUTER_VISION).fda(FdaStatus.CLEARED).pccp().dsi(24).training(PhiTraining.NO)
					.retention(0, 30, 365, null).role(DecisionRole.INFORMS, "Radiologist reads every study; the flag only reorders the worklist.")
					.updates(UpdateCadence.QUARTERLY, 60).security(false, true, true).incident()
					.framework(FrameworkAlignment.ISO_42001).disclosure(PatientDisclosure.NOT_PATIENT_FACING)
					.bias(lastSpring).validated(lastSpring).drift().card("https://lumen-triage.example/model-card"),
				List.of(stratusHosting)));
		demos.add(new Demo("ClearView Mammo AI", "ClearView Diagnostics, Inc.", "https://clearview-mammo.example",
				"Second-reader AI for screening mammography with lesion localisation.", ServiceCategory.IMAGING,
				LifecycleStatus.PROSPECT, PhiAccess.PHI, RecordVolume.FROM_10K_TO_100K, SystemAccess.READ_ONLY, "US",
				null, new Ai(AiSystemType.COMPUTER_VISION).fda(FdaStatus.CLEARED).dsi(18).training(PhiTraining.WITH_AUTHORIZATION)
					.role(DecisionRole.AUGMENTS, "Acts as second reader alongside the radiologist.")
					.disclosure(PatientDisclosure.DISCLOSED),
				List.of()));
		demos.add(new Demo("Harborline Patient Chat", "Harborline Digital Health Co.", "https://harborline.example",
				"Patient-facing LLM assistant in the portal: answers questions, books appointments, routes symptoms to nurses.",
				ServiceCategory.PATIENT_ENGAGEMENT, LifecycleStatus.ACTIVE, PhiAccess.PHI, RecordVolume.OVER_1M,
				SystemAccess.DATA_EXCHANGE, "US, EU (support)", "PO-24-0990",
				new Ai(AiSystemType.GENERATIVE_LLM).fda(FdaStatus.EXEMPT).training(PhiTraining.NO).retention(30, 30, 180, 30)
					.role(DecisionRole.INFORMS, "Symptom questions are handed to a nurse line; no diagnosis is given.")
					.updates(UpdateCadence.MONTHLY, 14).security(true, true, false).incident()
					.framework(FrameworkAlignment.NIST_AI_RMF).disclosure(PatientDisclosure.DISCLOSED_WITH_OPT_OUT)
					.protectedAttributes().bias(lastMonth),
				List.of(nimbusWithBaa, vectorDb)));
		demos.add(new Demo("Meridian Nurse Assist", "Meridian Care Systems LLC", "https://meridian-assist.example",
				"After-hours LLM triage chatbot for patient messages, drafting replies for nurse review.",
				ServiceCategory.PATIENT_ENGAGEMENT, LifecycleStatus.ONBOARDING, PhiAccess.PHI,
				RecordVolume.FROM_100K_TO_1M, SystemAccess.READ_WRITE, "US", "PO-25-1204",
				new Ai(AiSystemType.GENERATIVE_LLM).training(PhiTraining.DE_IDENTIFIED_ONLY)
					.deid(DeidentificationMethod.SAFE_HARBOR).retention(90, 90, 365, 90)
					.role(DecisionRole.AUGMENTS, "Nurse approves every reply before it is sent.")
					.updates(UpdateCadence.AD_HOC, null).disclosure(PatientDisclosure.DISCLOSED),
				List.of(nimbusNoBaa)));
		demos.add(new Demo("CodeRight Automation", "CodeRight Revenue AI, Inc.", "https://coderight.example",
				"Autonomous medical coding (ICD-10-CM, CPT) from notes, with coder review of low-confidence charts.",
				ServiceCategory.REVENUE_CYCLE, LifecycleStatus.ACTIVE, PhiAccess.PHI, RecordVolume.OVER_1M,
				SystemAccess.READ_ONLY, "US", "PO-22-0077",
				new Ai(AiSystemType.NLP_EXTRACTION).fda(FdaStatus.NONE).training(PhiTraining.WITH_AUTHORIZATION)
					.retention(null, 2555, 2555, null).role(DecisionRole.REPLACES, "Charts above the confidence threshold are coded without human review; 5% audit sample.")
					.updates(UpdateCadence.QUARTERLY, 30).security(false, true, true).incident().validated(lastSpring),
				List.of(stratusHosting)));
		demos.add(new Demo("Claimsmith RCM", "Claimsmith Software Ltd.", "https://claimsmith.example",
				"Denial prediction and automated appeal letters for the billing office.", ServiceCategory.REVENUE_CYCLE,
				LifecycleStatus.ACTIVE, PhiAccess.PHI, RecordVolume.FROM_100K_TO_1M, SystemAccess.READ_WRITE,
				"US; offshore support (Philippines)", "PO-23-0311",
				new Ai(AiSystemType.ADMINISTRATIVE_AUTOMATION).training(PhiTraining.YES).retention(null, 365, 365, null)
					.offshore().role(DecisionRole.AUGMENTS, "Billing staff approve each appeal.")
					.updates(UpdateCadence.MONTHLY, 7),
				List.of(offshoreLabeling)));
		demos.add(new Demo("PriorPath Authorization", "PriorPath, Inc.", "https://priorpath.example",
				"Prior-authorisation bot: assembles clinical evidence and submits requests to payer portals.",
				ServiceCategory.UTILIZATION_MANAGEMENT, LifecycleStatus.ACTIVE, PhiAccess.PHI,
				RecordVolume.FROM_100K_TO_1M, SystemAccess.READ_ONLY, "US", "PO-24-0456",
				new Ai(AiSystemType.ADMINISTRATIVE_AUTOMATION).training(PhiTraining.NO).retention(30, 365, 365, null)
					.role(DecisionRole.AUGMENTS, "Requests that need clinical judgement go to the UM nurse queue.")
					.updates(UpdateCadence.MONTHLY, 30).security(true, true, false).incident()
					.framework(FrameworkAlignment.NIST_AI_RMF).disclosure(PatientDisclosure.NOT_PATIENT_FACING),
				List.of(nimbusWithBaa)));
		demos.add(new Demo("AuthBridge AI", "AuthBridge Solutions Corp.", "https://authbridge.example",
				"Legacy prior-authorisation automation being replaced by PriorPath.",
				ServiceCategory.UTILIZATION_MANAGEMENT, LifecycleStatus.OFFBOARDING, PhiAccess.PHI,
				RecordVolume.FROM_10K_TO_100K, SystemAccess.READ_ONLY, "US", "PO-20-0019",
				new Ai(AiSystemType.ADMINISTRATIVE_AUTOMATION).training(PhiTraining.NO).retention(null, 2555, 2555, null)
					.role(DecisionRole.AUGMENTS, "UM nurse reviews every submission."),
				List.of()));
		demos.add(new Demo("Nimbus Foundation Models", "Nimbus AI Labs, Inc.", "https://nimbus-models.example",
				"Foundation-model API (chat, embeddings) used directly by our data science team under a BAA.",
				ServiceCategory.AI_PLATFORM, LifecycleStatus.ACTIVE, PhiAccess.PHI, RecordVolume.FROM_100K_TO_1M,
				SystemAccess.DATA_EXCHANGE, "US (dedicated healthcare region)", "PO-24-0702",
				new Ai(AiSystemType.GENERATIVE_LLM).fda(FdaStatus.NONE).training(PhiTraining.NO).retention(0, 0, 30, 0)
					.role(DecisionRole.INFORMS, "Used only inside reviewed internal tools.").updates(UpdateCadence.QUARTERLY, 90)
					.security(true, true, true).incident().framework(FrameworkAlignment.BOTH)
					.disclosure(PatientDisclosure.NOT_PATIENT_FACING).card("https://nimbus-models.example/system-card"),
				List.of(stratusHosting)));
		demos.add(new Demo("Strata Cohort Analytics", "Strata Analytics Group LLC", "https://strata-cohorts.example",
				"Population analytics and benchmarking on de-identified encounter data.",
				ServiceCategory.POPULATION_HEALTH, LifecycleStatus.ACTIVE, PhiAccess.DE_IDENTIFIED, RecordVolume.OVER_1M,
				SystemAccess.DATA_EXCHANGE, "US, Canada", "PO-21-0630",
				new Ai(AiSystemType.PREDICTIVE).training(PhiTraining.DE_IDENTIFIED_ONLY)
					.deid(DeidentificationMethod.EXPERT_DETERMINATION).retention(null, 1825, 365, null)
					.role(DecisionRole.INFORMS, "Reports for quality committees only.").updates(UpdateCadence.ANNUAL, 30)
					.disclosure(PatientDisclosure.NOT_PATIENT_FACING),
				List.of(sub("Northwind Expert Determination", "De-identification expert determination", "US", false, false))));
		demos.add(new Demo("Populus Risk Stratifier", "Populus Health Analytics, Inc.", "https://populus-risk.example",
				"Predicts rising-risk patients for care management outreach from a limited data set.",
				ServiceCategory.POPULATION_HEALTH, LifecycleStatus.ACTIVE, PhiAccess.LIMITED_DATA_SET,
				RecordVolume.FROM_100K_TO_1M, SystemAccess.DATA_EXCHANGE, "US", "PO-23-0218",
				new Ai(AiSystemType.PREDICTIVE).dsi(27).training(PhiTraining.WITH_AUTHORIZATION).retention(null, 730, 365, null)
					.role(DecisionRole.INFORMS, "Care managers decide whom to contact.").updates(UpdateCadence.QUARTERLY, 30)
					.protectedAttributes().bias(lastSpring).validated(lastSpring).drift().framework(FrameworkAlignment.NIST_AI_RMF),
				List.of()));
		demos.add(new Demo("SepsisSentinel", "Sentinel Clinical AI, Inc.", "https://sepsissentinel.example",
				"Early-warning score for sepsis in inpatient units, shown in the EHR banner.",
				ServiceCategory.CLINICAL_DECISION_SUPPORT, LifecycleStatus.ACTIVE, PhiAccess.PHI,
				RecordVolume.FROM_100K_TO_1M, SystemAccess.READ_ONLY, "US", "PO-22-0940",
				new Ai(AiSystemType.PREDICTIVE).fda(FdaStatus.CLEARED).pccp().dsi(31).training(PhiTraining.DE_IDENTIFIED_ONLY)
					.deid(DeidentificationMethod.SAFE_HARBOR).retention(null, 365, 365, null)
					.role(DecisionRole.INFORMS, "Alert prompts a bedside assessment; clinicians decide on treatment.")
					.updates(UpdateCadence.LOCKED, 90).security(false, true, true).incident()
					.framework(FrameworkAlignment.ISO_42001).disclosure(PatientDisclosure.NOT_PATIENT_FACING)
					.protectedAttributes().bias(lastMonth).validated(lastMonth).drift().card("https://sepsissentinel.example/model-card"),
				List.of()));
		demos.add(new Demo("Readmit Radar", "Radar Predictive Health LLC", "https://readmit-radar.example",
				"30-day readmission risk at discharge for transitional care planning.",
				ServiceCategory.CLINICAL_DECISION_SUPPORT, LifecycleStatus.PROSPECT, PhiAccess.PHI,
				RecordVolume.FROM_10K_TO_100K, SystemAccess.READ_ONLY, "US", null,
				new Ai(AiSystemType.PREDICTIVE).dsi(9).role(DecisionRole.INFORMS, null), List.of()));
		demos.add(new Demo("DermaLens", "DermaLens Imaging Co.", "https://dermalens.example",
				"Skin lesion classification from smartphone photos for teledermatology.", ServiceCategory.IMAGING,
				LifecycleStatus.PROSPECT, PhiAccess.PHI, RecordVolume.FROM_1K_TO_10K, SystemAccess.NONE,
				"EU (Ireland)", null,
				new Ai(AiSystemType.COMPUTER_VISION).fda(FdaStatus.NONE).training(PhiTraining.YES).offshore()
					.role(DecisionRole.AUGMENTS, null).disclosure(PatientDisclosure.DISCLOSED),
				List.of(sub("Stratus Compute", "Cloud hosting (IaaS)", "EU", true, false))));
		demos.add(new Demo("PathoScan Digital Pathology", "PathoScan Biosystems, Inc.", "https://pathoscan.example",
				"Whole-slide image analysis for prostate biopsies.", ServiceCategory.IMAGING, LifecycleStatus.ONBOARDING,
				PhiAccess.PHI, RecordVolume.FROM_1K_TO_10K, SystemAccess.READ_ONLY, "US", "PO-25-1102",
				new Ai(AiSystemType.COMPUTER_VISION).fda(FdaStatus.APPROVED).pccp().dsi(20).training(PhiTraining.NO)
					.role(DecisionRole.AUGMENTS, "Pathologist signs out every case.").updates(UpdateCadence.LOCKED, 180)
					.incident().bias(lastSpring).card("https://pathoscan.example/labeling"),
				List.of()));
		demos.add(new Demo("VoiceNote Dictation", "VoiceNote Systems Inc.", "https://voicenote.example",
				"Former speech-recognition dictation vendor, replaced by Scribewell.",
				ServiceCategory.CLINICAL_DOCUMENTATION, LifecycleStatus.TERMINATED, PhiAccess.PHI,
				RecordVolume.FROM_100K_TO_1M, SystemAccess.READ_WRITE, "US", "PO-18-0004",
				new Ai(AiSystemType.AMBIENT_SCRIBE).training(PhiTraining.YES).retention(365, 365, 2555, null),
				List.of(cirrus)));
		demos.add(new Demo("Formwise Intake", "Formwise Automation LLC", "https://formwise.example",
				"Reads faxed referrals and intake forms, extracts demographics, orders and insurance into work queues.",
				ServiceCategory.OPERATIONS, LifecycleStatus.ACTIVE, PhiAccess.PHI, RecordVolume.FROM_100K_TO_1M,
				SystemAccess.READ_WRITE, "US", "PO-23-0777",
				new Ai(AiSystemType.NLP_EXTRACTION).training(PhiTraining.DE_IDENTIFIED_ONLY)
					.deid(DeidentificationMethod.SAFE_HARBOR).retention(null, 90, 365, null)
					.role(DecisionRole.AUGMENTS, "Staff confirm extracted fields below 95% confidence.")
					.updates(UpdateCadence.MONTHLY, 14).security(false, true, false),
				List.of(vectorDb)));
		demos.add(new Demo("Shiftwise Scheduling AI", "Shiftwise Workforce, Inc.", "https://shiftwise.example",
				"Nurse staffing forecasts and shift scheduling; no patient data.", ServiceCategory.OPERATIONS,
				LifecycleStatus.ACTIVE, PhiAccess.NONE, null, SystemAccess.DATA_EXCHANGE, "US", "PO-22-0150",
				new Ai(AiSystemType.PREDICTIVE).training(PhiTraining.NO).role(DecisionRole.INFORMS, "Managers publish schedules.")
					.updates(UpdateCadence.QUARTERLY, 30).disclosure(PatientDisclosure.NOT_PATIENT_FACING),
				List.of()));
		demos.add(new Demo("Tally Supply Forecast", "Tally Operations AI Ltd.", "https://tally-supply.example",
				"Forecasts supply usage for operating rooms from case schedules (no identifiers).",
				ServiceCategory.OPERATIONS, LifecycleStatus.ACTIVE, PhiAccess.NONE, null, SystemAccess.DATA_EXCHANGE,
				"US, EU", "PO-24-0222", new Ai(AiSystemType.PREDICTIVE).training(PhiTraining.NO), List.of()));
		demos.add(new Demo("Lexi Translate Health", "Lexi Language Technologies, Inc.", "https://lexi-translate.example",
				"LLM translation of discharge instructions and patient messages into 40 languages.",
				ServiceCategory.PATIENT_ENGAGEMENT, LifecycleStatus.ONBOARDING, PhiAccess.PHI,
				RecordVolume.FROM_10K_TO_100K, SystemAccess.DATA_EXCHANGE, "US; EU (failover)", "PO-25-1310",
				new Ai(AiSystemType.GENERATIVE_LLM).training(PhiTraining.NO).retention(0, 30, 90, null)
					.role(DecisionRole.AUGMENTS, "Certified interpreters review high-risk documents.")
					.updates(UpdateCadence.CONTINUOUS, null).disclosure(PatientDisclosure.DISCLOSED),
				List.of(nimbusWithBaa, sub("Babel Edge Translation API", "Machine translation API", "EU", false, true))));
		demos.add(new Demo("Carenote Summarizer", "Carenote AI, Inc.", "https://carenote.example",
				"Generates discharge summaries and hospital course narratives from the chart.",
				ServiceCategory.CLINICAL_DOCUMENTATION, LifecycleStatus.PROSPECT, PhiAccess.PHI,
				RecordVolume.FROM_10K_TO_100K, SystemAccess.READ_ONLY, "US", null,
				new Ai(AiSystemType.GENERATIVE_LLM).training(PhiTraining.WITH_AUTHORIZATION)
					.role(DecisionRole.AUGMENTS, "Attending edits and signs the summary."),
				List.of(nimbusNoBaa)));
		demos.add(new Demo("TrialMatch Navigator", "TrialMatch Research Corp.", "https://trialmatch.example",
				"Matches patients to open clinical trials from notes and problem lists (limited data set).",
				ServiceCategory.CLINICAL_DECISION_SUPPORT, LifecycleStatus.PROSPECT, PhiAccess.LIMITED_DATA_SET,
				RecordVolume.FROM_10K_TO_100K, SystemAccess.DATA_EXCHANGE, "US", null,
				new Ai(AiSystemType.NLP_EXTRACTION).training(PhiTraining.NO).role(DecisionRole.INFORMS,
						"Research coordinators screen every match."),
				List.of()));
		demos.add(new Demo("Polaris De-ID Sandbox", "Polaris Privacy Engineering LLC", "https://polaris-deid.example",
				"De-identification service and research sandbox for model development on our data.",
				ServiceCategory.AI_PLATFORM, LifecycleStatus.ACTIVE, PhiAccess.DE_IDENTIFIED, RecordVolume.OVER_1M,
				SystemAccess.DATA_EXCHANGE, "US", "PO-23-0404",
				new Ai(AiSystemType.NLP_EXTRACTION).training(PhiTraining.DE_IDENTIFIED_ONLY)
					.deid(DeidentificationMethod.SAFE_HARBOR).retention(null, null, 365, null)
					.role(DecisionRole.INFORMS, null).security(false, true, true).framework(FrameworkAlignment.NIST_AI_RMF),
				List.of(stratusHosting)));
		demos.add(new Demo("Cadence Call Center AI", "Cadence Voice Analytics, Inc.", "https://cadence-voice.example",
				"Transcribes and summarises patient calls to the scheduling centre; suggests call outcomes.",
				ServiceCategory.PATIENT_ENGAGEMENT, LifecycleStatus.TERMINATED, PhiAccess.PHI,
				RecordVolume.FROM_100K_TO_1M, SystemAccess.DATA_EXCHANGE, "US; offshore QA (Colombia)", "PO-21-0808",
				new Ai(AiSystemType.AMBIENT_SCRIBE).training(PhiTraining.YES).retention(730, 730, 730, 730).offshore(),
				List.of(cirrus, offshoreLabeling)));
		return demos;
	}

	private static SubprocessorDetails sub(String name, String service, String region, boolean baa, boolean zero) {
		return new SubprocessorDetails(name, service, region, baa, zero);
	}

	private record Demo(String name, String legalName, String website, String description, ServiceCategory category,
			LifecycleStatus status, PhiAccess phi, RecordVolume volume, SystemAccess access, String regions,
			String reference, Ai ai, List<SubprocessorDetails> subprocessors) {

		String domain() {
			return this.website.substring("https://".length());
		}

	}

	/** A small builder for demo AI profiles: only what differs from "not known". */
	private static final class Ai {

		private final AiSystemType type;

		private FdaStatus fda;

		private boolean pccp;

		private Integer dsi;

		private String card;

		private PhiTraining training;

		private DeidentificationMethod deid;

		private Integer prompts;

		private Integer outputs;

		private Integer logs;

		private Integer embeddings;

		private boolean offshore;

		private LocalDate biasOn;

		private boolean protectedAttributes;

		private LocalDate validatedOn;

		private boolean drift;

		private DecisionRole role;

		private String oversight;

		private UpdateCadence cadence;

		private Integer notice;

		private boolean injection;

		private boolean leakage;

		private boolean bom;

		private boolean incident;

		private FrameworkAlignment framework;

		private PatientDisclosure disclosure;

		Ai(AiSystemType type) {
			this.type = type;
		}

		Ai fda(FdaStatus status) {
			this.fda = status;
			return this;
		}

		Ai pccp() {
			this.pccp = true;
			return this;
		}

		Ai dsi(int attributes) {
			this.dsi = attributes;
			return this;
		}

		Ai card(String url) {
			this.card = url;
			return this;
		}

		Ai training(PhiTraining training) {
			this.training = training;
			return this;
		}

		Ai deid(DeidentificationMethod method) {
			this.deid = method;
			return this;
		}

		Ai retention(Integer prompts, Integer outputs, Integer logs, Integer embeddings) {
			this.prompts = prompts;
			this.outputs = outputs;
			this.logs = logs;
			this.embeddings = embeddings;
			return this;
		}

		Ai offshore() {
			this.offshore = true;
			return this;
		}

		Ai bias(LocalDate on) {
			this.biasOn = on;
			return this;
		}

		Ai protectedAttributes() {
			this.protectedAttributes = true;
			return this;
		}

		Ai validated(LocalDate on) {
			this.validatedOn = on;
			return this;
		}

		Ai drift() {
			this.drift = true;
			return this;
		}

		Ai role(DecisionRole role, String oversight) {
			this.role = role;
			this.oversight = oversight;
			return this;
		}

		Ai updates(UpdateCadence cadence, Integer noticeDays) {
			this.cadence = cadence;
			this.notice = noticeDays;
			return this;
		}

		Ai security(boolean injection, boolean leakage, boolean bom) {
			this.injection = injection;
			this.leakage = leakage;
			this.bom = bom;
			return this;
		}

		Ai incident() {
			this.incident = true;
			return this;
		}

		Ai framework(FrameworkAlignment framework) {
			this.framework = framework;
			return this;
		}

		Ai disclosure(PatientDisclosure disclosure) {
			this.disclosure = disclosure;
			return this;
		}

		AiProfileDetails details() {
			return new AiProfileDetails(this.type, this.fda, this.pccp, this.dsi, this.card != null, this.card,
					this.training, this.deid, this.prompts, this.outputs, this.logs, this.embeddings, this.offshore,
					this.biasOn != null, this.biasOn, this.protectedAttributes, this.validatedOn != null,
					this.validatedOn, this.drift, this.role, this.oversight, this.cadence, this.notice, this.injection,
					this.leakage, this.bom, this.incident, this.framework, this.disclosure, null);
		}

	}

}
