package health.covenant.incidents;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import health.covenant.IntegrationTest;
import health.covenant.TestClock;
import health.covenant.agreements.AgreementDetails;
import health.covenant.agreements.AgreementKind;
import health.covenant.agreements.AgreementService;
import health.covenant.agreements.AgreementStatus;
import health.covenant.agreements.BreachNoticeUnit;
import health.covenant.obligations.Obligation;
import health.covenant.obligations.ObligationKind;
import health.covenant.obligations.ObligationQuery;
import health.covenant.obligations.ObligationService;
import health.covenant.shared.SystemActor;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.VendorDetails;
import health.covenant.vendors.VendorService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Incidents on the database: the vendor's commitment read from its BAA, our deadlines as obligations (done
 * once the notice is recorded, gone with a low probability of compromise), the stored next deadline the
 * list filters on, the audit trail and the roles.
 */
@IntegrationTest
@RecordApplicationEvents
@WithMockUser(username = "security@covenant.test", roles = "SECURITY_OFFICER")
class IncidentServiceTest {

	@Autowired
	ApplicationEvents events;

	@Autowired
	IncidentService incidents;

	@Autowired
	IncidentQueries queries;

	@Autowired
	VendorService vendors;

	@Autowired
	AgreementService agreements;

	@Autowired
	ObligationService obligations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	long vendor(String name) {
		long[] id = new long[1];
		SystemActor.runAs(() -> id[0] = this.vendors.register(
				VendorDetails.named(name + " " + UUID.randomUUID().toString().substring(0, 8), PhiAccess.PHI)));
		return id[0];
	}

	IncidentDetails breach(int affected, Map<String, Integer> states) {
		LocalDate today = this.clock.today();
		return new IncidentDetails(IncidentKind.BREACH_OF_UNSECURED_PHI, IncidentStatus.OPEN, today.minusDays(20),
				today.minusDays(15), today.minusDays(1), null, true, affected, false, "Misdirected export", null,
				states.entrySet().stream().map((e) -> new StateCount(e.getKey(), e.getValue())).toList());
	}

	/** The incident's deadlines of the vendor (its proposed triggered assessment has its own obligation). */
	Map<String, Obligation> obligationsOf(long vendorId) {
		return this.obligations.search(new ObligationQuery(null, null, vendorId, null, null, true, true), 50)
			.stream()
			.filter((o) -> o.key().startsWith("incident:"))
			.collect(Collectors.toMap(Obligation::key, (o) -> o));
	}

	@Test
	@WithMockUser(username = "admin@covenant.test", roles = "ADMIN")
	void theVendorsWindowComesFromItsBaaInForceAndTheReportIsCheckedAgainstIt() {
		LocalDate today = this.clock.today();
		long vendor = vendor("Windowed Scribe");
		long baa = this.agreements.create(vendor,
				new AgreementDetails(AgreementKind.BAA, AgreementStatus.EXECUTED, today.minusYears(1),
						today.plusYears(1), false, null, 30, 5, BreachNoticeUnit.BUSINESS_DAYS, today.minusYears(1),
						"Jane Doe", null, null));
		long id = this.incidents.record(vendor, breach(20, Map.of()));
		IncidentView view = this.queries.get(id);
		assertThat(view.commitmentAgreementId()).isEqualTo(baa);
		assertThat(view.commitment()).isEqualTo(new health.covenant.agreements.BreachNoticeWindow(5,
				BreachNoticeUnit.BUSINESS_DAYS));
		// discovered 15 days ago, 5 business days allowed, reported yesterday: late
		assertThat(view.slaMissed()).isTrue();
		assertThat(this.queries.page(new IncidentQuery(false, vendor, null, null, true), Pageable.ofSize(25))
			.getContent()).extracting(IncidentRow::id).containsExactly(id);
		// the vendor page: its incidents and its SLA record
		assertThat(this.queries.forVendor(vendor, 10)).extracting(IncidentRow::id).containsExactly(id);
		assertThat(this.queries.slaRecord(vendor)).isEqualTo(new IncidentQueries.SlaRecord(1, 1));
	}

