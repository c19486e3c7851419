package health.covenant.incidents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import health.covenant.agreements.BreachNoticeUnit;
import health.covenant.audit.AuditChanges;
import health.covenant.audit.AuditService;
import health.covenant.documents.DocumentService;
import health.covenant.documents.DocumentSummary;
import health.covenant.obligations.ObligationSubjectChanged;
import health.covenant.shared.Actor;
import health.covenant.shared.ConcurrentEditException;
import health.covenant.shared.OrganisationClock;
import health.covenant.vendors.VendorChanged;
import health.covenant.vendors.VendorRegistered;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorStatusChanged;
import health.covenant.vendors.VendorSummary;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A vendor's incident-response commitments ({@code ir_commitment}, one row a vendor): read by everyone,
 * saved by security officers, legal and administrators after {@link IrCommitmentRules}, audited with
 * before/after, the verification's expert analysis stored through the documents module. The row also
 * carries the vendor facts its yearly duties depend on (name, PHI access, in service, since when, business
 * owner), kept in step here from the vendor events, so that a PHI vendor entering service owes its first
 * verification without anyone filling the form in; every change is announced to the obligations module
 * ({@link IrCommitmentObligations}).
 */
@Service
public class IrCommitmentService {

	/** Who edits the commitments. */
	public static final String EDITORS = IncidentService.EDITORS;

	/** Entity type in the audit log, document owner type and obligation subject type. */
	public static final String ENTITY = "IrCommitment";

	/** Category of the expert's analysis attached to a verification. */
	public static final String ANALYSIS = "BA_VERIFICATION_ANALYSIS";

	static final String COLUMNS = "vendor_id, vendor_name, handles_phi, in_service, in_service_since, owner_id, "
			+ "recorded_on, incident_window_value, incident_window_unit, contingency_notice_hours, contact_name, "
			+ "contact_email, contact_phone, contact_around_the_clock, cooperates, forensic_access, cyber_insured, "
			+ "cyber_coverage, plan_reviewed_on, tabletop_on, verification_received_on, verification_officer, "
			+ "verification_officer_title, version";

	/** A file to attach. */
	public record Upload(String fileName, byte[] content) {
	}

	private final JdbcClient jdbc;

	private final VendorService vendors;

	private final DocumentService documents;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	private final OrganisationClock clock;

	private final IrCommitmentSettings settings;

	IrCommitmentService(JdbcClient jdbc, VendorService vendors, DocumentService documents, AuditService audit,
			ApplicationEventPublisher events, OrganisationClock clock, IrCommitmentSettings settings) {
		this.jdbc = jdbc;
		this.vendors = vendors;
		this.documents = documents;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.settings = settings;
	}

	/** Whether yearly verifications are asked for ({@link IrCommitmentSettings}). */
	public boolean verificationEnabled() {
		return this.settings.enabled();
	}

	/** The vendor's commitments; empty details when none are stored. */
	@Transactional(readOnly = true)
	public IrCommitmentView get(long vendorId) {
		VendorSummary vendor = this.vendors.getSummary(vendorId);
		return find(vendorId).map(Stored::view)
			.orElseGet(() -> new IrCommitmentView(vendorId, null, vendor.handlesPhi(), vendor.inService(), null,
					IrCommitmentDetails.empty(), 0, List.of()));
	}

	/** The expert analyses attached, newest first. */
	@Transactional(readOnly = true)
	public List<DocumentSummary> analyses(long vendorId) {
		return this.documents.forOwner(ENTITY, vendorId);
	}

	/** The broken rules of these details (form checks). */
	public List<IncidentViolation> check(long vendorId, IrCommitmentDetails details, boolean uploading) {
		return IrCommitmentRules.check(details, this.clock.today(), uploading || !analyses(vendorId).isEmpty());
	}

