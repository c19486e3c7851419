package health.covenant.agreements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import health.covenant.identity.UserSummary;
import health.covenant.shared.DemoDataLoader;
import health.covenant.shared.OrganisationClock;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Demo agreements for the demo vendors, one of each situation the product must show, dated relative
 * to today: an executed and current BAA with every required clause; an auto-renewing BAA whose last
 * day to give notice is in three weeks; one locked in for another term; an expired BAA with a new
 * version in negotiation; an evergreen DPA; an executed BAA missing required clauses; a superseded
 * version; and one vendor handling PHI left without any BAA.
 */
@Component
class AgreementDemoData implements DemoDataLoader {

	private static final Logger log = LoggerFactory.getLogger(AgreementDemoData.class);

	private final AgreementService agreements;

	private final AgreementQueries queries;

	private final VendorService vendors;

	private final OrganisationClock clock;

	AgreementDemoData(AgreementService agreements, AgreementQueries queries, VendorService vendors,
			OrganisationClock clock) {
		this.agreements = agreements;
		this.queries = queries;
		this.vendors = vendors;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "agreements.demo";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public void load() {
		List<VendorSummary> all = this.vendors.allSummaries();
		if (all.isEmpty()) {
			log.info("No demo vendors: no demo agreements");
			return;
		}
		List<VendorSummary> phi = new ArrayList<>(all.stream().filter((v) -> v.handlesPhi() && v.inService()).toList());
		List<VendorSummary> others = new ArrayList<>(all.stream().filter((v) -> !phi.contains(v)).toList());
		// keep the last two PHI vendors without any BAA (visible gaps)
		List<VendorSummary> uncovered = new ArrayList<>();
		while (phi.size() > 1 && uncovered.size() < 2) {
			uncovered.add(phi.remove(phi.size() - 1));
		}
		List<VendorSummary> order = new ArrayList<>(phi);
		order.addAll(others);
		// people whose job is legal first (the administrator holds every role)
		List<UserSummary> owners = this.queries.possibleOwners()
			.stream()
			.sorted(java.util.Comparator.comparingInt((UserSummary user) -> user.roles().size()))
			.toList();
		Long legal = owners.stream().findFirst().map(UserSummary::id).orElse(null);
		Long legal2 = owners.stream().skip(1).findFirst().map(UserSummary::id).orElse(legal);
		LocalDate today = this.clock.today();
		int n = order.size();

		// 1. executed, current, every required clause present, renewal far ahead
		long current = baa(order.get(0), AgreementStatus.EXECUTED, today.minusMonths(10), today.plusMonths(14), true, 12,
				60, 10, BreachNoticeUnit.BUSINESS_DAYS, legal);
		tickClauses(current, 15);
		attach(current, "Signed BAA.pdf");

		// 2. auto-renewing, notice deadline three weeks away
		long noticeSoon = baa(order.get(1 % n), AgreementStatus.EXECUTED, today.minusMonths(11), today.plusDays(51), true,
				12, 30, 30, BreachNoticeUnit.CALENDAR_DAYS, legal2);
		tickClauses(noticeSoon, 15);
		create(order.get(1 % n), new AgreementDetails(AgreementKind.MSA, AgreementStatus.EXECUTED,
				today.minusMonths(11), today.plusDays(51), true, 12, 30, null, null, today.minusMonths(11),
				"Chief Revenue Officer", legal2, null));

		// 3. executed BAA missing required clauses; evergreen DPA
		long missing = baa(order.get(2 % n), AgreementStatus.EXECUTED, today.minusMonths(6), today.plusYears(2), false, 0,
				0, 72, BreachNoticeUnit.HOURS, legal);
		tickClauses(missing, 9);
		this.agreements.updateClause(missing, "BAA-07", ClauseStatus.MISSING, "Only successful incidents reported",
				"§ 5.3");
		create(order.get(2 % n), new AgreementDetails(AgreementKind.DPA, AgreementStatus.EXECUTED,
				today.minusYears(2), null, false, null, 30, null, null, today.minusYears(2), "General Counsel", legal,
				"Evergreen: either party may terminate with 30 days' notice."));

		// 4. expired BAA, new version in negotiation
		if (n > 3) {
			long expired = baa(order.get(3), AgreementStatus.EXECUTED, today.minusYears(3), today.minusDays(20), false, 0,
					0, 60, BreachNoticeUnit.CALENDAR_DAYS, legal2);
			tickClauses(expired, 15);
			AgreementDetails terms = this.queries.get(expired).details();
			this.agreements.update(expired, this.queries.get(expired).version(),
					withStatus(terms, AgreementStatus.EXPIRED));
			long renewal = this.agreements.newVersion(expired);
			AgreementDetails draft = this.queries.get(renewal).details();
			this.agreements.update(renewal, this.queries.get(renewal).version(),
					new AgreementDetails(draft.kind(), AgreementStatus.IN_NEGOTIATION, today.plusDays(10),
							today.plusDays(10).plusYears(3), true, 12, 60, 10, BreachNoticeUnit.BUSINESS_DAYS, null, null,
							legal2, "Vendor redline received; indemnity still open."));
		}

		// 5. locked in for another term (notice deadline passed), superseding an older version
		if (n > 4) {
			long old = baa(order.get(4), AgreementStatus.EXECUTED, today.minusYears(4), today.minusYears(2), false, 0, 0, 60,
					BreachNoticeUnit.CALENDAR_DAYS, legal);
			long locked = this.agreements.newVersion(old);
			AgreementDetails draft = this.queries.get(locked).details();
			this.agreements.update(locked, this.queries.get(locked).version(),
					new AgreementDetails(draft.kind(), AgreementStatus.EXECUTED, today.minusMonths(11).minusDays(20),
							today.plusDays(10), true, 12, 60, 15, BreachNoticeUnit.CALENDAR_DAYS,
							today.minusMonths(11).minusDays(25), "VP Legal", legal, null));
			tickClauses(locked, 15);
		}

		// 6. a draft being prepared
		if (n > 5) {
			create(order.get(5), new AgreementDetails(AgreementKind.BAA, AgreementStatus.DRAFT, null, null, false, null,
					null, null, null, null, null, legal2, "Waiting for the vendor's paper."));
		}
		// 7. the other PHI vendors: executed, complete BAAs renewing well after the look-ahead
		for (int i = 6; i < phi.size(); i++) {
			long covered = baa(phi.get(i), AgreementStatus.EXECUTED, today.minusMonths(3 + i), today.plusDays(200 + 30L * i),
					true, 12, 60, 5 + i, BreachNoticeUnit.BUSINESS_DAYS, i % 2 == 0 ? legal : legal2);
			tickClauses(covered, 15);
			// 8. the first of them signed a new version today that takes effect next month
			if (i == 6) {
				long next = this.agreements.newVersion(covered);
				LocalDate starts = today.plusMonths(1).withDayOfMonth(1);
				this.agreements.update(next, this.queries.get(next).version(),
						new AgreementDetails(AgreementKind.BAA, AgreementStatus.EXECUTED, starts,
								starts.plusYears(3).minusDays(1), true, 12, 90, 5, BreachNoticeUnit.BUSINESS_DAYS, today,
								"Privacy Officer", legal, "Adds the no-training clause; takes effect next month."));
			}
		}
		uncovered.forEach((vendor) -> log.info("Demo vendor without BAA: {}", vendor.name()));
	}

	private long baa(VendorSummary vendor, AgreementStatus status, LocalDate effective, LocalDate expiration,
			boolean renews, int months, int notice, int breach, BreachNoticeUnit unit, Long owner) {
		return create(vendor, new AgreementDetails(AgreementKind.BAA, status, effective, expiration, renews,
				renews ? months : null, notice, breach, unit, effective.minusDays(5), "Privacy Officer", owner, null));
	}

	private long create(VendorSummary vendor, AgreementDetails details) {
		return this.agreements.create(vendor.id(), details);
	}

	/** Marks the first {@code count} clauses of the reference present (BAA-01…). */
	private void tickClauses(long agreementId, int count) {
		this.queries.clauseCatalog()
			.stream()
			.filter((clause) -> !clause.recommended())
			.limit(count)
			.forEach((clause) -> this.agreements.updateClause(agreementId, clause.code(), ClauseStatus.PRESENT, null,
					"§ " + clause.position()));
	}

	private void attach(long agreementId, String name) {
		byte[] pdf = ("%PDF-1.4\n% Covenant demo: signed business associate agreement\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")
			.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		this.agreements.upload(agreementId, AgreementDocumentKind.SIGNED, name, pdf);
	}

	private static AgreementDetails withStatus(AgreementDetails d, AgreementStatus status) {
		return new AgreementDetails(d.kind(), status, d.effectiveDate(), d.expirationDate(), d.autoRenews(),
				d.renewalTermMonths(), d.noticePeriodDays(), d.breachNoticeValue(), d.breachNoticeUnit(), d.signedDate(),
				d.counterpartySignatory(), d.ownerId(), d.notes());
	}

}
