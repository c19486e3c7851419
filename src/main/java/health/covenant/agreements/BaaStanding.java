package health.covenant.agreements;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/**
 * How a vendor stands with its BAA today, for the risk model.
 *
 * @param vendorId the vendor
 * @param current an executed BAA covering the vendor is in force today
 * @param agreementId that BAA (the latest to take effect), or the vendor's latest BAA of any status, null
 * when it has none
 * @param missingRequired required clauses the current BAA misses
 * @param currentUntil the last day of the current BAA's term, null when evergreen or none is current
 * @param breachNoticeDays the longest the current BAA's breach-notice window can last in calendar days
 * (164.410(b)'s 60 when it sets none), null when none is current
 */
@NamedInterface("api")
public record BaaStanding(long vendorId, boolean current, Long agreementId, int missingRequired,
		LocalDate currentUntil, Long breachNoticeDays) {
}