	/**
	 * Saves the commitments if nobody saved them since {@code expectedVersion}, attaching the expert's
	 * analysis when given.
	 * @throws ConcurrentEditException when they changed in the meantime (nothing saved)
	 * @throws IncidentRuleException when a rule is broken (nothing saved)
	 * @throws health.covenant.documents.DocumentRejectedException when the file is refused (nothing saved)
	 */
	@Transactional
	@PreAuthorize(EDITORS)
	public void save(long vendorId, long expectedVersion, IrCommitmentDetails details, Upload analysis) {
		VendorSummary vendor = this.vendors.getSummary(vendorId);
		Optional<Stored> stored = find(vendorId);
		long version = stored.map((s) -> s.version).orElse(0L);
		if (version != expectedVersion) {
			throw new ConcurrentEditException(ENTITY, vendorId);
		}
		List<IncidentViolation> violations = check(vendorId, details, analysis != null);
		if (!violations.isEmpty()) {
			throw new IncidentRuleException(violations);
		}
		if (stored.isEmpty()) {
			insertFacts(vendor, vendor.inService() ? this.clock.today() : null);
		}
		Map<String, Object> before = stored.map((s) -> snapshot(s.details)).orElseGet(LinkedHashMap::new);
		IrCommitmentDetails d = normalise(details);
		this.jdbc.sql("""
				UPDATE ir_commitment SET recorded_on = :today, incident_window_value = :windowValue,
				    incident_window_unit = :windowUnit, contingency_notice_hours = :contingency,
				    contact_name = :contactName, contact_email = :contactEmail, contact_phone = :contactPhone,
				    contact_around_the_clock = :aroundTheClock, cooperates = :cooperates,
				    forensic_access = :forensic, cyber_insured = :insured, cyber_coverage = :coverage,
				    plan_reviewed_on = :plan, tabletop_on = :tabletop, verification_received_on = :verified,
				    verification_officer = :officer, verification_officer_title = :officerTitle,
				    updated_at = :now, updated_by = :actor, version = version + 1
				WHERE vendor_id = :vendor""")
			.param("today", this.clock.today())
			.param("windowValue", d.incidentWindowValue())
			.param("windowUnit", d.incidentWindowUnit() == null ? null : d.incidentWindowUnit().name())
			.param("contingency", d.contingencyNoticeHours())
			.param("contactName", d.contactName())
			.param("contactEmail", d.contactEmail())
			.param("contactPhone", d.contactPhone())
			.param("aroundTheClock", d.contactAroundTheClock())
			.param("cooperates", d.cooperates())
			.param("forensic", d.forensicAccess())
			.param("insured", d.cyberInsured())
			.param("coverage", d.cyberCoverage())
			.param("plan", d.planReviewedOn())
			.param("tabletop", d.tabletopOn())
			.param("verified", d.verificationReceivedOn())
			.param("officer", d.verificationOfficer())
			.param("officerTitle", d.verificationOfficerTitle())
			.param("now", Timestamp.from(this.clock.now().truncatedTo(ChronoUnit.MICROS)))
			.param("actor", Actor.current())
			.param("vendor", vendorId)
			.update();
		Map<String, Object> after = snapshot(d);
		if (analysis != null) {
			DocumentSummary document = this.documents.store(ENTITY, vendorId, ANALYSIS, analysis.fileName(),
					analysis.content());
			after.put("analysisDocumentId", document.id());
		}
		AuditChanges changes = stored.isEmpty() || stored.get().recordedOn == null ? AuditChanges.created(after)
				: AuditChanges.diff(before, after);
		if (!changes.isEmpty()) {
			this.audit.record("IR_COMMITMENT_SAVED", ENTITY, vendorId,
					"Incident-response commitments of " + vendor.name(), changes);
		}
		this.events.publishEvent(new ObligationSubjectChanged(ENTITY, vendorId));
	}

	@EventListener
	@Transactional
	void on(VendorRegistered event) {
		sync(event.vendorId());
	}

	@EventListener
	@Transactional
	void on(VendorChanged event) {
		sync(event.vendorId());
	}

	@EventListener
	@Transactional
	void on(VendorStatusChanged event) {
		sync(event.vendorId());
	}

	/**
	 * Copies the vendor facts the yearly duties depend on; a PHI vendor in service without a row gets one,
	 * in service since today. Announces the vendor to the obligations module when a fact changed.
	 */
	void sync(long vendorId) {
		VendorSummary vendor = this.vendors.findSummary(vendorId).orElse(null);
		if (vendor == null) {
			return;
		}
		LocalDate today = this.clock.today();
		int changed = this.jdbc.sql("""
				UPDATE ir_commitment SET vendor_name = :name, handles_phi = :phi, in_service = :inService,
				    owner_id = :owner,
				    in_service_since = CASE WHEN :inService AND in_service_since IS NULL THEN :today
				                            ELSE in_service_since END
				WHERE vendor_id = :vendor AND (vendor_name <> :name OR handles_phi <> :phi OR in_service <> :inService
				    OR owner_id IS DISTINCT FROM :owner OR (:inService AND in_service_since IS NULL))""")
			.param("name", vendor.name())
			.param("phi", vendor.handlesPhi())
			.param("inService", vendor.inService())
			.param("owner", vendor.businessOwnerId())
			.param("today", today)
			.param("vendor", vendorId)
			.update();
		if (changed == 0 && vendor.handlesPhi() && vendor.inService() && find(vendorId).isEmpty()) {
			insertFacts(vendor, today);
			changed = 1;
		}
		if (changed > 0) {
			this.events.publishEvent(new ObligationSubjectChanged(ENTITY, vendorId));
		}
	}

