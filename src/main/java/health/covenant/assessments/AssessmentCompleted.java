package health.covenant.assessments;

import java.time.LocalDate;
import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * An assessment was completed (published in the completing transaction): its answers that fall short
 * ({@link AnswerValue#fallsShort()}), so that findings can be opened from them. A critical question
 * answered {@link AnswerValue#NO} opens a finding by itself; the others may be raised by hand.
 *
 * @param assessmentId the completed assessment
 * @param vendorId its vendor
 * @param completedOn the day it was completed (organisation's time zone)
 * @param shortfalls the answers that fall short, in the bank's order
 */
@NamedInterface("api")
public record AssessmentCompleted(long assessmentId, long vendorId, LocalDate completedOn, List<Shortfall> shortfalls) {

	public AssessmentCompleted {
		shortfalls = List.copyOf(shortfalls);
	}

	/**
	 * One answer that falls short.
	 * @param questionCode the question's stable code in the bank (e.g. {@code TS-03})
	 * @param questionText the question as it was asked (its version's text)
	 * @param section the section's title
	 * @param answer {@link AnswerValue#NO} or {@link AnswerValue#PARTLY}
	 * @param critical whether the question is marked critical
	 * @param evidenceNote the assessor's note on the answer, may be {@code null}
	 */
	public record Shortfall(String questionCode, String questionText, String section, AnswerValue answer,
			boolean critical, String evidenceNote) {
	}

}
