package health.covenant;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * For an {@link IntegrationTest} class that steps the reminder engine through days and asserts on the
 * e-mails of its own people: around each test, the other tests' accounts are disabled
 * ({@link OtherTestsAccounts}) and their obligations parked ({@link OtherTestsObligations}); afterwards
 * the test clock is reset and both are restored. Use with {@code @ExtendWith(RemindsOnlyThisTest.class)}.
 */
public final class RemindsOnlyThisTest implements BeforeEachCallback, AfterEachCallback {

	private static final Namespace NAMESPACE = Namespace.create(RemindsOnlyThisTest.class);

	@Override
	public void beforeEach(ExtensionContext context) {
		JdbcClient jdbc = SpringExtension.getApplicationContext(context).getBean(JdbcClient.class);
		OtherTestsAccounts accounts = new OtherTestsAccounts(jdbc);
		accounts.disable();
		context.getStore(NAMESPACE).put(OtherTestsAccounts.class, accounts);
		OtherTestsObligations obligations = new OtherTestsObligations(jdbc);
		obligations.park();
		context.getStore(NAMESPACE).put(OtherTestsObligations.class, obligations);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		ApplicationContext application = SpringExtension.getApplicationContext(context);
		application.getBean(TestClock.class).reset();
		OtherTestsObligations obligations = context.getStore(NAMESPACE)
			.remove(OtherTestsObligations.class, OtherTestsObligations.class);
		if (obligations != null) {
			obligations.restore();
		}
		OtherTestsAccounts accounts = context.getStore(NAMESPACE).remove(OtherTestsAccounts.class, OtherTestsAccounts.class);
		if (accounts != null) {
			accounts.restore();
		}
	}

}
