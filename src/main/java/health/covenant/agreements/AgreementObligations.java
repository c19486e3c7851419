package health.covenant.agreements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import health.covenant.obligations.ObligationDraft;
import health.covenant.obligations.ObligationKind;
import health.covenant.obligations.ObligationSource;
import health.covenant.shared.OrganisationClock;
import health.covenant.shared.web.Dates;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorSummary;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreement obligations for the obligations module: for each EXECUTED agreement, its next last day to
 * give notice (auto-renewing; key {@code agreement:<id>:notice}) and its current term end (key
 * {@code agreement:<id>:term-end}). Agreements in any other status have none (the obligations module
 * treats those no longer returned as done), nor has one that has ended by its dates or that a signed
 * later version supersedes ({@link AgreementStanding}): the later version carries the dates to watch.
 * Dates roll forward with auto-renewal, as {@link AgreementTerms} computes them for today; a notice
 * deadline always comes with the term end it stops.
 */
@Component
class AgreementObligations implements ObligationSource {

	private final AgreementRepository agreements;

	private final VendorService vendors;

	private final MessageSource messages;

	private final Dates dates;

	private final OrganisationClock clock;

	AgreementObligations(AgreementRepository agreements, VendorService vendors, MessageSource messages, Dates dates,
			OrganisationClock clock) {
		this.agreements = agreements;
		this.vendors = vendors;
		this.messages = messages;
		this.dates = dates;
		this.clock = clock;
	}

	@Override
	public String subjectType() {
		return AgreementService.ENTITY;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ObligationDraft> all() {
		return drafts(this.agreements.findExecuted());
	}

	@Override
	@Transactional(readOnly = true)
	public List<ObligationDraft> forSubject(long subjectId) {
		return this.agreements.findById(subjectId)
			.filter((agreement) -> agreement.getStatus() == AgreementStatus.EXECUTED)
			.map((agreement) -> drafts(List.of(agreement)))
			.orElse(List.of());
	}

	@Override
	@Transactional(readOnly = true)
	public List<ObligationDraft> forSubjects(Collection<Long> subjectIds) {
		if (subjectIds.isEmpty()) {
			return List.of();
		}
		return drafts(this.agreements.findAllById(subjectIds)
			.stream()
			.filter((agreement) -> agreement.getStatus() == AgreementStatus.EXECUTED)
			.toList());
	}

	/**
	 * Beyond the agreements whose obligations came due (their dates roll forward or they end), only a
	 * supersession changes with the calendar: the earlier version's obligations end on the day the
	 * later version takes effect, before the hourly job records it.
	 */
	@Override
	@Transactional(readOnly = true)
	public Optional<Set<Long>> movedByCalendar(LocalDate day) {
		return Optional.of(this.agreements.findSupersededBy(day)
			.stream()
			.map(Agreement::getId)
			.collect(Collectors.toSet()));
	}

	private List<ObligationDraft> drafts(List<Agreement> executed) {
		if (executed.isEmpty()) {
			return List.of();
		}
		LocalDate today = this.clock.today();
		Set<Long> vendorIds = executed.stream().map(Agreement::getVendorId).collect(Collectors.toSet());
		Map<Long, String> vendorNames = this.vendors.findSummaries(vendorIds)
			.stream()
			.collect(Collectors.toMap(VendorSummary::id, VendorSummary::name));
		Map<Long, AgreementStanding.Successor> successors = this.agreements
			.findSuccessors(executed.stream().map(Agreement::getId).toList())
			.stream()
			.collect(Collectors.toMap(Agreement::getSupersedesId, AgreementQueries::successor));
		List<ObligationDraft> drafts = new ArrayList<>();
		for (Agreement agreement : executed) {
			AgreementDetails details = agreement.details();
			AgreementTerms.Schedule schedule = details.terms().on(today);
			AgreementStanding standing = AgreementStanding.of(details.status(), agreement.getEndedOn(), schedule,
					successors.get(agreement.getId()), today);
			if (standing.ended() || standing.supersededFrom() != null) {
				continue;
			}
			long id = agreement.getId();
			String vendorName = vendorNames.getOrDefault(agreement.getVendorId(), "#" + agreement.getVendorId());
			String kind = text("agreement.kind." + details.kind());
			String title = text("agreement.obligation.title", kind, vendorName);
			String link = "/agreements/" + id;
			if (schedule.nextNoticeDeadline() != null) {
				drafts.add(new ObligationDraft("agreement:" + id + ":notice", ObligationKind.AGREEMENT_NOTICE_DEADLINE,
						schedule.nextNoticeDeadline(), agreement.getVendorId(), AgreementService.ENTITY, id, title, link,
						details.ownerId(), false, noticeFacts(details, schedule, kind, vendorName),
						ifNoticeMissed(details.terms(), schedule, kind)));
			}
			if (schedule.currentTermEnd() != null) {
				drafts.add(new ObligationDraft("agreement:" + id + ":term-end", ObligationKind.AGREEMENT_TERM_END,
						schedule.currentTermEnd(), agreement.getVendorId(), AgreementService.ENTITY, id, title, link,
						details.ownerId(), false, termEndFacts(details, schedule, kind, vendorName)));
			}
		}
		return drafts;
	}

	/**
	 * What passing the next notice deadline unmet means: the term it could have stopped is followed by
	 * another, "the BAA renewed until" that one's end.
	 */
	private String ifNoticeMissed(AgreementTerms terms, AgreementTerms.Schedule schedule, String kind) {
		LocalDate renewedUntil = terms.on(schedule.noticeTermEnd().plusDays(1)).currentTermEnd();
		return renewedUntil == null ? null : text("agreement.obligation.ifMissed", kind, this.dates.date(renewedUntil));
	}

	/**
	 * Facts of a notice deadline: the deadline with the term end it stops (when locked in, the next
	 * deadline and the later term, with the renewal that can no longer be stopped).
	 */
	private Map<String, String> noticeFacts(AgreementDetails details, AgreementTerms.Schedule schedule, String kind,
			String vendorName) {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put(text("agreement.vendor"), vendorName);
		facts.put(text("agreement.kind"), kind);
		facts.put(text("agreement.noticeDeadline"), this.dates.date(schedule.nextNoticeDeadline()));
		facts.put(text("agreement.noticeTermEnd"), this.dates.date(schedule.noticeTermEnd()));
		if (schedule.lockedInRenewalStarts() != null) {
			facts.put(text("agreement.lockedInRenewal"), this.dates.date(schedule.lockedInRenewalStarts()));
		}
		facts.put(text("agreement.noticePeriodDays"),
				text("agreement.days", details.noticePeriodDays() == null ? 0 : details.noticePeriodDays()));
		facts.put(text("agreement.renewalTermMonths"), text("agreement.months", details.renewalTermMonths()));
		return facts;
	}

	private Map<String, String> termEndFacts(AgreementDetails details, AgreementTerms.Schedule schedule, String kind,
			String vendorName) {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put(text("agreement.vendor"), vendorName);
		facts.put(text("agreement.kind"), kind);
		facts.put(text("agreement.currentTermEnd"), this.dates.date(schedule.currentTermEnd()));
		facts.put(text("agreement.autoRenews"), text(details.autoRenews() ? "agreement.yes" : "agreement.no"));
		return facts;
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, Locale.ENGLISH);
	}

}
