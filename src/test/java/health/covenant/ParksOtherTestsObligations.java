package health.covenant;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Parks the other tests' obligations around each test of an {@link IntegrationTest} class that runs the
 * reminder engine (see {@link OtherTestsObligations}): without it, one run late in the suite reminds
 * and mails for every obligation the earlier tests left due (thousands of e-mails, minutes per run).
 * Use with {@code @ExtendWith(ParksOtherTestsObligations.class)}.
 */
public final class ParksOtherTestsObligations implements BeforeEachCallback, AfterEachCallback {

	private static final Namespace NAMESPACE = Namespace.create(ParksOtherTestsObligations.class);

	@Override
	public void beforeEach(ExtensionContext context) {
		JdbcClient jdbc = SpringExtension.getApplicationContext(context).getBean(JdbcClient.class);
		OtherTestsObligations parked = new OtherTestsObligations(jdbc);
		parked.park();
		context.getStore(NAMESPACE).put(OtherTestsObligations.class, parked);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		OtherTestsObligations parked = context.getStore(NAMESPACE)
			.remove(OtherTestsObligations.class, OtherTestsObligations.class);
		if (parked != null) {
			parked.restore();
		}
	}

}
