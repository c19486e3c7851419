package health.covenant.assessments;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import health.covenant.audit.AuditChanges;
import health.covenant.audit.AuditService;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.shared.Actor;
import health.covenant.shared.ConcurrentEditException;
import health.covenant.shared.NotFoundException;
import health.covenant.shared.OrganisationClock;
import health.covenant.shared.Paging;
import health.covenant.vendors.AiProfileView;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorSummary;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessments of vendors: start (prefilled from the AI profile), answer section by section, complete
 * (scored by {@link AssessmentScoring}, announced with its shortfalls as {@link AssessmentCompleted}),
 * start the next one from a completed one, and the vendor's reassessment cadence. Every change is
 * audited with before/after and announced ({@link AssessmentChanged}), which recomputes the vendor's
 * stored next assessment due before the transaction commits.
 */
@Service
public class AssessmentService {

	/** Who answers, completes and re-dates assessments. */
	public static final String EDITORS = "hasAnyRole('SECURITY_OFFICER', 'ADMIN')";

	/** Who starts one (procurement only an INITIAL one). */
	public static final String STARTERS = "hasAnyRole('SECURITY_OFFICER', 'ADMIN', 'PROCUREMENT')";

	/** Entity type in the audit log. */
	public static final String ENTITY = "Assessment";

	/**
	 * The list counts at most this many matches and pages no further: a request reads a bounded number of
	 * index entries whatever the volume (narrow the filters to reach the rest).
	 */
	public static final int COUNT_CAP = 1000;

	static final String CADENCE_ENTITY = "AssessmentCadence";

	/** What to start. */
	public record Start(long vendorId, AssessmentKind kind, AssessmentTrigger trigger, String useCase,
			Long assessorId, LocalDate dueOn) {
	}

	/** One answer as typed (value may be null: left unanswered). */
	public record AnswerInput(AnswerValue value, String note) {
	}

	/** The vendor's cadence setting and the default for its PHI access. */
	public record Cadence(long vendorId, Integer overrideMonths, String overrideReason, int defaultMonths,
			long version) {

		public int months() {
			return this.overrideMonths != null ? this.overrideMonths : this.defaultMonths;
		}

	}

	private final AssessmentRepository assessments;

	private final QuestionBank bank;

	private final VendorService vendors;

	private final UserService users;

	private final AuditService auditLog;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final OrganisationClock clock;

	private final AssessmentPolicy policy;

	private final MessageSource messages;

	private final AssessmentEvidence evidence;

	AssessmentService(AssessmentRepository assessments, QuestionBank bank, VendorService vendors, UserService users,
			AuditService auditLog, ApplicationEventPublisher events, JdbcClient jdbc, JdbcTemplate jdbcTemplate,
			OrganisationClock clock, AssessmentPolicy policy, MessageSource messages, AssessmentEvidence evidence) {
		this.evidence = evidence;
		this.assessments = assessments;
		this.bank = bank;
		this.vendors = vendors;
		this.users = users;
		this.auditLog = auditLog;
		this.events = events;
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.clock = clock;
		this.policy = policy;
		this.messages = messages;
	}

	public AssessmentPolicy policy() {
		return this.policy;
	}

	/** @throws NotFoundException if there is no such assessment */
	@Transactional(readOnly = true)
	public AssessmentViews.Summary get(long id) {
		return summary(load(id));
	}

	/** The questionnaire with its answers and the live (or, completed, final) result. */
	@Transactional(readOnly = true)
	public AssessmentViews.Detail detail(long id) {
		Assessment assessment = load(id);
		List<AssessmentScoring.Item> items = items(assessment);
		AssessmentScoring.Result result = AssessmentScoring.score(items, this.policy.criticalCap());
		Map<String, AssessmentScoring.SectionScore> subtotals = new LinkedHashMap<>();
		result.sections().forEach((s) -> subtotals.put(s.section(), s));
		Map<String, List<AssessmentViews.QuestionView>> bySection = new LinkedHashMap<>();
		for (Question question : this.bank.questions(assessment.getBankVersion(), assessment.getKind())) {
			AssessmentAnswer answer = assessment.answer(question.code()).orElse(null);
			bySection.computeIfAbsent(question.section(), (k) -> new ArrayList<>())
				.add(new AssessmentViews.QuestionView(question, answer == null ? null : answer.getAnswer(),
						answer == null ? null : answer.getNote(), answer != null && answer.isPrefilled(),
						answer == null ? null : answer.getAnsweredBy(), answer == null ? null : answer.getAnsweredAt(),
						answer == null ? null : answer.getBankVersion()));
		}
		List<AssessmentViews.SectionView> sections = bySection.entrySet()
			.stream()
			.map((e) -> new AssessmentViews.SectionView(e.getKey(), List.copyOf(e.getValue()), subtotals.get(e.getKey())))
			.toList();
		String explanation = assessment.getExplanation() != null ? assessment.getExplanation() : explain(result);
		return new AssessmentViews.Detail(summary(assessment), explanation, sections, result);
	}

