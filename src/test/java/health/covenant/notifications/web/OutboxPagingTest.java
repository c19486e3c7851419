package health.covenant.notifications.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import health.covenant.IntegrationTest;
import health.covenant.TestClock;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.notifications.Outbox;
import health.covenant.shared.SystemActor;
import health.covenant.shared.web.KeysetLinks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static health.covenant.WebTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The outbox list reads 25 messages a page, newest first, by keyset ("Newer" / "Older"). */
@IntegrationTest
class OutboxPagingTest {

	private static final int MESSAGES = NotificationsController.PAGE_SIZE + 6;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	/** Ids of the test's messages, newest first. */
	private List<Long> newestFirst;

	@Autowired
	UserService users;

	@BeforeEach
	void setUp() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long[] recipient = new long[1];
		SystemActor.runAs(() -> recipient[0] = this.users.createUser("outbox-" + tag + "@covenant.test", "Outbox " + tag,
				"not-used-password-1", Set.of(Role.LEGAL), TestClock.ZONE).id());
		// queued long before anything else, so that they are the oldest cancelled messages there are;
		// pairs share an instant: the id breaks the tie
		this.jdbc.sql("""
				INSERT INTO notification (dedup_key, recipient_user_id, recipient_email, subject, html_body, text_body,
				    status, next_attempt_at, created_at, created_by, updated_at, updated_by)
				SELECT 'paging:' || :tag || ':' || g, :recipient, 'pager@covenant.test',
				    'Paging ' || :tag || ' ' || g, '<p>x</p>', 'x', 'CANCELLED', now(),
				    TIMESTAMPTZ '1990-01-01 00:00:00+00' + (g / 2) * INTERVAL '1 minute', 'test', now(), 'test'
				FROM generate_series(1, :count) AS g
				""").param("tag", tag).param("recipient", recipient[0]).param("count", MESSAGES + 1).update();
		this.newestFirst = this.jdbc
			.sql("SELECT id FROM notification WHERE dedup_key LIKE :prefix ORDER BY created_at DESC, id DESC")
			.param("prefix", "paging:" + tag + ":%")
			.query(Long.class)
			.list();
	}

	private MvcResult page(String url) throws Exception {
		return this.mvc.perform(get(url).with(as(Role.ADMIN))).andExpect(status().isOk()).andReturn();
	}

	@SuppressWarnings("unchecked")
	private static List<Long> ids(MvcResult result) {
		return ((List<Outbox.Entry>) result.getModelAndView().getModel().get("entries")).stream()
			.map(Outbox.Entry::id)
			.toList();
	}

	private static KeysetLinks links(MvcResult result) {
		return (KeysetLinks) result.getModelAndView().getModel().get("pageLinks");
	}

	@Test
	void olderAndNewerPagesFollowEachOtherWithoutGapsOrRepeats() throws Exception {
		// start just after the newest test message: everything older is the test's own
		MvcResult older = page("/notifications?status=CANCELLED&older=" + this.newestFirst.get(0));
		assertThat(ids(older)).hasSize(NotificationsController.PAGE_SIZE)
			.containsExactlyElementsOf(this.newestFirst.subList(1, NotificationsController.PAGE_SIZE + 1));
		assertThat(links(older).newest()).contains("status=CANCELLED").doesNotContain("older=");

		MvcResult last = page(links(older).older());
		assertThat(ids(last)).containsExactlyElementsOf(
				this.newestFirst.subList(NotificationsController.PAGE_SIZE + 1, this.newestFirst.size()));
		assertThat(links(last).older()).isNull();

		assertThat(ids(page(links(last).newer()))).isEqualTo(ids(older));
	}

	@Test
	void theFirstPageHasNoNewerLinkAndAtMostAPageOfMessages() throws Exception {
		MvcResult first = page("/notifications");
		assertThat(ids(first)).hasSize(NotificationsController.PAGE_SIZE);
		assertThat(links(first).newer()).isNull();
		assertThat(links(first).older()).contains("older=");
		assertThat(first.getResponse().getContentAsString()).contains(">Older</a>");
	}

	@Test
	void anUnknownStatusIsABadRequest() throws Exception {
		this.mvc.perform(get("/notifications").param("status", "LOST").with(as(Role.ADMIN)))
			.andExpect(status().isBadRequest());
	}

}
