package health.covenant.agreements;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/**
 * What a vendor's executed BAA in force today says about reporting a breach to us, with the agreement it
 * comes from (its source).
 *
 * @param agreementId the BAA
 * @param effectiveDate the day it took effect
 * @param window the contractual breach-notice window; null when the BAA sets none (then 164.410(b)'s 60
 * calendar days apply)
 */
@NamedInterface("api")
public record BreachNoticeCommitment(long agreementId, LocalDate effectiveDate, BreachNoticeWindow window) {

	/** The window that binds the vendor: the contract's, else the 60 calendar days of 164.410(b). */
	public BreachNoticeWindow effectiveWindow() {
		return this.window != null ? this.window
				: new BreachNoticeWindow(BreachNoticeWindow.HIPAA_MAX_CALENDAR_DAYS, BreachNoticeUnit.CALENDAR_DAYS);
	}

}
