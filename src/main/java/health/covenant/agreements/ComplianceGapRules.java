package health.covenant.agreements;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import health.covenant.vendors.LifecycleStatus;
import health.covenant.vendors.SubprocessorSummary;
import health.covenant.vendors.VendorSummary;

/**
 * The rules of the compliance gaps of ONE vendor, in one place (no database, no clock):
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
 * <li>an ACTIVE or ONBOARDING vendor with PHI or limited-data-set access without current third-party
 * assurance (its certifications module's {@code assuredUntil} is missing or past) — stored ahead of time
 * from the day after its assurance lapses, fixed by adding a current report;</li>
 * <li>an executed agreement whose last day to give notice (auto-renewing) or expiration (not
 * renewing) is within the next {@value AgreementTerms#LOOK_AHEAD_DAYS} days, or that has expired but
 * is still marked executed — fixed on the agreement. One a later version supersedes (from today or
 * a later day) has none of these: the new version is the one to watch.</li>
 * </ol>
 * The result is meant to be stored: a notice deadline or an expiration is reported however far ahead
 * it is, with the day it starts to show ({@code date - LOOK_AHEAD_DAYS}), and {@link Result#recheckOn()}
 * says from which day the calendar alone changes the result in another way (a term ends, a deadline
 * passes, an agreement or a later version takes effect), so that the stored rows stay right until
 * then without being rewritten.
 */
final class ComplianceGapRules {

	/** The "visible from" of gaps that show at once. */
	static final LocalDate ALWAYS = LocalDate.EPOCH;

	private ComplianceGapRules() {
	}

	/**
	 * The gaps of a vendor as of {@code today}.
	 * @param vendor the vendor
	 * @param agreements all its agreements (any status), with their dates computed for {@code today}
	 * @param subprocessors its sub-processors
	 * @param assuredUntil the last day its third-party assurance counts; null when it never had any
	 * @param today today in the organisation's time zone
	 */
	static Result evaluate(VendorSummary vendor, List<AgreementRow> agreements, List<SubprocessorSummary> subprocessors,
			LocalDate assuredUntil, LocalDate today) {
		List<Entry> gaps = new ArrayList<>();
		Recheck recheck = new Recheck(today);
		boolean covered = agreements.stream().anyMatch((row) -> row.kind().coversVendor() && row.current());
		if (vendor.handlesPhi() && vendor.status() == LifecycleStatus.OFFBOARDING && !covered
				&& agreements.stream().noneMatch((row) -> row.phiReturnedOn() != null)) {
			Long lastBaa = agreements.stream()
				.filter((row) -> row.kind() == AgreementKind.BAA && row.status().wasExecuted())
				.map(AgreementRow::id)
				.max(Long::compare)
				.orElse(null);
			gaps.add(always(new ComplianceGap(GapKind.OFFBOARDING_PHI_NOT_RETURNED, vendor.id(), vendor.name(), lastBaa,
					null, null, null, null, 0, lastBaa != null ? "/agreements/" + lastBaa + "#phi-return"
							: "/agreements/new?vendorId=" + vendor.id() + "&kind=BAA")));
		}
		if (vendor.inService() && vendor.handlesPhi()) {
			if (!covered) {
				gaps.add(always(new ComplianceGap(GapKind.UNCOVERED_PHI_VENDOR, vendor.id(), vendor.name(), null, null,
						null, null, null, 0, "/agreements/new?vendorId=" + vendor.id() + "&kind=BAA")));
			}
			String certify = "/certifications/new?vendorId=" + vendor.id();
			if (assuredUntil == null) {
				gaps.add(always(new ComplianceGap(GapKind.NO_CURRENT_ASSURANCE, vendor.id(), vendor.name(), null, null,
						null, null, null, 0, certify)));
			}
			else {
				gaps.add(new Entry(new ComplianceGap(GapKind.NO_CURRENT_ASSURANCE, vendor.id(), vendor.name(), null,
						null, null, assuredUntil, ChronoUnit.DAYS.between(today, assuredUntil), 0, certify),
						assuredUntil.isBefore(today) ? ALWAYS : assuredUntil.plusDays(1)));
			}
			for (SubprocessorSummary sub : subprocessors) {
				if (!sub.downstreamBaa()) {
					gaps.add(always(new ComplianceGap(GapKind.SUBPROCESSOR_WITHOUT_BAA, vendor.id(), vendor.name(),
							null, null, sub.name(), null, null, 0, "/vendors/" + vendor.id())));
				}
			}
		}
		for (AgreementRow row : agreements) {
			if (row.status() != AgreementStatus.EXECUTED || row.standing().endedAs() == AgreementStatus.SUPERSEDED) {
				continue;
			}
			AgreementTerms.Schedule schedule = row.schedule();
			recheck.agreement(row, schedule);
			String link = "/agreements/" + row.id();
			if (row.kind().isBaa() && row.missingRequired() > 0) {
				gaps.add(always(new ComplianceGap(GapKind.MISSING_REQUIRED_CLAUSES, vendor.id(), vendor.name(), row.id(),
						row.kind(), null, null, null, row.missingRequired(), link + "#clauses")));
			}
			if (row.standing().supersededFrom() != null) {
				continue;
			}
			if (schedule.state() == TermState.EXPIRED) {
				gaps.add(new Entry(dated(GapKind.EXPIRED, vendor, row, schedule.currentTermEnd(), today, link),
						ALWAYS));
			}
			else if (schedule.nextNoticeDeadline() != null) {
				gaps.add(ahead(dated(GapKind.NOTICE_DEADLINE_NEAR, vendor, row, schedule.nextNoticeDeadline(), today,
						link)));
			}
			else if (schedule.currentTermEnd() != null && !schedule.currentTermEnd().isBefore(today)) {
				gaps.add(ahead(dated(GapKind.EXPIRING, vendor, row, schedule.currentTermEnd(), today, link)));
			}
		}
		return new Result(gaps, recheck.day);
	}

