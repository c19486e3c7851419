package health.covenant.agreements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An agreement as its page shows it, with the dates computed for today.
 *
 * @param standing ended (how, when) or live, and a later version taking effect
 * @param history earlier versions, newest first (each superseded by the next)
 * @param supersededById the version that replaced (or will replace) this one, if any
 * @param missingRequired codes of required clauses not fulfilled (BAAs only)
 * @param phiReturnedOn the day the vendor returned or destroyed our PHI (BAAs), if recorded
 */
public record AgreementView(long id, long version, long vendorId, String vendorName, AgreementDetails details,
		AgreementTerms.Schedule schedule, AgreementStanding standing, LocalDate today, String ownerName,
		Long supersedesId, Long supersededById, List<AgreementRow> history, List<String> missingRequired,
		LocalDate phiReturnedOn, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

	public AgreementKind kind() {
		return this.details.kind();
	}

	/** The stored status (the one status changes start from). */
	public AgreementStatus status() {
		return this.details.status();
	}

	/** The status to show (superseded once a later version took effect). */
	public AgreementStatus shownStatus() {
		return this.standing.shownStatus(status());
	}

	public Long daysToNoticeDeadline() {
		return this.schedule.daysToNoticeDeadline(this.today);
	}

	public BreachNoticeWindow breachNoticeWindow() {
		return this.details.breachNoticeWindow();
	}

	/** Whether a new version of it may be started (none follows yet, and it was not terminated or superseded). */
	public boolean newVersionAllowed() {
		return this.supersededById == null && status().canHaveNewVersion();
	}

	/** A BAA that was executed may record the return or destruction of the PHI it covered. */
	public boolean phiReturnRecordable() {
		return kind() == AgreementKind.BAA && status().wasExecuted();
	}

}
