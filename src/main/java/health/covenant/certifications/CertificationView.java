package health.covenant.certifications;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One certification as its page shows it: what was recorded, its schedule and state today, who
 * verified it.
 */
public record CertificationView(long id, long version, long vendorId, String vendorName, CertificationDetails details,
		CertificationValidity.Schedule schedule, CertificationState state, LocalDate today, String verifiedBy,
		Instant verifiedAt, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

	public boolean verified() {
		return this.verifiedAt != null;
	}

}
