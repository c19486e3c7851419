package health.covenant.agreements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import health.covenant.documents.DocumentService;
import health.covenant.documents.DocumentSummary;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.shared.NotFoundException;
import health.covenant.shared.OrganisationClock;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorSummary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of agreements: one agreement as its page shows it, a vendor's agreements, the clause
 * checklist, the documents and the people who may own an agreement. Read-only; the commands are in
 * {@link AgreementService}, the list's SQL in {@link AgreementSearch}. Dates are computed as of today in
 * the organisation's time zone ({@link AgreementTerms}).
 */
@Service
@Transactional(readOnly = true)
public class AgreementQueries {

	private final AgreementRepository agreements;

	private final AgreementClauseRepository clauses;

	private final ClauseCatalog catalog;

	private final VendorService vendors;

	private final UserService users;

	private final DocumentService documents;

	private final OrganisationClock clock;

	AgreementQueries(AgreementRepository agreements, AgreementClauseRepository clauses, ClauseCatalog catalog,
			VendorService vendors, UserService users, DocumentService documents, OrganisationClock clock) {
		this.agreements = agreements;
		this.clauses = clauses;
		this.catalog = catalog;
		this.vendors = vendors;
		this.users = users;
		this.documents = documents;
		this.clock = clock;
	}

	/** Users who may own agreements (enabled LEGAL users), by name. */
	public List<UserSummary> possibleOwners() {
		return this.users.usersWithRole(Role.LEGAL);
	}

	/** The clause reference list (BAA-01…15, then REC-*). */
	public List<ClauseDefinition> clauseCatalog() {
		return this.catalog.all();
	}

	/** The agreement with its computed dates, versions and missing clauses. */
	public AgreementView get(long id) {
		Agreement agreement = load(id);
		LocalDate today = this.clock.today();
		AgreementDetails details = agreement.details();
		String vendorName = this.vendors.findSummary(agreement.getVendorId()).map(VendorSummary::name).orElse("?");
		List<Agreement> earlier = new ArrayList<>();
		Long previous = agreement.getSupersedesId();
		while (previous != null && earlier.size() < 100) {
			Agreement version = load(previous);
			earlier.add(version);
			previous = version.getSupersedesId();
		}
		Optional<Agreement> next = this.agreements.findSuccessor(id);
		Long successor = next.map(Agreement::getId).orElse(null);
		AgreementTerms.Schedule schedule = details.terms().on(today);
		AgreementStanding standing = AgreementStanding.of(details.status(), agreement.getEndedOn(), schedule,
				next.map(AgreementQueries::successor).orElse(null), today);
		List<String> missing = details.kind().isBaa() ? ClauseCatalog.missingRequired(checklistOf(id)) : List.of();
		return new AgreementView(id, agreement.getVersion(), agreement.getVendorId(), vendorName, details, schedule,
				standing, today, ownerName(details.ownerId()), agreement.getSupersedesId(), successor, rows(earlier),
				missing, agreement.getPhiReturnedOn(), agreement.getCreatedAt(), agreement.getCreatedBy(),
				agreement.getUpdatedAt(), agreement.getUpdatedBy());
	}

	/** A vendor's agreements, newest first. */
	public List<AgreementRow> forVendor(long vendorId) {
		return rows(this.agreements.findByVendor(vendorId));
	}

	/**
	 * Agreements of these vendors (any status), for gap computation: a fixed number of queries
	 * whatever the number of vendors, without owner names.
	 */
	List<AgreementRow> forVendors(Collection<Long> vendorIds) {
		return vendorIds.isEmpty() ? List.of() : rows(this.agreements.findByVendors(vendorIds), false);
	}

	/** The vendor an agreement belongs to, if the agreement exists. */
	Optional<Long> vendorOf(long agreementId) {
		return this.agreements.findById(agreementId).map(Agreement::getVendorId);
	}

