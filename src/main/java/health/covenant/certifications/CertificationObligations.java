package health.covenant.certifications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import health.covenant.obligations.ObligationDraft;
import health.covenant.obligations.ObligationKind;
import health.covenant.obligations.ObligationSource;
import health.covenant.shared.web.Dates;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorSummary;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certification obligations for the obligations module, from each certification's schedule
 * ({@link CertificationValidity}): its last day counted (key {@code certification:<id>:lapse}), for a
 * HITRUST r2 without interim assessment the first anniversary ({@code :interim}), for ISO the
 * anniversary of the next surveillance audit not recorded ({@code :surveillance}). A certification that
 * a newer report of the same type renewed has none: the obligations module then marks its obligations
 * done. The owner is the vendor's business owner; the reminder rule adds the security officers. The
 * schedule does not depend on today, so nothing moves with the calendar alone.
 */
@Component
class CertificationObligations implements ObligationSource {

	private final CertificationRepository certifications;

	private final VendorService vendors;

	private final MessageSource messages;

	private final Dates dates;

	CertificationObligations(CertificationRepository certifications, VendorService vendors, MessageSource messages,
			Dates dates) {
		this.certifications = certifications;
		this.vendors = vendors;
		this.messages = messages;
		this.dates = dates;
	}

	@Override
	public String subjectType() {
		return CertificationService.ENTITY;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ObligationDraft> all() {
		return drafts(this.certifications.findAll());
	}

	@Override
	@Transactional(readOnly = true)
	public List<ObligationDraft> forSubject(long subjectId) {
		return forSubjects(List.of(subjectId));
	}

	@Override
	@Transactional(readOnly = true)
	public List<ObligationDraft> forSubjects(Collection<Long> subjectIds) {
		if (subjectIds.isEmpty()) {
			return List.of();
		}
		Set<Long> wanted = Set.copyOf(subjectIds);
		Set<Long> vendorIds = this.certifications.findAllById(subjectIds)
			.stream()
			.map(Certification::getVendorId)
			.collect(Collectors.toSet());
		// renewal is decided among all of a vendor's certifications of a type
		return drafts(this.certifications.findByVendors(vendorIds))
			.stream()
			.filter((draft) -> wanted.contains(draft.subjectId()))
			.toList();
	}

	/** Only changes of the data move a certification's dates. */
	@Override
	public Optional<Set<Long>> movedByCalendar(LocalDate day) {
		return Optional.of(Set.of());
	}

	private List<ObligationDraft> drafts(List<Certification> list) {
		if (list.isEmpty()) {
			return List.of();
		}
		Map<Long, VendorSummary> vendors = this.vendors
			.findSummaries(list.stream().map(Certification::getVendorId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(VendorSummary::id, Function.identity()));
		Map<Long, List<Certification>> byVendor = list.stream()
			.collect(Collectors.groupingBy(Certification::getVendorId));
		List<ObligationDraft> drafts = new ArrayList<>();
		byVendor.forEach((vendorId, certifications) -> {
			VendorSummary vendor = vendors.get(vendorId);
			if (vendor == null) {
				return;
			}
			for (CertificationStateService.Assessed.Entry entry : CertificationStateService
				.assess(certifications, LocalDate.MIN)
				.entries()) {
				if (entry.renewedBy() == null) {
					drafts.addAll(drafts(entry.certification(), entry.schedule(), vendor));
				}
			}
		});
		return drafts;
	}

	private List<ObligationDraft> drafts(Certification certification, CertificationValidity.Schedule schedule,
			VendorSummary vendor) {
		long id = certification.getId();
		String type = text("certification.type." + certification.getType());
		String title = text("certification.obligation.title", type, vendor.name());
		String link = "/certifications/" + id;
		List<ObligationDraft> drafts = new ArrayList<>();
		drafts.add(new ObligationDraft("certification:" + id + ":lapse", ObligationKind.CERTIFICATION_LAPSE,
				schedule.validUntil(), vendor.id(), CertificationService.ENTITY, id, title, link,
				vendor.businessOwnerId(), false, facts(certification, schedule, type, vendor)));
		if (schedule.interimDueOn() != null) {
			drafts.add(new ObligationDraft("certification:" + id + ":interim", ObligationKind.CERTIFICATION_INTERIM_DUE,
					schedule.interimDueOn(), vendor.id(), CertificationService.ENTITY, id, title, link,
					vendor.businessOwnerId(), false, facts(certification, schedule, type, vendor),
					text("certification.obligation.ifInterimMissed", this.dates.date(schedule.interimDueOn()))));
		}
		if (schedule.surveillanceDueOn() != null) {
			drafts.add(new ObligationDraft("certification:" + id + ":surveillance",
					ObligationKind.CERTIFICATION_SURVEILLANCE_DUE, schedule.surveillanceDueOn(), vendor.id(),
					CertificationService.ENTITY, id, title, link, vendor.businessOwnerId(), false,
					facts(certification, schedule, type, vendor)));
		}
		return drafts;
	}

	private Map<String, String> facts(Certification certification, CertificationValidity.Schedule schedule,
			String type, VendorSummary vendor) {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put(text("certification.vendor"), vendor.name());
		facts.put(text("certification.type"), type);
		facts.put(text("certification.reportDate"), this.dates.date(certification.getReportDate()));
		facts.put(text(schedule.lapse() == CertificationType.Lapse.STALE ? "certification.staleFrom"
				: "certification.expiresOn"), this.dates.date(schedule.lapsesOn()));
		return facts;
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, Locale.ENGLISH);
	}

}
