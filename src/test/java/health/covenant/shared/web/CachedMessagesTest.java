package health.covenant.shared.web;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CachedMessagesTest {

	private final AtomicInteger lookups = new AtomicInteger();

	private final StaticMessageSource source = new StaticMessageSource() {
		@Override
		protected String resolveCodeWithoutArguments(String code, Locale locale) {
			CachedMessagesTest.this.lookups.incrementAndGet();
			return super.resolveCodeWithoutArguments(code, locale);
		}
	};

	private final CachedMessages.Cache cache = new CachedMessages.Cache(this.source);

	CachedMessagesTest() {
		this.source.addMessage("vendor.status", Locale.ENGLISH, "Status");
		this.source.addMessage("vendor.count", Locale.ENGLISH, "{0} vendors");
		this.source.addMessage("quoted", Locale.ENGLISH, "It''s {0}");
	}

	@Test
	void aMessageWithoutArgumentsIsLookedUpOnceAndGivesTheSameText() {
		assertThat(this.cache.getMessage("vendor.status", null, Locale.ENGLISH)).isEqualTo("Status");
		assertThat(this.cache.getMessage("vendor.status", new Object[0], Locale.ENGLISH)).isEqualTo("Status");
		assertThat(this.cache.getMessage("vendor.status", null, "default", Locale.ENGLISH)).isEqualTo("Status");
		assertThat(this.lookups).hasValue(1);
	}

	@Test
	void messagesWithArgumentsAreFormattedEveryTime() {
		assertThat(this.cache.getMessage("vendor.count", new Object[] { 3 }, Locale.ENGLISH)).isEqualTo("3 vendors");
		assertThat(this.cache.getMessage("vendor.count", new Object[] { 4 }, Locale.ENGLISH)).isEqualTo("4 vendors");
		assertThat(this.cache.getMessage("quoted", new Object[] { "late" }, Locale.ENGLISH)).isEqualTo("It's late");
	}

	@Test
	void aMissingMessageStaysMissingAndIsNotKept() {
		assertThatExceptionOfType(NoSuchMessageException.class)
			.isThrownBy(() -> this.cache.getMessage("no.such", null, Locale.ENGLISH));
		assertThat(this.cache.getMessage("no.such", null, "fallback", Locale.ENGLISH)).isEqualTo("fallback");
		this.source.addMessage("no.such", Locale.ENGLISH, "Added later");
		assertThat(this.cache.getMessage("no.such", null, Locale.ENGLISH)).isEqualTo("Added later");
	}

	@Test
	void eachLocaleHasItsOwnTexts() {
		this.source.addMessage("vendor.status", Locale.FRENCH, "Statut");
		assertThat(this.cache.getMessage("vendor.status", null, Locale.ENGLISH)).isEqualTo("Status");
		assertThat(this.cache.getMessage("vendor.status", null, Locale.FRENCH)).isEqualTo("Statut");
	}

}
