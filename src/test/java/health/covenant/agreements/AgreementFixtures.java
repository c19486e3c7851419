package health.covenant.agreements;

import java.time.LocalDate;
import java.util.UUID;

import health.covenant.vendors.LifecycleStatus;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.VendorDetails;
import health.covenant.vendors.VendorService;

/** Test data: vendors with unique names, agreements in every shape. Call as a user holding ADMIN. */
final class AgreementFixtures {

	private AgreementFixtures() {
	}

	/** A vendor moved to ONBOARDING (in service) with the given PHI access. */
	static long vendorInService(VendorService vendors, String name, PhiAccess phi) {
		long id = vendors.register(VendorDetails.named(name + " " + UUID.randomUUID().toString().substring(0, 8), phi));
		vendors.changeStatus(id, vendors.getView(id).version(), LifecycleStatus.ONBOARDING);
		return id;
	}

	static AgreementDetails executedBaa(LocalDate effective, LocalDate expiration, boolean renews, int notice) {
		return new AgreementDetails(AgreementKind.BAA, AgreementStatus.EXECUTED, effective, expiration, renews,
				renews ? 12 : null, notice, 10, BreachNoticeUnit.BUSINESS_DAYS, effective.minusDays(1), "Jane Doe", null,
				null);
	}

	static AgreementDetails withStatus(AgreementDetails d, AgreementStatus status) {
		return new AgreementDetails(d.kind(), status, d.effectiveDate(), d.expirationDate(), d.autoRenews(),
				d.renewalTermMonths(), d.noticePeriodDays(), d.breachNoticeValue(), d.breachNoticeUnit(), d.signedDate(),
				d.counterpartySignatory(), d.ownerId(), d.notes());
	}

	static void tickAllRequired(AgreementService agreements, AgreementQueries queries, long id) {
		queries.clauseCatalog()
			.stream()
			.filter(ClauseDefinition::required)
			.forEach((clause) -> agreements.updateClause(id, clause.code(), ClauseStatus.PRESENT, null, null));
	}

}