	/** The checklist of an agreement: every clause of the reference with this agreement's finding. */
	public List<ClauseLine> checklist(long id) {
		load(id);
		return checklistOf(id);
	}

	/** One line of an agreement's checklist. */
	public ClauseLine clause(long id, String code) {
		return checklist(id).stream()
			.filter((line) -> line.clause().code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Clause", code));
	}

	/** The agreement's documents, newest first. */
	public List<DocumentSummary> documents(long id) {
		return this.documents.forOwner(AgreementService.ENTITY, id);
	}

	/** Whether documents of this agreement may be deleted: never once it was executed. */
	public boolean documentsDeletable(long id) {
		return this.agreements.findById(id).map((a) -> !a.getStatus().wasExecuted()).orElse(false);
	}

	List<ClauseLine> checklistOf(long id) {
		Map<String, AgreementClause> findings = this.clauses.findByAgreement(id)
			.stream()
			.collect(Collectors.toMap(AgreementClause::getClauseCode, Function.identity()));
		return this.catalog.all().stream().map((clause) -> line(clause, findings.get(clause.code()))).toList();
	}

	private static ClauseLine line(ClauseDefinition clause, AgreementClause finding) {
		return finding == null ? new ClauseLine(clause, null, null, null, null, null)
				: new ClauseLine(clause, finding.getStatus(), finding.getNote(), finding.getSectionRef(),
						finding.getUpdatedBy(), finding.getUpdatedAt());
	}

	/** List rows of these agreements (in this order), with their dates computed for today. */
	List<AgreementRow> rows(List<Agreement> list) {
		return rows(list, true);
	}

	private List<AgreementRow> rows(List<Agreement> list, boolean withOwners) {
		if (list.isEmpty()) {
			return List.of();
		}
		LocalDate today = this.clock.today();
		Map<Long, String> vendorNames = this.vendors
			.findSummaries(list.stream().map(Agreement::getVendorId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(VendorSummary::id, VendorSummary::name));
		Map<Long, AgreementStanding.Successor> successors = this.agreements
			.findSuccessors(list.stream().map(Agreement::getId).toList())
			.stream()
			.collect(Collectors.toMap(Agreement::getSupersedesId, AgreementQueries::successor));
		// The page's owners in one query.
		Map<Long, String> owners = new HashMap<>();
		if (withOwners) {
			this.users
				.findAllById(list.stream().map((a) -> a.details().ownerId()).filter(Objects::nonNull).distinct().toList())
				.forEach((user) -> owners.put(user.id(), user.displayName()));
		}
		List<AgreementRow> rows = new ArrayList<>();
		for (Agreement agreement : list) {
			AgreementDetails details = agreement.details();
			AgreementTerms.Schedule schedule = details.terms().on(today);
			String owner = details.ownerId() == null || !withOwners ? null
					: owners.getOrDefault(details.ownerId(), "#" + details.ownerId());
			AgreementStanding standing = AgreementStanding.of(details.status(), agreement.getEndedOn(), schedule,
					successors.get(agreement.getId()), today);
			rows.add(new AgreementRow(agreement.getId(), agreement.getVendorId(),
					vendorNames.getOrDefault(agreement.getVendorId(), "?"), details.kind(), details.status(),
					details.effectiveDate(), details.signedDate(), schedule, schedule.daysToNoticeDeadline(today), owner,
					agreement.getMissingRequiredClauses(), details.autoRenews(), standing,
					agreement.getPhiReturnedOn()));
		}
		return rows;
	}

	private String ownerName(Long ownerId) {
		return ownerId == null ? null
				: this.users.findById(ownerId).map(UserSummary::displayName).orElse("#" + ownerId);
	}

	private Agreement load(long id) {
		return this.agreements.findById(id).orElseThrow(() -> new NotFoundException(AgreementService.ENTITY, id));
	}

	static AgreementStanding.Successor successor(Agreement next) {
		return new AgreementStanding.Successor(next.getId(), next.getStatus(), next.details().effectiveDate());
	}

}
