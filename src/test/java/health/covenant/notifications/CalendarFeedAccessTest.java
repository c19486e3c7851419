package health.covenant.notifications;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import health.covenant.IntegrationTest;
import health.covenant.TestClock;
import health.covenant.identity.ManagedUser;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.obligations.ObligationKind;
import health.covenant.obligations.ObligationService;
import health.covenant.obligations.TestObligationSource;
import health.covenant.shared.SystemActor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A calendar feed follows its account at request time: enabled, and holding a role that has obligations. */
@IntegrationTest
class CalendarFeedAccessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	CalendarFeeds feeds;

	@Autowired
	TestObligationSource source;

	@Autowired
	ObligationService obligations;

	@Autowired
	TestClock clock;

	/** A legal user owning one obligation titled {@code title}, with a feed; returns the feed path. */
	private String legalUserWithFeed(String email, String title) {
		String[] path = new String[1];
		SystemActor.runAs(() -> {
			UserSummary legal = this.users.createUser(email, "Feed Owner", "not-used-password-1", Set.of(Role.LEGAL),
					TestClock.ZONE);
			long subject = Obligations.newSubjectId();
			this.source.put(subject, List.of(Obligations.draft(subject, ObligationKind.AGREEMENT_TERM_END, title,
					this.clock.today().plusDays(40), legal.id(), false)));
			this.obligations.refreshSubject(TestObligationSource.SUBJECT_TYPE, subject);
			String url = this.feeds.create(legal.id());
			path[0] = url.substring(url.indexOf("/calendar/"));
		});
		return path[0];
	}

	private void change(String email, Set<Role> roles, boolean enabled) {
		SystemActor.runAs(() -> {
			ManagedUser user = this.users.managedUser(this.users.findByEmail(email).orElseThrow().id());
			this.users.update(user.id(), user.version(), user.displayName(), roles, enabled);
		});
	}

	@Test
	void aDisabledUsersFeedAnswersLikeAnUnknownToken() throws Exception {
		String email = "feed-" + UUID.randomUUID() + "@covenant.test";
		String title = "Off-" + UUID.randomUUID().toString().substring(0, 8);
		String feed = legalUserWithFeed(email, title);
		this.mvc.perform(get(feed)).andExpect(status().isOk()).andExpect(content().string(containsString(title)));
		change(email, EnumSet.of(Role.LEGAL), false);
		this.mvc.perform(get(feed)).andExpect(status().isNotFound());
	}

	@Test
	void aFeedFollowsTheAccountsCurrentRoles() throws Exception {
		String email = "feed-" + UUID.randomUUID() + "@covenant.test";
		String title = "Role-" + UUID.randomUUID().toString().substring(0, 8);
		String feed = legalUserWithFeed(email, title);
		change(email, EnumSet.of(Role.AUDITOR), true);
		this.mvc.perform(get(feed)).andExpect(status().isNotFound());
		change(email, EnumSet.of(Role.AUDITOR, Role.PROCUREMENT), true);
		this.mvc.perform(get(feed)).andExpect(status().isOk()).andExpect(content().string(containsString(title)));
	}

}
