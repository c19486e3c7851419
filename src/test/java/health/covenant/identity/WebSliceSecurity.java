package health.covenant.identity;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import health.covenant.TestClock;
import health.covenant.identity.mfa.PasskeySignIn;
import health.covenant.identity.mfa.SecondFactorSignIn;
import health.covenant.shared.CovenantProperties;
import health.covenant.shared.OrganisationClock;
import health.covenant.shared.OrganisationTimeZone;
import health.covenant.shared.web.Dates;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * What a {@link health.covenant.WebSliceTest web slice} needs besides its controllers: the application's own
 * security configuration (filter chain, method security for the controllers' {@code @PreAuthorize}, the
 * second-factor and passkey parts of sign-in), the clock and the date formatter the templates use. Spring Boot 4
 * no longer brings security into {@code @WebMvcTest} by itself (that moved to a separate test module), so the
 * three security auto-configurations are imported here.
 */
@TestConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({ SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
		SecurityFilterAutoConfiguration.class })
@EnableConfigurationProperties(CovenantProperties.class)
@Import({ SecurityConfiguration.class, SecondFactorSignIn.class, PasskeySignIn.class, TestClock.Configuration.class,
		OrganisationTimeZone.class, OrganisationClock.class, Dates.class })
public class WebSliceSecurity {

	/**
	 * The one query the security filters make on every signed-in request (the account and its current roles): it
	 * answers the role named by the e-mail of {@link health.covenant.WebTestSupport#as} (for example
	 * {@code security-officer@covenant.test} has SECURITY_OFFICER), so a signed-in test user stays signed in.
	 */
	@Bean
	@SuppressWarnings("unchecked")
	JdbcClient jdbcClient() {
		AtomicReference<String> email = new AtomicReference<>("");
		JdbcClient.StatementSpec statement = mock(JdbcClient.StatementSpec.class);
		JdbcClient.MappedQuerySpec<UserSummary> query = mock(JdbcClient.MappedQuerySpec.class);
		given(statement.param(eq("email"), any())).willAnswer((invocation) -> {
			email.set(invocation.getArgument(1));
			return statement;
		});
		given(statement.query(any(RowMapper.class))).willReturn(query);
		given(query.optional()).willAnswer((invocation) -> {
			String role = email.get().substring(0, Math.max(0, email.get().indexOf('@'))).toUpperCase(Locale.ROOT).replace('-', '_');
			Set<Role> roles = Arrays.stream(Role.values()).anyMatch((known) -> known.name().equals(role))
					? EnumSet.of(Role.valueOf(role)) : EnumSet.noneOf(Role.class);
			return Optional.of(new UserSummary(1L, email.get(), role, roles, true, ZoneId.of("America/New_York"),
					NotificationPreference.IMMEDIATE, false));
		});
		JdbcClient jdbc = mock(JdbcClient.class);
		given(jdbc.sql(anyString())).willReturn(statement);
		return jdbc;
	}

	/** Nobody signs in with a password in a slice: tests act as a user through MockMvc. */
	@Bean
	UserDetailsService userDetailsService() {
		return (name) -> {
			throw new UsernameNotFoundException("no users in a web slice");
		};
	}

}