	@Test
	void theSeededStateRulesAllNeedLegalReview() {
		List<StateBreachRule> rules = this.queries.stateRules();
		assertThat(rules).allSatisfy((rule) -> assertThat(rule.needsLegalReview()).isTrue());
		assertThat(rules).extracting(StateBreachRule::stateCode, StateBreachRule::window)
			.contains(org.assertj.core.groups.Tuple.tuple("CO",
					new health.covenant.agreements.BreachNoticeWindow(30, BreachNoticeUnit.CALENDAR_DAYS)),
					org.assertj.core.groups.Tuple.tuple("FL",
							new health.covenant.agreements.BreachNoticeWindow(30, BreachNoticeUnit.CALENDAR_DAYS)),
					org.assertj.core.groups.Tuple.tuple("CA",
							new health.covenant.agreements.BreachNoticeWindow(15, BreachNoticeUnit.BUSINESS_DAYS)));
		assertThat(rules).allSatisfy((rule) -> assertThat(rule.window().maxCalendarDays()).isLessThan(60));
	}

	@Test
	void withoutABaaTheSixtyDaysOfTheLawApply() {
		long id = this.incidents.record(vendor("Unsigned Scribe"), breach(20, Map.of()));
		IncidentView view = this.queries.get(id);
		assertThat(view.commitmentAgreementId()).isNull();
		assertThat(view.commitment().value()).isEqualTo(60);
		assertThat(view.slaMissed()).isFalse();
	}

	@Test
	void ourDeadlinesAreObligationsUntilTheNoticeIsRecorded() {
		long vendor = vendor("Leaky Scribe");
		LocalDate reported = this.clock.today().minusDays(1);
		long id = this.incidents.record(vendor, breach(700, Map.of("CO", 400, "TX", 300)));
		await().atMost(Duration.ofSeconds(10)).until(() -> obligationsOf(vendor).size() == 3);
		Map<String, Obligation> owed = obligationsOf(vendor);
		assertThat(owed.get("incident:" + id + ":individuals").kind()).isEqualTo(ObligationKind.BREACH_NOTICE_INDIVIDUALS);
		assertThat(owed.get("incident:" + id + ":individuals").dueDate()).isEqualTo(reported.plusDays(60));
		assertThat(owed.get("incident:" + id + ":hhs").dueDate()).isEqualTo(reported.plusDays(60));
		assertThat(owed.get("incident:" + id + ":state:CO").kind()).isEqualTo(ObligationKind.BREACH_NOTICE_STATE);
		assertThat(owed.get("incident:" + id + ":state:CO").dueDate()).isEqualTo(reported.plusDays(30));
		// the list's stored next deadline: Colorado's
		assertThat(this.queries.page(new IncidentQuery(true, vendor, null, 29, false), Pageable.ofSize(25))
			.getContent()).extracting(IncidentRow::nextDeadline).containsExactly(reported.plusDays(30));

		this.incidents.recordNotice(id, NoticeAudience.STATE, "CO", this.clock.today());
		await().atMost(Duration.ofSeconds(10)).until(() -> obligationsOf(vendor).get("incident:" + id + ":state:CO").done());
		assertThat(obligationsOf(vendor).get("incident:" + id + ":individuals").done()).isFalse();
		assertThat(this.queries.page(new IncidentQuery(true, vendor, null, 29, false), Pageable.ofSize(25))
			.getContent()).isEmpty();
		assertThat(this.queries.get(id).timeline()).extracting(IncidentView.Entry::messageKey)
			.contains("incident.timeline.given.STATE", "incident.timeline.due.INDIVIDUALS");

		// a notice recorded by mistake is taken back: Colorado's deadline is owed again
		this.incidents.recordNotice(id, NoticeAudience.STATE, "CO", null);
		await().atMost(Duration.ofSeconds(10)).until(() -> !obligationsOf(vendor).get("incident:" + id + ":state:CO").done());
		assertThat(this.queries.get(id).notices()).filteredOn((n) -> n.deadline().key().equals("state:CO"))
			.singleElement()
			.satisfies((n) -> assertThat(n.given()).isFalse());
	}

