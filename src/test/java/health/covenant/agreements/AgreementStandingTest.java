package health.covenant.agreements;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AgreementStandingTest {

	static final LocalDate EFFECTIVE = LocalDate.of(2026, 1, 1);

	static final LocalDate EXPIRES = LocalDate.of(2027, 12, 31);

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			# case                                              | status     | recorded end | renews | successor  | takes effect | today      | ended as   | ended on   | superseded from | shown
			successor signed, takes effect later: in force      | EXECUTED   | -            | true   | EXECUTED   | 2026-12-01   | 2026-11-27 | -          | -          | 2026-12-01      | EXECUTED
			the day before it takes effect: still in force      | EXECUTED   | -            | true   | EXECUTED   | 2026-12-01   | 2026-11-30 | -          | -          | 2026-12-01      | EXECUTED
			the day it takes effect: superseded                 | EXECUTED   | -            | true   | EXECUTED   | 2026-12-01   | 2026-12-01 | SUPERSEDED | 2026-12-01 | -               | SUPERSEDED
			the day after: superseded                           | EXECUTED   | -            | true   | EXECUTED   | 2026-12-01   | 2026-12-02 | SUPERSEDED | 2026-12-01 | -               | SUPERSEDED
			successor only drafted: no supersession             | EXECUTED   | -            | true   | DRAFT      | 2026-12-01   | 2026-12-02 | -          | -          | -               | EXECUTED
			successor in negotiation: no supersession           | EXECUTED   | -            | true   | IN_NEGOTIATION | 2026-12-01 | 2026-12-02 | -         | -          | -               | EXECUTED
			no successor, in force                              | EXECUTED   | -            | false  | -          | -            | 2027-12-31 | -          | -          | -               | EXECUTED
			no successor, past its last term: expired           | EXECUTED   | -            | false  | -          | -            | 2028-01-01 | EXPIRED    | 2027-12-31 | -               | EXECUTED
			auto-renewing never expires by date                 | EXECUTED   | -            | true   | -          | -            | 2030-06-01 | -          | -          | -               | EXECUTED
			superseded: recorded day                            | SUPERSEDED | 2026-10-01   | true   | EXECUTED   | 2026-10-01   | 2026-11-27 | SUPERSEDED | 2026-10-01 | -               | SUPERSEDED
			superseded before the day was recorded              | SUPERSEDED | -            | true   | EXECUTED   | 2026-10-01   | 2026-11-27 | SUPERSEDED | 2026-10-01 | -               | SUPERSEDED
			terminated: recorded day                            | TERMINATED | 2026-11-20   | true   | -          | -            | 2026-11-27 | TERMINATED | 2026-11-20 | -               | TERMINATED
			expired: recorded day                               | EXPIRED    | 2026-10-31   | false  | -          | -            | 2026-11-27 | EXPIRED    | 2026-10-31 | -               | EXPIRED
			a draft is live                                     | DRAFT      | -            | true   | -          | -            | 2026-11-27 | -          | -          | -               | DRAFT
			""")
	void endedAgreementsSayHowAndWhenAndLiveOnesMayBeSupersededLater(String name, AgreementStatus status,
			LocalDate recordedEnd, boolean renews, AgreementStatus successorStatus, LocalDate takesEffect,
			LocalDate today, AgreementStatus endedAs, LocalDate endedOn, LocalDate supersededFrom,
			AgreementStatus shown) {
		AgreementTerms.Schedule schedule = new AgreementTerms(EFFECTIVE, EXPIRES, renews, renews ? 12 : 0, 30)
			.on(today);
		AgreementStanding.Successor successor = successorStatus == null ? null
				: new AgreementStanding.Successor(2, successorStatus, takesEffect);
		AgreementStanding standing = AgreementStanding.of(status, recordedEnd, schedule, successor, today);
		assertThat(standing.endedAs()).as("ended as").isEqualTo(endedAs);
		assertThat(standing.ended()).isEqualTo(endedAs != null);
		assertThat(standing.endedOn()).as("ended on").isEqualTo(endedOn);
		assertThat(standing.supersededFrom()).as("superseded from").isEqualTo(supersededFrom);
		assertThat(standing.shownStatus(status)).as("shown status").isEqualTo(shown);
	}

}
