package health.covenant;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * For an {@link IntegrationTest} class that steps the reminder engine through days and asserts on the
 * e-mails of its own people: around each test, the other tests' obligations are parked
 * ({@link ParksOtherTestsObligations}) and their accounts disabled ({@link OtherTestsAccounts});
 * afterwards the test clock is reset and both are restored. Use with
 * {@code @ExtendWith(RemindsOnlyThisTest.class)}.
 */
public final class RemindsOnlyThisTest implements BeforeEachCallback, AfterEachCallback {

	private static final Namespace NAMESPACE = Namespace.create(RemindsOnlyThisTest.class);

	private final ParksOtherTestsObligations obligations = new ParksOtherTestsObligations();

	@Override
	public void beforeEach(ExtensionContext context) {
		OtherTestsAccounts accounts = new OtherTestsAccounts(
				SpringExtension.getApplicationContext(context).getBean(JdbcClient.class));
		accounts.disable();
		context.getStore(NAMESPACE).put(OtherTestsAccounts.class, accounts);
		this.obligations.beforeEach(context);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		SpringExtension.getApplicationContext(context).getBean(TestClock.class).reset();
		this.obligations.afterEach(context);
		OtherTestsAccounts accounts = context.getStore(NAMESPACE).remove(OtherTestsAccounts.class, OtherTestsAccounts.class);
		if (accounts != null) {
			accounts.restore();
		}
	}

}
