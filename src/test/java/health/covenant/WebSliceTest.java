package health.covenant;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import health.covenant.audit.AuditService;
import health.covenant.identity.UserService;
import health.covenant.identity.WebSliceSecurity;
import health.covenant.shared.DemoMode;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A web slice: the given controllers with MVC, Thymeleaf, the htmx dialect and the application's real security
 * configuration (roles on routes and on controller methods, CSRF), and no database. The services the
 * controllers call are Mockito mocks the test declares with {@code @MockitoBean}; {@link UserService} and
 * {@link AuditService} are mocked here because sign-in needs them. For a controller's role and validation rules;
 * what needs the database stays in an {@link IntegrationTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import(WebSliceSecurity.class)
@MockitoBean(types = { UserService.class, AuditService.class, DemoMode.class, JdbcOperations.class,
		TransactionTemplate.class })
public @interface WebSliceTest {

	/** The controllers under test. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value() default {};

}