	/** The section of a question of an assessment, or null when the assessment does not ask it. */
	@Transactional(readOnly = true)
	public String sectionOf(long id, String questionCode) {
		Assessment assessment = load(id);
		return this.bank.questions(assessment.getBankVersion(), assessment.getKind())
			.stream()
			.filter((q) -> q.code().equals(questionCode))
			.map(Question::section)
			.findFirst()
			.orElse(null);
	}

	/** The vendor's assessments, latest first. */
	@Transactional(readOnly = true)
	public List<AssessmentViews.Summary> forVendor(long vendorId) {
		return this.assessments.findByVendor(vendorId).stream().map(AssessmentService::summary).toList();
	}

	/** A page of assessments, filtered, in the query's order (the id last). */
	@Transactional(readOnly = true)
	public Page<AssessmentViews.Summary> page(AssessmentQuery query, Pageable requested) {
		StringBuilder where = new StringBuilder(" WHERE TRUE");
		Map<String, Object> params = new LinkedHashMap<>();
		if (query.vendorId() != null) {
			where.append(" AND vendor_id = :vendor");
			params.put("vendor", query.vendorId());
		}
		if (query.kind() != null) {
			where.append(" AND kind = :kind");
			params.put("kind", query.kind().name());
		}
		if (query.status() != null) {
			where.append(" AND status = :status");
			params.put("status", query.status().name());
		}
		if (query.overdue()) {
			where.append(" AND status IN ('DRAFT', 'IN_PROGRESS') AND due_on < :today");
			params.put("today", this.clock.today());
		}
		if (query.assessorId() != null) {
			where.append(" AND assessor_id = :assessor");
			params.put("assessor", query.assessorId());
		}
		long total = this.jdbc
			.sql("SELECT count(*) FROM (SELECT 1 FROM assessment" + where + " LIMIT " + COUNT_CAP + ") AS capped")
			.params(params)
			.query(Long.class)
			.single();
		Pageable pageable = Paging.within(requested, total);
		Map<String, Object> pageParams = new LinkedHashMap<>(params);
		pageParams.put("limit", pageable.getPageSize());
		pageParams.put("offset", pageable.getOffset());
		List<AssessmentViews.Summary> rows = total == 0 ? List.of() : this.jdbc.sql("""
				SELECT id, vendor_id, kind, trigger_kind, use_case, status, bank_version, assessor_id, due_on,
				       completed_on, score, capped, previous_id, version FROM assessment""" + where
				+ " ORDER BY " + query.sort().orderBy() + " LIMIT :limit OFFSET :offset")
			.params(pageParams)
			.query((rs, n) -> new AssessmentViews.Summary(rs.getLong("id"), rs.getLong("vendor_id"),
					AssessmentKind.valueOf(rs.getString("kind")),
					rs.getString("trigger_kind") == null ? null : AssessmentTrigger.valueOf(rs.getString("trigger_kind")),
					rs.getString("use_case"), AssessmentStatus.valueOf(rs.getString("status")),
					rs.getInt("bank_version"), rs.getObject("assessor_id", Long.class),
					rs.getObject("due_on", LocalDate.class), rs.getObject("completed_on", LocalDate.class),
					rs.getObject("score", Integer.class), rs.getBoolean("capped"),
					rs.getObject("previous_id", Long.class), rs.getLong("version")))
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	/** The users who may be assessors (security officers and administrators). */
	@Transactional(readOnly = true)
	public List<UserSummary> assessors() {
		Map<Long, UserSummary> all = new LinkedHashMap<>();
		this.users.usersWithRole(Role.SECURITY_OFFICER).forEach((u) -> all.put(u.id(), u));
		this.users.usersWithRole(Role.ADMIN).forEach((u) -> all.putIfAbsent(u.id(), u));
		return all.values().stream().filter(UserSummary::enabled).toList();
	}

	/**
	 * The kinds the current user may start for the vendor: SECURITY_OFFICER and ADMIN every kind;
	 * PROCUREMENT only an INITIAL one, and only of a vendor it registered itself.
	 */
	@Transactional(readOnly = true)
	public List<AssessmentKind> startableKinds(long vendorId) {
		if (currentUserMayEdit()) {
			return List.of(AssessmentKind.values());
		}
		return mayStart(vendorId, AssessmentKind.INITIAL) ? List.of(AssessmentKind.INITIAL) : List.of();
	}

	private boolean mayStart(long vendorId, AssessmentKind kind) {
		if (currentUserMayEdit()) {
			return true;
		}
		return kind == AssessmentKind.INITIAL && Objects.equals(this.vendors.registeredBy(vendorId), Actor.current());
	}

	/**
	 * Starts an assessment as a DRAFT, with the answers the vendor's AI profile already gives (marked
	 * prefilled until confirmed). PROCUREMENT may start only an INITIAL one, of a vendor it registered.
	 * @throws AssessmentRuleException when a rule is broken (nothing saved)
	 */
	@Transactional
	@PreAuthorize(STARTERS)
	public long start(Start start) {
		VendorSummary vendor = this.vendors.getSummary(start.vendorId());
		if (!mayStart(start.vendorId(), start.kind())) {
			throw new AccessDeniedException("procurement starts only the initial assessment of a vendor it registered");
		}
		if (start.kind() == AssessmentKind.TRIGGERED && start.trigger() == null) {
			throw new AssessmentRuleException("trigger", "assessments.rule.triggerRequired");
		}
		if (start.kind() == AssessmentKind.PRIVACY_IMPACT && (start.useCase() == null || start.useCase().isBlank())) {
			throw new AssessmentRuleException("useCase", "assessments.rule.useCaseRequired");
		}
		if (start.assessorId() != null && this.users.findById(start.assessorId())
			.filter((u) -> u.enabled() && (u.hasRole(Role.SECURITY_OFFICER) || u.hasRole(Role.ADMIN)))
			.isEmpty()) {
			throw new AssessmentRuleException("assessorId", "assessments.rule.assessor");
		}
		if (openOfFamily(start.vendorId(), start.kind(), start.useCase())) {
			throw new AssessmentRuleException("kind", "assessments.rule.alreadyOpen");
		}
		int version = this.bank.latestVersion();
		Assessment assessment = new Assessment(vendor.id(), vendor.name(), start.kind(), start.trigger(), start.useCase(), version,
				start.assessorId(), start.dueOn(), null);
		AiProfileView profile = this.vendors.getAiProfile(vendor.id());
		if (profile.updatedAt() != null) {
			Instant now = this.clock.now();
			for (Question question : this.bank.questions(version, start.kind())) {
				AssessmentPrefill.answer(question.prefill(), profile.details())
					.ifPresent((value) -> assessment.answerFor(question.code(), version)
						.give(value, null, version, null, now, true));
			}
		}
		this.assessments.saveAndFlush(assessment);
		this.auditLog.record("ASSESSMENT_STARTED", ENTITY, assessment.getId(),
				"Started " + start.kind() + " assessment of " + vendor.name(), AuditChanges.created(assessment.snapshot()));
		this.events.publishEvent(new AssessmentChanged(vendor.id()));
		return assessment.getId();
	}

	/**
	 * Saves the answers of one section (the codes of other sections are ignored); a prefilled answer
	 * saved again is confirmed.
	 * @return how many answers changed
	 */
	@Transactional
	@PreAuthorize(EDITORS)
	public int saveSection(long id, String section, Map<String, AnswerInput> answers) {
		Assessment assessment = load(id);
		if (!assessment.getStatus().open()) {
			throw new AssessmentRuleException(null, "assessments.rule.readOnly");
		}
		Instant now = this.clock.now();
		String actor = Actor.current();
		AuditChanges changes = AuditChanges.none();
		int changed = 0;
		for (Question question : this.bank.questions(assessment.getBankVersion(), assessment.getKind())) {
			if (!question.section().equals(section) || !answers.containsKey(question.code())) {
				continue;
			}
			AnswerInput input = answers.get(question.code());
			if (input.value() == null) {
				continue;
			}
			AssessmentAnswer answer = assessment.answerFor(question.code(), assessment.getBankVersion());
			String before = describe(answer.getAnswer(), answer.getNote(), answer.isPrefilled());
			if (answer.give(input.value(), input.note(), assessment.getBankVersion(), actor, now, false)) {
				changes.field(question.code(), before, describe(answer.getAnswer(), answer.getNote(), false));
				changed++;
			}
		}
		if (changed > 0) {
			AssessmentStatus before = assessment.getStatus();
			assessment.started();
			changes.field("status", before, assessment.getStatus());
			this.assessments.saveAndFlush(assessment);
			this.auditLog.record("ASSESSMENT_ANSWERED", ENTITY, id,
					"Answered " + changed + " question(s) of section " + section + " of assessment #" + id, changes);
			if (before != assessment.getStatus()) {
				this.events.publishEvent(new AssessmentChanged(assessment.getVendorId()));
			}
		}
		return changed;
	}

	/**
	 * Completes an assessment: every question answered, a note on each N/A; scores it, stores its
	 * subtotals, supersedes the previous completed one of its family, and publishes
	 * {@link AssessmentCompleted} with the answers that fall short.
	 * @throws AssessmentIncompleteException when it may not be completed yet (nothing saved)
	 */
	@Transactional
	@PreAuthorize(EDITORS)
	public AssessmentScoring.Result complete(long id, long expectedVersion) {
		Assessment assessment = load(id);
		if (assessment.getVersion() != expectedVersion) {
			throw new ConcurrentEditException(ENTITY, id);
		}
		if (!assessment.getStatus().open()) {
			throw new AssessmentRuleException(null, "assessments.rule.readOnly");
		}
		List<AssessmentScoring.Item> items = items(assessment);
		AssessmentScoring.Result result = AssessmentScoring.score(items, this.policy.criticalCap());
		if (!result.complete()) {
			throw new AssessmentIncompleteException(result);
		}
		LocalDate today = this.clock.today();
		Map<String, Object> before = assessment.snapshot();
		for (Assessment previous : this.assessments.findByVendor(assessment.getVendorId())) {
			if (previous.getStatus() == AssessmentStatus.COMPLETED && sameFamily(previous, assessment)) {
				Map<String, Object> was = previous.snapshot();
				previous.supersede();
				this.auditLog.record("ASSESSMENT_SUPERSEDED", ENTITY, previous.getId(),
						"Assessment #" + previous.getId() + " superseded by #" + id,
						AuditChanges.diff(was, previous.snapshot()));
			}
		}
		assessment.complete(today, result.score(), result.capped(), explain(result));
		this.assessments.saveAndFlush(assessment);
		List<Object[]> subtotals = result.sections()
			.stream()
			.map((s) -> new Object[] { id, s.section(), s.score(), s.answered(), s.notApplicable() })
			.toList();
		this.jdbc.sql("DELETE FROM assessment_section_score WHERE assessment_id = ?").param(id).update();
		this.jdbcTemplate.batchUpdate("INSERT INTO assessment_section_score (assessment_id, section, score, answered, "
				+ "not_applicable) VALUES (?, ?, ?, ?, ?)", subtotals);
		this.auditLog.record("ASSESSMENT_COMPLETED", ENTITY, id,
				"Completed assessment #" + id + " with score " + result.score(),
				AuditChanges.diff(before, assessment.snapshot()));
		List<AssessmentCompleted.Shortfall> shortfalls = new ArrayList<>();
		for (AssessmentScoring.Item item : items) {
			if (item.answer() != null && item.answer().fallsShort()) {
				Question q = item.question();
				shortfalls.add(new AssessmentCompleted.Shortfall(q.code(), q.text(), sectionTitle(q.section()),
						item.answer(), q.critical(), item.note()));
			}
		}
		this.events.publishEvent(new AssessmentCompleted(id, assessment.getVendorId(), today, shortfalls));
		this.events.publishEvent(new AssessmentChanged(assessment.getVendorId()));
		return result;
	}

	/**
	 * Starts the next assessment from a completed (or superseded) one: same vendor and family (the next
	 * of a security one is PERIODIC), the latest bank version, its answers copied as a DRAFT (each keeps
	 * the bank version it was given against).
	 */
	@Transactional
	@PreAuthorize(EDITORS)
	public long startNext(long id) {
		Assessment done = load(id);
		if (done.getStatus().open()) {
			throw new AssessmentRuleException(null, "assessments.rule.notCompleted");
		}
		AssessmentKind kind = done.getKind().privacyImpact() ? AssessmentKind.PRIVACY_IMPACT : AssessmentKind.PERIODIC;
		if (openOfFamily(done.getVendorId(), kind, done.getUseCase())) {
			throw new AssessmentRuleException(null, "assessments.rule.alreadyOpen");
		}
		LocalDate today = this.clock.today();
		LocalDate due = done.getCompletedOn().plusMonths(cadence(done.getVendorId()).months());
		if (!due.isAfter(today)) {
			due = today.plusDays(this.policy.firstDueDays());
		}
		int version = this.bank.latestVersion();
		Assessment next = new Assessment(done.getVendorId(), done.getVendorName(), kind, null, done.getUseCase(), version,
				done.getAssessorId(), due, done.getId());
		for (Question question : this.bank.questions(version, kind)) {
			done.answer(question.code())
				.filter((a) -> a.getAnswer() != null)
				.ifPresent((a) -> next.answerFor(question.code(), a.getBankVersion())
					.give(a.getAnswer(), a.getNote(), a.getBankVersion(), a.getAnsweredBy(), a.getAnsweredAt(),
							a.isPrefilled()));
		}
		this.assessments.saveAndFlush(next);
		this.evidence.copy(id, next.getId(), next.getAnswers()
			.stream()
			.map(AssessmentAnswer::getQuestionCode)
			.collect(java.util.stream.Collectors.toSet()));
		this.auditLog.record("ASSESSMENT_STARTED", ENTITY, next.getId(),
				"Started assessment #" + next.getId() + " as the next of #" + id, AuditChanges.created(next.snapshot()));
		this.events.publishEvent(new AssessmentChanged(done.getVendorId()));
		return next.getId();
	}

	/** The vendor's cadence setting and the default for its PHI access. */
	@Transactional(readOnly = true)
	public Cadence cadence(long vendorId) {
		VendorSummary vendor = this.vendors.getSummary(vendorId);
		int defaultMonths = this.policy.monthsFor(vendor.phiAccess());
		return this.jdbc
			.sql("SELECT override_months, override_reason, version FROM assessment_cadence WHERE vendor_id = ?")
			.param(vendorId)
			.query((rs, n) -> new Cadence(vendorId, rs.getObject("override_months", Integer.class),
					rs.getString("override_reason"), defaultMonths, rs.getLong("version")))
			.optional()
			.orElse(new Cadence(vendorId, null, null, defaultMonths, 0));
	}

	/**
	 * Sets (or, with null months, clears) the vendor's own months between assessments; a reason is
	 * required with an override.
	 */
	@Transactional
	@PreAuthorize(EDITORS)
	public void changeCadence(long vendorId, long expectedVersion, Integer months, String reason) {
		Cadence before = cadence(vendorId);
		if (before.version() != expectedVersion) {
			throw new ConcurrentEditException(CADENCE_ENTITY, vendorId);
		}
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (months != null && (months < 1 || months > 120)) {
			throw new AssessmentRuleException("months", "assessments.rule.months");
		}
		if (months != null && why == null) {
			throw new AssessmentRuleException("reason", "assessments.rule.reasonRequired");
		}
		if (Objects.equals(before.overrideMonths(), months) && Objects.equals(before.overrideReason(), why)) {
			return;
		}
		this.jdbc.sql("""
				INSERT INTO assessment_cadence (vendor_id, override_months, override_reason, updated_at, updated_by)
				VALUES (:vendor, :months, :reason, :now, :by)
				ON CONFLICT (vendor_id) DO UPDATE SET override_months = EXCLUDED.override_months,
				    override_reason = EXCLUDED.override_reason, updated_at = EXCLUDED.updated_at,
				    updated_by = EXCLUDED.updated_by, version = assessment_cadence.version + 1""")
			.param("vendor", vendorId)
			.param("months", months)
			.param("reason", months == null ? null : why)
			.param("now", Timestamp.from(this.clock.now()))
			.param("by", Actor.current())
			.update();
		this.auditLog.record("ASSESSMENT_CADENCE_CHANGED", CADENCE_ENTITY, vendorId,
				"Changed the reassessment cadence of vendor #" + vendorId,
				AuditChanges.none()
					.field("overrideMonths", before.overrideMonths(), months)
					.field("overrideReason", before.overrideReason(), months == null ? null : why));
		this.events.publishEvent(new AssessmentChanged(vendorId));
	}

	/** The plain-words explanation of a result. */
	String explain(AssessmentScoring.Result result) {
		if (result.score() == null) {
			return text("assessments.explain.none");
		}
		StringBuilder text = new StringBuilder(text("assessments.explain.score", result.score(),
				formatPoints(result.earned()), result.possible(),
				result.sections().stream().mapToInt((s) -> s.answered() - s.notApplicable()).sum(),
				result.sections().stream().mapToInt(AssessmentScoring.SectionScore::notApplicable).sum()));
		if (result.weakestSection() != null) {
			Integer weakest = result.sections()
				.stream()
				.filter((s) -> s.section().equals(result.weakestSection()))
				.findFirst()
				.map(AssessmentScoring.SectionScore::score)
				.orElse(null);
			text.append(' ').append(text("assessments.explain.weakest", sectionTitle(result.weakestSection()), weakest));
		}
		if (!result.criticalNos().isEmpty()) {
			text.append(' ')
				.append(result.capped()
						? text("assessments.explain.capped", result.cap(), result.uncapped(),
								String.join(", ", result.criticalNos()))
						: text("assessments.explain.criticalNo", String.join(", ", result.criticalNos())));
		}
		return text.toString();
	}

	private static String formatPoints(double points) {
		return points == Math.rint(points) ? Long.toString((long) points) : Double.toString(points);
	}

	private String sectionTitle(String section) {
		return text("assessments.section." + section);
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, Locale.ENGLISH);
	}

