package health.covenant.e2e;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import health.covenant.TestClock;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A browser test: the whole application on a random port (embedded PostgreSQL, {@link TestClock}),
 * one headless Chromium per test class, reused by its tests, given to test methods as a
 * {@link Browser} parameter. Every browser suite uses exactly this annotation and nothing else
 * that configures Spring, so all of them share one application context per JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.Configuration.class)
@ExtendWith(BrowserExtension.class)
public @interface EndToEnd {

}
