package health.covenant.shared.web;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationEntryTest {

	private static final List<NavigationEntry> ENTRIES = List.of(
			new NavigationEntry("dashboard", "nav.dashboard", "/", 0, Set.of()),
			new NavigationEntry("certifications", "nav.certifications", "/certifications", 25, Set.of()),
			new NavigationEntry("vendorAudits", "nav.vendorAudits", "/certifications/audits", 26, Set.of()));

	@Test
	void thePageBelongsToTheEntryWithTheLongestMatchingPath() {
		assertThat(NavigationEntry.activeKey(ENTRIES, "/certifications/audits")).isEqualTo("vendorAudits");
		assertThat(NavigationEntry.activeKey(ENTRIES, "/certifications/audits/12/edit")).isEqualTo("vendorAudits");
		assertThat(NavigationEntry.activeKey(ENTRIES, "/certifications/12")).isEqualTo("certifications");
		assertThat(NavigationEntry.activeKey(ENTRIES, "/certifications")).isEqualTo("certifications");
		assertThat(NavigationEntry.activeKey(ENTRIES, "/")).isEqualTo("dashboard");
		assertThat(NavigationEntry.activeKey(ENTRIES, "/certificationsx")).isNull();
		assertThat(NavigationEntry.activeKey(ENTRIES, "/vendors/3")).isNull();
	}

}
