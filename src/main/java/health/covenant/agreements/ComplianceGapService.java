package health.covenant.agreements;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import health.covenant.obligations.ObligationSubjectChanged;
import health.covenant.shared.OrganisationClock;
import health.covenant.vendors.LifecycleStatus;
import health.covenant.vendors.SubprocessorSummary;
import health.covenant.vendors.VendorChanged;
import health.covenant.vendors.VendorRegistered;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorStatusChanged;
import health.covenant.vendors.VendorSummary;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place compliance gaps are computed (vendor page, agreement list, navigation count):
 * <ol>
 * <li>an ACTIVE or ONBOARDING vendor with PHI or limited-data-set access and no executed, current
 * BAA — fixed by adding one. Only a BAA with us covers a vendor: a subcontractor BAA is between the
 * vendor and its own subcontractor (164.504(e)(5)) and covers nobody's relationship with us;</li>
 * <li>an OFFBOARDING vendor with such access and no current BAA, as long as no return or destruction
 * of the PHI is recorded on one of its BAAs (the BAA's protections last until then,
 * 164.504(e)(2)(ii)(J)) — fixed by recording it, or by a BAA;</li>
 * <li>an executed BAA missing a required clause (not reviewed counts as missing) — fixed on its
 * checklist;</li>
 * <li>a sub-processor of such a vendor without a downstream BAA — fixed on the vendor page;</li>
 * <li>an executed agreement whose last day to give notice (auto-renewing) or expiration (not
 * renewing) is within the next {@value AgreementTerms#LOOK_AHEAD_DAYS} days, or that has expired but
 * is still marked executed — fixed on the agreement. One a later version supersedes (from today or
 * a later day) has none of these: the new version is the one to watch.</li>
 * </ol>
 * The navigation count is cached for a few seconds and dropped whenever an agreement or vendor changes.
 */
@Service
public class ComplianceGapService {

	private static final Duration COUNT_TTL = Duration.ofSeconds(10);

	private final AgreementService agreements;

	private final VendorService vendors;

	private final OrganisationClock clock;

	private volatile CachedCount cachedCount;

	ComplianceGapService(AgreementService agreements, VendorService vendors, OrganisationClock clock) {
		this.agreements = agreements;
		this.vendors = vendors;
		this.clock = clock;
	}

	/** Every gap, most serious kind first, then by vendor name and date. */
	@Transactional(readOnly = true)
	public List<ComplianceGap> all() {
		return compute(this.vendors.allSummaries());
	}

	/** The gaps of one vendor. */
	@Transactional(readOnly = true)
	public List<ComplianceGap> forVendor(long vendorId) {
		return this.vendors.findSummary(vendorId).map((vendor) -> compute(List.of(vendor))).orElse(List.of());
	}

	/** How many gaps there are (navigation badge). */
	public long count() {
		Instant now = this.clock.now();
		CachedCount cached = this.cachedCount;
		if (cached != null && cached.at().plus(COUNT_TTL).isAfter(now) && !cached.at().isAfter(now)) {
			return cached.count();
		}
		long count = all().size();
		this.cachedCount = new CachedCount(count, now);
		return count;
	}

	@EventListener({ ObligationSubjectChanged.class, AgreementClausesChanged.class, VendorChanged.class,
			VendorStatusChanged.class, VendorRegistered.class })
	void forgetCount() {
		this.cachedCount = null;
	}

	private List<ComplianceGap> compute(List<VendorSummary> vendorList) {
		LocalDate today = this.clock.today();
		LocalDate horizon = today.plusDays(AgreementTerms.LOOK_AHEAD_DAYS);
		Map<Long, List<AgreementRow>> byVendor = this.agreements
			.forVendors(vendorList.stream().map(VendorSummary::id).toList())
			.stream()
			.collect(Collectors.groupingBy(AgreementRow::vendorId));
		List<ComplianceGap> gaps = new ArrayList<>();
		for (VendorSummary vendor : vendorList) {
			List<AgreementRow> rows = byVendor.getOrDefault(vendor.id(), List.of());
			boolean covered = rows.stream().anyMatch((row) -> row.kind().coversVendor() && row.current());
			if (vendor.handlesPhi() && vendor.status() == LifecycleStatus.OFFBOARDING && !covered
					&& rows.stream().noneMatch((row) -> row.phiReturnedOn() != null)) {
				Long lastBaa = rows.stream()
					.filter((row) -> row.kind() == AgreementKind.BAA && row.status().wasExecuted())
					.map(AgreementRow::id)
					.max(Long::compare)
					.orElse(null);
				gaps.add(new ComplianceGap(GapKind.OFFBOARDING_PHI_NOT_RETURNED, vendor.id(), vendor.name(), lastBaa,
						null, null, null, null, 0, lastBaa != null ? "/agreements/" + lastBaa + "#phi-return"
								: "/agreements/new?vendorId=" + vendor.id() + "&kind=BAA"));
			}
			if (vendor.inService() && vendor.handlesPhi()) {
				if (!covered) {
					gaps.add(new ComplianceGap(GapKind.UNCOVERED_PHI_VENDOR, vendor.id(), vendor.name(), null, null,
							null, null, null, 0, "/agreements/new?vendorId=" + vendor.id() + "&kind=BAA"));
				}
				for (SubprocessorSummary sub : this.vendors.subprocessorsOf(vendor.id())) {
					if (!sub.downstreamBaa()) {
						gaps.add(new ComplianceGap(GapKind.SUBPROCESSOR_WITHOUT_BAA, vendor.id(), vendor.name(), null,
								null, sub.name(), null, null, 0, "/vendors/" + vendor.id()));
					}
				}
			}
			for (AgreementRow row : rows) {
				if (row.status() != AgreementStatus.EXECUTED
						|| row.standing().endedAs() == AgreementStatus.SUPERSEDED) {
					continue;
				}
				String link = "/agreements/" + row.id();
				if (row.kind().isBaa() && row.missingRequired() > 0) {
					gaps.add(new ComplianceGap(GapKind.MISSING_REQUIRED_CLAUSES, vendor.id(), vendor.name(), row.id(),
							row.kind(), null, null, null, row.missingRequired(), link + "#clauses"));
				}
				AgreementTerms.Schedule schedule = row.schedule();
				if (row.standing().supersededFrom() != null) {
					continue;
				}
				if (schedule.state() == TermState.EXPIRED) {
					gaps.add(dated(GapKind.EXPIRED, vendor, row, schedule.currentTermEnd(), today, link));
				}
				else if (schedule.nextNoticeDeadline() != null) {
					if (!schedule.nextNoticeDeadline().isAfter(horizon)) {
						gaps.add(dated(GapKind.NOTICE_DEADLINE_NEAR, vendor, row, schedule.nextNoticeDeadline(), today,
								link));
					}
				}
				else if (schedule.currentTermEnd() != null && !schedule.currentTermEnd().isBefore(today)
						&& !schedule.currentTermEnd().isAfter(horizon)) {
					gaps.add(dated(GapKind.EXPIRING, vendor, row, schedule.currentTermEnd(), today, link));
				}
			}
		}
		gaps.sort(Comparator.comparing(ComplianceGap::kind)
			.thenComparing(ComplianceGap::vendorName, String.CASE_INSENSITIVE_ORDER)
			.thenComparing(ComplianceGap::date, Comparator.nullsLast(Comparator.naturalOrder())));
		return gaps;
	}

	private static ComplianceGap dated(GapKind kind, VendorSummary vendor, AgreementRow row, LocalDate date,
			LocalDate today, String link) {
		return new ComplianceGap(kind, vendor.id(), vendor.name(), row.id(), row.kind(), null, date,
				ChronoUnit.DAYS.between(today, date), 0, link);
	}

	private record CachedCount(long count, Instant at) {
	}

}