	@Test
	void aLowProbabilityOfCompromiseRemovesTheDeadlinesAndAPresumedBreachBringsThemBack() {
		long vendor = vendor("Cautious Scribe");
		long id = this.incidents.record(vendor, breach(10, Map.of()));
		await().atMost(Duration.ofSeconds(10)).until(() -> obligationsOf(vendor).size() == 2);
		this.incidents.assess(id, this.queries.get(id).version(), new RiskAssessment("Names only", "A covered entity",
				"Not viewed: returned unopened", "Attested destruction", RiskConclusion.LOW_PROBABILITY));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> obligationsOf(vendor).values().stream().allMatch(Obligation::done));
		assertThat(this.queries.get(id).notices()).isEmpty();
		this.incidents.assess(id, this.queries.get(id).version(),
				new RiskAssessment(null, null, null, null, RiskConclusion.BREACH_PRESUMED));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> obligationsOf(vendor).values().stream().noneMatch(Obligation::done));
	}

	@Test
	void aSecurityIncidentWithoutPhiOwesNothing() {
		long vendor = vendor("Probed Scribe");
		LocalDate today = this.clock.today();
		long id = this.incidents.record(vendor, new IncidentDetails(IncidentKind.SECURITY_INCIDENT, IncidentStatus.OPEN,
				null, today.minusDays(3), today.minusDays(2), null, false, null, false, "Port scan", null, List.of()));
		IncidentView view = this.queries.get(id);
		assertThat(view.notices()).isEmpty();
		assertThat(view.sla()).isNull();
		assertThat(obligationsOf(vendor)).isEmpty();
	}

	@Test
	void recordingAndChangingAnIncidentIsPublishedForTheRiskModelAndAssessments() {
		long vendor = vendor("Published Scribe");
		long id = this.incidents.record(vendor, breach(10, Map.of()));
		this.incidents.recordNotice(id, NoticeAudience.INDIVIDUALS, null, this.clock.today());
		assertThat(this.events.stream(VendorIncidentRecorded.class))
			.containsExactly(new VendorIncidentRecorded(id, vendor, IncidentKind.BREACH_OF_UNSECURED_PHI, true, false));
		assertThat(this.events.stream(VendorIncidentChanged.class))
			.containsExactly(new VendorIncidentChanged(id, vendor, IncidentStatus.OPEN, false));
	}

	@Test
	void everyChangeIsAuditedWithBeforeAndAfter() {
		long id = this.incidents.record(vendor("Audited Scribe"), breach(10, Map.of()));
		this.incidents.recordNotice(id, NoticeAudience.INDIVIDUALS, null, this.clock.today());
		List<String> actions = this.jdbc
			.sql("select action from audit_event where entity_type = 'VendorIncident' and entity_id = ? order by seq")
			.param(String.valueOf(id))
			.query(String.class)
			.list();
		assertThat(actions).containsExactly("INCIDENT_RECORDED", "INCIDENT_NOTICE_RECORDED");
	}

	@Test
	@WithMockUser(username = "admin@covenant.test", roles = "ADMIN")
	void aRenamedVendorIsRenamedInTheList() {
		long vendor = vendor("Old Name Scribe");
		long id = this.incidents.record(vendor, breach(10, Map.of()));
		String renamed = "New Name Scribe " + UUID.randomUUID().toString().substring(0, 8);
		var view = this.vendors.getView(vendor);
		this.vendors.update(vendor, view.version(), VendorDetails.named(renamed, PhiAccess.PHI));
		assertThat(this.queries.page(new IncidentQuery(false, vendor, null, null, false), Pageable.ofSize(25))
			.getContent()).extracting(IncidentRow::vendorName).containsExactly(renamed);
		assertThat(id).isPositive();
	}

	@Test
	@WithMockUser(username = "procurement@covenant.test", roles = "PROCUREMENT")
	void procurementMayNotRecord() {
		assertThatThrownBy(() -> this.incidents.record(1L, breach(1, Map.of()))).isInstanceOf(AccessDeniedException.class);
	}

}
