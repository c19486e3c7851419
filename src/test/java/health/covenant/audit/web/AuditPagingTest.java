package health.covenant.audit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import health.covenant.IntegrationTest;
import health.covenant.TestClock;
import health.covenant.audit.AuditChanges;
import health.covenant.audit.AuditEvent;
import health.covenant.audit.AuditQuery;
import health.covenant.audit.AuditService;
import health.covenant.identity.Role;
import health.covenant.shared.web.KeysetLinks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static health.covenant.WebTestSupport.as;
import static health.covenant.WebTestSupport.htmx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit page reads newest first by keyset ("Newer" / "Older") and offers filter values kept on
 * insert, without counting or scanning the log.
 */
@IntegrationTest
class AuditPagingTest {

	private static final int EVENTS = 2 * AuditController.PAGE_SIZE + 7;

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditService audit;

	@Autowired
	TestClock clock;

	private String type;

	/** Sequence numbers of the test's events, newest first. */
	private final List<Long> newestFirst = new ArrayList<>();

	@BeforeEach
	void setUp() {
		this.type = "Paging" + UUID.randomUUID().toString().substring(0, 8);
		// several events share an instant: the sequence number breaks the tie
		for (int i = 0; i < EVENTS; i++) {
			if (i % 3 == 0) {
				this.clock.advance(java.time.Duration.ofSeconds(1));
			}
			this.audit.recordAs("pager@covenant.test", "PAGED", this.type, i, "Event " + i, AuditChanges.none());
		}
		this.audit.page(new AuditQuery(this.type, null, null, null, null, null), null, null, EVENTS)
			.events()
			.forEach((e) -> this.newestFirst.add(e.seq()));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	private MvcResult page(String url) throws Exception {
		return this.mvc.perform(get(url).with(as(Role.AUDITOR)).with(htmx())).andExpect(status().isOk()).andReturn();
	}

	@SuppressWarnings("unchecked")
	private static List<Long> seqs(MvcResult result) {
		return ((List<AuditEvent>) result.getModelAndView().getModel().get("events")).stream()
			.map(AuditEvent::seq)
			.toList();
	}

	private static KeysetLinks links(MvcResult result) {
		return (KeysetLinks) result.getModelAndView().getModel().get("pageLinks");
	}

	@Test
	void olderAndNewerWalkTheWholeFilteredLogWithoutGapsOrRepeats() throws Exception {
		assertThat(this.newestFirst).hasSize(EVENTS);
		MvcResult first = page("/audit?entityType=" + this.type);
		assertThat(seqs(first)).containsExactlyElementsOf(this.newestFirst.subList(0, AuditController.PAGE_SIZE));
		assertThat(links(first).newer()).isNull();
		assertThat(links(first).newest()).isNull();

		MvcResult second = page(links(first).older());
		assertThat(seqs(second))
			.containsExactlyElementsOf(this.newestFirst.subList(AuditController.PAGE_SIZE, 2 * AuditController.PAGE_SIZE));
		assertThat(links(second).older()).contains("entityType=" + this.type);

		MvcResult last = page(links(second).older());
		assertThat(seqs(last)).containsExactlyElementsOf(this.newestFirst.subList(2 * AuditController.PAGE_SIZE, EVENTS));
		assertThat(links(last).older()).isNull();

		MvcResult back = page(links(last).newer());
		assertThat(seqs(back)).isEqualTo(seqs(second));
		MvcResult backAgain = page(links(back).newer());
		assertThat(seqs(backAgain)).isEqualTo(seqs(first));
		assertThat(links(backAgain).newer()).isNull();
		assertThat(links(backAgain).newest()).doesNotContain("older").doesNotContain("newer");
	}

	@Test
	void aFilterWithNoEventsShowsTheEmptyStateWithoutAPager() throws Exception {
		MvcResult result = page("/audit?entityType=" + this.type + "&action=NEVER_HAPPENED");
		assertThat(seqs(result)).isEmpty();
		assertThat(links(result).hasPages()).isFalse();
		assertThat(result.getResponse().getContentAsString()).contains("No events match these filters.")
			.doesNotContain("class=\"pager\"");
	}

	@Test
	void theActorFilterMatchesTheWholeAddressWhateverItsCase() throws Exception {
		assertThat(seqs(page("/audit?entityType=" + this.type + "&actor=PAGER@covenant.test"))).hasSize(
				AuditController.PAGE_SIZE);
		assertThat(seqs(page("/audit?entityType=" + this.type + "&actor=pager"))).isEmpty();
	}

	@Test
	void theFiltersOfferTheTypesAndActionsRecorded() {
		assertThat(this.audit.filterValues().get("entityTypes")).contains(this.type);
		assertThat(this.audit.filterValues().get("actions")).contains("PAGED");
	}

	@Test
	void aBadPageKeyIsABadRequest() throws Exception {
		this.mvc.perform(get("/audit").param("older", "x").with(as(Role.ADMIN))).andExpect(status().isBadRequest());
	}

}