	private void insertFacts(VendorSummary vendor, LocalDate inServiceSince) {
		this.jdbc.sql("""
				INSERT INTO ir_commitment (vendor_id, vendor_name, handles_phi, in_service, in_service_since, owner_id,
				                           updated_at, updated_by)
				VALUES (:vendor, :name, :phi, :inService, :since, :owner, :now, :actor)
				ON CONFLICT (vendor_id) DO NOTHING""")
			.param("vendor", vendor.id())
			.param("name", vendor.name())
			.param("phi", vendor.handlesPhi())
			.param("inService", vendor.inService())
			.param("since", inServiceSince)
			.param("owner", vendor.businessOwnerId())
			.param("now", Timestamp.from(this.clock.now().truncatedTo(ChronoUnit.MICROS)))
			.param("actor", Actor.current())
			.update();
	}

	private Optional<Stored> find(long vendorId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM ir_commitment WHERE vendor_id = ?")
			.param(vendorId)
			.query((rs, n) -> Stored.of(rs, this.settings.enabled()))
			.optional();
	}

	private static IrCommitmentDetails normalise(IrCommitmentDetails d) {
		return new IrCommitmentDetails(d.incidentWindowValue(), d.incidentWindowUnit(), d.contingencyNoticeHours(),
				clean(d.contactName()), clean(d.contactEmail()), clean(d.contactPhone()), d.contactAroundTheClock(),
				d.cooperates(), d.forensicAccess(), d.cyberInsured(), d.cyberInsured() ? clean(d.cyberCoverage()) : null,
				d.planReviewedOn(), d.tabletopOn(), d.verificationReceivedOn(), clean(d.verificationOfficer()),
				clean(d.verificationOfficerTitle()));
	}

	private static String clean(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	static Map<String, Object> snapshot(IrCommitmentDetails d) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("incidentWindow", d.incidentWindowValue() == null ? null
				: d.incidentWindowValue() + " " + d.incidentWindowUnit());
		map.put("contingencyNoticeHours", d.contingencyNoticeHours());
		map.put("contactName", d.contactName());
		map.put("contactEmail", d.contactEmail());
		map.put("contactPhone", d.contactPhone());
		map.put("contactAroundTheClock", d.contactAroundTheClock());
		map.put("cooperates", d.cooperates());
		map.put("forensicAccess", d.forensicAccess());
		map.put("cyberInsured", d.cyberInsured());
		map.put("cyberCoverage", d.cyberCoverage());
		map.put("planReviewedOn", d.planReviewedOn());
		map.put("tabletopOn", d.tabletopOn());
		map.put("verificationReceivedOn", d.verificationReceivedOn());
		map.put("verificationOfficer", d.verificationOfficer());
		map.put("verificationOfficerTitle", d.verificationOfficerTitle());
		return map;
	}

	/** One stored row. */
	record Stored(long vendorId, String vendorName, Long ownerId, LocalDate recordedOn, IrCommitmentRules.Facts facts,
			IrCommitmentDetails details, long version, boolean verificationEnabled) {

		static Stored of(ResultSet rs, boolean verificationEnabled) throws SQLException {
			String unit = rs.getString("incident_window_unit");
			IrCommitmentDetails details = new IrCommitmentDetails(rs.getObject("incident_window_value", Integer.class),
					unit == null ? null : BreachNoticeUnit.valueOf(unit),
					rs.getObject("contingency_notice_hours", Integer.class), rs.getString("contact_name"),
					rs.getString("contact_email"), rs.getString("contact_phone"),
					rs.getBoolean("contact_around_the_clock"), rs.getBoolean("cooperates"),
					rs.getBoolean("forensic_access"), rs.getBoolean("cyber_insured"), rs.getString("cyber_coverage"),
					rs.getObject("plan_reviewed_on", LocalDate.class), rs.getObject("tabletop_on", LocalDate.class),
					rs.getObject("verification_received_on", LocalDate.class), rs.getString("verification_officer"),
					rs.getString("verification_officer_title"));
			IrCommitmentRules.Facts facts = new IrCommitmentRules.Facts(rs.getBoolean("handles_phi"),
					rs.getBoolean("in_service"), rs.getObject("in_service_since", LocalDate.class),
					details.planReviewedOn(), details.tabletopOn(), details.verificationReceivedOn());
			return new Stored(rs.getLong("vendor_id"), rs.getString("vendor_name"),
					rs.getObject("owner_id", Long.class), rs.getObject("recorded_on", LocalDate.class), facts, details,
					rs.getLong("version"), verificationEnabled);
		}

		List<IrCommitmentRules.Due> dues() {
			return new ArrayList<>(IrCommitmentRules.dues(this.facts, this.verificationEnabled));
		}

		IrCommitmentView view() {
			return new IrCommitmentView(this.vendorId, this.recordedOn, this.facts.handlesPhi(),
					this.facts.inService(), this.facts.inServiceSince(), this.details, this.version, dues());
		}

	}

}
