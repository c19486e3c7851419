package health.covenant.agreements;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The breach-notice commitment of a vendor, read from its executed BAA in force today (the latest to take
 * effect when there are several). Other modules (incidents) check a vendor's report against it.
 */
@Service
@NamedInterface("api")
@Transactional(readOnly = true)
public class BreachNoticeCommitments {

	private final AgreementQueries queries;

	private final AgreementRepository agreements;

	BreachNoticeCommitments(AgreementQueries queries, AgreementRepository agreements) {
		this.queries = queries;
		this.agreements = agreements;
	}

	/** The commitment of the vendor's current BAA; empty when no executed BAA is in force today. */
	public Optional<BreachNoticeCommitment> forVendor(long vendorId) {
		List<AgreementRow> rows = this.queries.forVendors(List.of(vendorId));
		return rows.stream()
			.filter((row) -> row.kind().coversVendor() && row.current())
			.max(Comparator.comparing(AgreementRow::effectiveDate, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing(AgreementRow::id))
			.flatMap((row) -> this.agreements.findById(row.id()))
			.map((agreement) -> new BreachNoticeCommitment(agreement.getId(), agreement.details().effectiveDate(),
					agreement.details().breachNoticeWindow()));
	}

}
