package health.covenant.agreements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An agreement as its page shows it, with the dates computed for today.
 *
 * @param history earlier versions, newest first (each superseded by the next)
 * @param supersededById the version that replaced this one, if any
 * @param missingRequired codes of required clauses not found present (BAAs only)
 */
public record AgreementView(long id, long version, long vendorId, String vendorName, AgreementDetails details,
		AgreementTerms.Schedule schedule, LocalDate today, String ownerName, Long supersedesId,
		Long supersededById, List<AgreementRow> history, List<String> missingRequired, Instant createdAt,
		String createdBy, Instant updatedAt, String updatedBy) {

	public AgreementKind kind() {
		return this.details.kind();
	}

	public AgreementStatus status() {
		return this.details.status();
	}

	public Long daysToNoticeDeadline() {
		return this.schedule.daysToNoticeDeadline(this.today);
	}

	public BreachNoticeWindow breachNoticeWindow() {
		return this.details.breachNoticeWindow();
	}

}
