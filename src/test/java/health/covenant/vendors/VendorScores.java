package health.covenant.vendors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data: a vendor the risk module has not scored yet. The risk module scores every vendor as soon as
 * it is registered, so a vendor without a score exists only between a deployment and the first rebuild;
 * the pages and e-mails that say "not scored yet" are tested by taking the score away again.
 */
public final class VendorScores {

	private VendorScores() {
	}

	public static void forget(JdbcClient jdbc, long vendorId) {
		jdbc.sql("UPDATE vendor SET risk_tier = NULL, risk_residual = NULL, risk_tier_overridden = FALSE WHERE id = ?")
			.param(vendorId)
			.update();
	}

}