	private List<AssessmentScoring.Item> items(Assessment assessment) {
		List<AssessmentScoring.Item> items = new ArrayList<>();
		for (Question question : this.bank.questions(assessment.getBankVersion(), assessment.getKind())) {
			AssessmentAnswer answer = assessment.answer(question.code()).orElse(null);
			if (answer == null || answer.getAnswer() == null || answer.isPrefilled()) {
				// a prefilled answer counts once the assessor confirmed it
				items.add(new AssessmentScoring.Item(question, null, null));
				continue;
			}
			Question asked = answer.getBankVersion() == question.bankVersion() ? question
					: this.bank.find(answer.getBankVersion(), question.code()).orElse(question);
			items.add(new AssessmentScoring.Item(asked, answer.getAnswer(), answer.getNote()));
		}
		return items;
	}

	private boolean openOfFamily(long vendorId, AssessmentKind kind, String useCase) {
		return this.assessments.findByVendor(vendorId)
			.stream()
			.anyMatch((a) -> a.getStatus().open() && a.getKind().privacyImpact() == kind.privacyImpact()
					&& (!kind.privacyImpact() || Objects.equals(a.getUseCase(), useCase == null ? null : useCase.strip())));
	}

	private static boolean sameFamily(Assessment a, Assessment b) {
		return a.getKind().privacyImpact() == b.getKind().privacyImpact()
				&& (!a.getKind().privacyImpact() || Objects.equals(a.getUseCase(), b.getUseCase()));
	}

	private static String describe(AnswerValue value, String note, boolean prefilled) {
		if (value == null) {
			return null;
		}
		return value + (prefilled ? " (prefilled)" : "") + (note == null ? "" : ": " + note);
	}

	private static boolean currentUserMayEdit() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getAuthorities()
			.stream()
			.anyMatch((a) -> "ROLE_SECURITY_OFFICER".equals(a.getAuthority()) || "ROLE_ADMIN".equals(a.getAuthority()));
	}

	private Assessment load(long id) {
		return this.assessments.findWithAnswers(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	static AssessmentViews.Summary summary(Assessment a) {
		return new AssessmentViews.Summary(a.getId(), a.getVendorId(), a.getKind(), a.getTrigger(), a.getUseCase(),
				a.getStatus(), a.getBankVersion(), a.getAssessorId(), a.getDueOn(), a.getCompletedOn(), a.getScore(),
				a.isCapped(), a.getPreviousId(), a.getVersion());
	}

}
