package health.covenant.certifications;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One certification in a list, from its stored schedule, with its state on the day it was read.
 *
 * @param renewed whether a newer report of the same type replaced it
 * @param verified whether a security officer read it
 */
public record CertificationRow(long id, long vendorId, String vendorName, CertificationType type, LocalDate reportDate,
		CertificationValidity.Schedule schedule, CertificationState state, LocalDate today, boolean renewed,
		boolean verified) {

	/** Days from today to its last day counted (negative once lapsed). */
	public long daysLeft() {
		return ChronoUnit.DAYS.between(this.today, this.schedule.validUntil());
	}

	/** The date that matters next for its state: the lapse, or the interim / surveillance due day. */
	public LocalDate nextDate() {
		if (this.state == CertificationState.INTERIM_DUE) {
			return this.schedule.interimDueOn();
		}
		if (this.state == CertificationState.SURVEILLANCE_DUE) {
			return this.schedule.surveillanceDueOn();
		}
		return this.schedule.validUntil();
	}

}
