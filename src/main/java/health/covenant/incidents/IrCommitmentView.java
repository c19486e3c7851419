package health.covenant.incidents;

import java.time.LocalDate;
import java.util.List;

/**
 * A vendor's incident-response commitments as stored, with the yearly duties they start.
 *
 * @param recordedOn the day they were last saved; null when nobody has filled them in yet
 * @param inServiceSince the first day the vendor was known in service (start of a never-met duty's 30 days)
 * @param dues the yearly duties owed now ({@link IrCommitmentRules#dues})
 */
public record IrCommitmentView(long vendorId, LocalDate recordedOn, boolean handlesPhi, boolean inService,
		LocalDate inServiceSince, IrCommitmentDetails details, long version, List<IrCommitmentRules.Due> dues) {

	public boolean recorded() {
		return this.recordedOn != null;
	}

}