	private static Entry always(ComplianceGap gap) {
		return new Entry(gap, ALWAYS);
	}

	private static Entry ahead(ComplianceGap gap) {
		return new Entry(gap, gap.date().minusDays(AgreementTerms.LOOK_AHEAD_DAYS));
	}

	private static ComplianceGap dated(GapKind kind, VendorSummary vendor, AgreementRow row, LocalDate date,
			LocalDate today, String link) {
		return new ComplianceGap(kind, vendor.id(), vendor.name(), row.id(), row.kind(), null, date,
				ChronoUnit.DAYS.between(today, date), 0, link);
	}

	/**
	 * A vendor's gaps as of one day.
	 *
	 * @param gaps every gap, those that show only later included (see {@link Entry#visibleFrom()})
	 * @param recheckOn the first day on which the same inputs give other gaps than these filtered by
	 * {@code visibleFrom}; null when only a change of the inputs can change them
	 */
	record Result(List<Entry> gaps, LocalDate recheckOn) {

		/** The gaps that show on {@code day} (a day before {@link #recheckOn()}). */
		List<ComplianceGap> visibleOn(LocalDate day) {
			return this.gaps.stream().filter((entry) -> !entry.visibleFrom().isAfter(day)).map(Entry::gap).toList();
		}

	}

	/**
	 * One gap and the first day it shows.
	 */
	record Entry(ComplianceGap gap, LocalDate visibleFrom) {
	}

	/** The earliest day after today on which an executed agreement's standing or dates move. */
	private static final class Recheck {

		private final LocalDate today;

		private LocalDate day;

		Recheck(LocalDate today) {
			this.today = today;
		}

		void agreement(AgreementRow row, AgreementTerms.Schedule schedule) {
			if (row.effectiveDate() != null) {
				later(row.effectiveDate());
			}
			if (row.standing().supersededFrom() != null) {
				later(row.standing().supersededFrom());
			}
			if (schedule.currentTermEnd() != null) {
				later(schedule.currentTermEnd().plusDays(1));
			}
			if (schedule.nextNoticeDeadline() != null) {
				later(schedule.nextNoticeDeadline().plusDays(1));
			}
		}

		private void later(LocalDate candidate) {
			if (candidate.isAfter(this.today) && (this.day == null || candidate.isBefore(this.day))) {
				this.day = candidate;
			}
		}

	}

}
