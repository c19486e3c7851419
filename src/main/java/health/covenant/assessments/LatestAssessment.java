package health.covenant.assessments;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/**
 * A vendor's latest completed assessment and when its next is due, as the stored assessment state says.
 *
 * @param lastAssessmentId null when never assessed
 * @param lastScore 0–100, null when never assessed
 * @param lastCompletedOn null when never assessed
 * @param nextDue null when none is due
 */
@NamedInterface("api")
public record LatestAssessment(long vendorId, Long lastAssessmentId, Integer lastScore, LocalDate lastCompletedOn,
		LocalDate nextDue) {
}
