package health.covenant.assessments;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.shared.DemoDataLoader;
import health.covenant.shared.OrganisationClock;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorSummary;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo assessments for the demo PHI vendors in service, dated relative to today: a good initial
 * assessment completed 10 months ago; one completed 13 months ago with a critical "No" (breach notice
 * window), capped and overdue for reassessment; one completed 6 months ago whose periodic successor is
 * in progress (carrying the earlier one's evidence document); and a privacy impact assessment of an
 * ambient documentation use case. Some answers have evidence documents.
 */
@Component
class AssessmentDemoData implements DemoDataLoader {

	private static final Logger log = LoggerFactory.getLogger(AssessmentDemoData.class);

	private static final Map<String, String> NOTES = Map.of("TS-03", "AES-256 at rest, keys in the cloud KMS, rotated yearly",
			"TS-04", "TLS 1.2+ on every endpoint; SSL Labs report attached to the SOC 2", "TP-01",
			"SOC 2 Type II, period ending 30 June", "DG-03", "Contract clause 7.2: no training on customer data",
			"IR-02", "BAA says 10 business days; vendor's standard terms say 60 days");

	private final AssessmentService assessments;

	private final VendorService vendors;

	private final UserService users;

	private final OrganisationClock clock;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final AssessmentEvidence evidence;

	AssessmentDemoData(AssessmentService assessments, VendorService vendors, UserService users,
			OrganisationClock clock, JdbcClient jdbc, ApplicationEventPublisher events, AssessmentEvidence evidence) {
		this.evidence = evidence;
		this.assessments = assessments;
		this.vendors = vendors;
		this.users = users;
		this.clock = clock;
		this.jdbc = jdbc;
		this.events = events;
	}

	@Override
	public String name() {
		return "assessments.demo";
	}

	@Override
	public int order() {
		return 36;
	}

	@Override
	public void load() {
		List<VendorSummary> phi = this.vendors.allSummaries()
			.stream()
			.filter((v) -> v.handlesPhi() && v.inService())
			.toList();
		if (phi.size() < 4) {
			log.info("Fewer than four PHI vendors in service: no demo assessments");
			return;
		}
		Long assessor = this.users.findByEmail("security@covenant.test").map(UserSummary::id).orElse(null);
		LocalDate today = this.clock.today();
		// 1. a good one, 10 months ago
		long good = start(phi.get(0), AssessmentKind.INITIAL, null, assessor);
		this.evidence.attach(good, "TS-03", "kms-key-management.pdf", pdf("key management description"));
		this.evidence.attach(good, "TP-01", "soc2-type2-bridge-letter.pdf", pdf("SOC 2 bridge letter"));
		answer(good, Map.of("DG-06", AnswerValue.PARTLY, "AI-03", AnswerValue.PARTLY, "AI-10", AnswerValue.NO), Set.of("DEID-01",
				"DEID-02", "DEID-04"));
		completeOn(good, today.minusMonths(10));
		// 2. a critical "No": breach notice window longer than the BAA's; overdue for reassessment
		long critical = start(phi.get(1), AssessmentKind.INITIAL, null, assessor);
		answer(critical, Map.of("IR-02", AnswerValue.NO, "TS-07", AnswerValue.PARTLY, "SP-03", AnswerValue.NO, "AI-02",
				AnswerValue.NO), Set.of("DEID-02"));
		completeOn(critical, today.minusMonths(13));
		// 3. completed 6 months ago, its periodic successor in progress
		long earlier = start(phi.get(2), AssessmentKind.INITIAL, null, assessor);
		this.evidence.attach(earlier, "TS-04", "tls-scan-report.pdf", pdf("TLS scan report"));
		answer(earlier, Map.of("TP-04", AnswerValue.NO, "AI-04", AnswerValue.PARTLY), Set.of());
		completeOn(earlier, today.minusMonths(6));
		long next = this.assessments.startNext(earlier);
		this.assessments.saveSection(next, "DATA_GOVERNANCE", Map.of("DG-01",
				new AssessmentService.AnswerInput(AnswerValue.YES, "Inventory reviewed again"), "DG-02",
				new AssessmentService.AnswerInput(AnswerValue.YES, null)));
		// due a cadence after the earlier one (dated back above, once its answers are saved)
		this.jdbc.sql("UPDATE assessment SET due_on = :due WHERE id = :id")
			.param("due", today.minusMonths(6).plusMonths(12))
			.param("id", next)
			.update();
		this.events.publishEvent(new AssessmentChanged(phi.get(2).id()));
		// 4. a privacy impact assessment of one use case
		long pia = this.assessments.start(new AssessmentService.Start(phi.get(3).id(), AssessmentKind.PRIVACY_IMPACT, null,
				"Ambient documentation in primary care clinics", assessor, today.plusDays(30)));
		answer(pia, Map.of("PIA-08", AnswerValue.PARTLY, "PIA-10", AnswerValue.PARTLY), Set.of());
		completeOn(pia, today.minusMonths(2));
		log.info("Demo assessments loaded (critical No in #{}, in progress #{})", critical, next);
	}

	private static byte[] pdf(String title) {
		return ("%PDF-1.4\n% Covenant demo: " + title + "\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")
			.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
	}

	private long start(VendorSummary vendor, AssessmentKind kind, AssessmentTrigger trigger, Long assessor) {
		return this.assessments.start(new AssessmentService.Start(vendor.id(), kind, trigger, null, assessor,
				this.clock.today().plusDays(30)));
	}

	/** Every question YES unless given, the listed ones not applicable (with a note). */
	private void answer(long id, Map<String, AnswerValue> answers, Set<String> notApplicable) {
		AssessmentViews.Detail detail = this.assessments.detail(id);
		for (AssessmentViews.SectionView section : detail.sections()) {
			Map<String, AssessmentService.AnswerInput> inputs = new LinkedHashMap<>();
			for (AssessmentViews.QuestionView q : section.questions()) {
				String code = q.question().code();
				AnswerValue value = notApplicable.contains(code) ? AnswerValue.NOT_APPLICABLE
						: answers.getOrDefault(code, AnswerValue.YES);
				String note = value == AnswerValue.NOT_APPLICABLE ? "The vendor receives identifiable PHI only"
						: NOTES.get(code);
				inputs.put(code, new AssessmentService.AnswerInput(value, note));
			}
			this.assessments.saveSection(id, section.code(), inputs);
		}
	}

	/** Completes it, then dates it back (demo history). */
	private void completeOn(long id, LocalDate day) {
		AssessmentViews.Summary summary = this.assessments.get(id);
		this.assessments.complete(id, summary.version());
		this.jdbc.sql("UPDATE assessment SET completed_on = :day, due_on = :due WHERE id = :id")
			.param("day", day)
			.param("due", day.minusDays(3))
			.param("id", id)
			.update();
		this.jdbc.sql("UPDATE assessment_answer SET answered_at = answered_at - make_interval(days => :days) WHERE assessment_id = :id")
			.param("days", (int) (this.clock.today().toEpochDay() - day.toEpochDay()))
			.param("id", id)
			.update();
		this.events.publishEvent(new AssessmentChanged(summary.vendorId()));
	}


}
