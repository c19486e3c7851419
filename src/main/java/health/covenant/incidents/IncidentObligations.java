package health.covenant.incidents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import health.covenant.obligations.ObligationDraft;
import health.covenant.obligations.ObligationKind;
import health.covenant.obligations.ObligationSource;
import health.covenant.shared.web.Dates;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Our notification deadlines of each incident for the obligations module ({@link BreachClocks}): key
 * {@code incident:<id>:individuals}, {@code :hhs}, {@code :media}, {@code :state:<code>}; done once the
 * notice is recorded. An incident that owes nothing (no PHI, or a low probability of compromise
 * documented) returns none, so its obligations are marked done. No owner: the reminder rules address
 * legal and escalate to the security officers and administrators. Nothing moves with the calendar.
 */
@Component
class IncidentObligations implements ObligationSource {

	private final VendorIncidentRepository incidents;

	private final StateRules stateRules;

	private final MessageSource messages;

	private final Dates dates;

	IncidentObligations(VendorIncidentRepository incidents, StateRules stateRules, MessageSource messages,
			Dates dates) {
		this.incidents = incidents;
		this.stateRules = stateRules;
		this.messages = messages;
		this.dates = dates;
	}

	@Override
	public String subjectType() {
		return IncidentService.ENTITY;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ObligationDraft> all() {
		return drafts(this.incidents.findOwing());
	}

	@Override
	@Transactional(readOnly = true)
	public List<ObligationDraft> forSubject(long subjectId) {
		return forSubjects(List.of(subjectId));
	}

	@Override
	@Transactional(readOnly = true)
	public List<ObligationDraft> forSubjects(Collection<Long> subjectIds) {
		return subjectIds.isEmpty() ? List.of() : drafts(this.incidents.findByIds(subjectIds));
	}

	@Override
	public Optional<Set<Long>> movedByCalendar(LocalDate day) {
		return Optional.of(Set.of());
	}

	private List<ObligationDraft> drafts(List<VendorIncident> list) {
		if (list.isEmpty()) {
			return List.of();
		}
		List<StateBreachRule> rules = this.stateRules.all();
		List<ObligationDraft> drafts = new ArrayList<>();
		for (VendorIncident incident : list) {
			for (BreachClocks.Deadline deadline : BreachClocks.deadlines(incident.facts(), rules)) {
				drafts.add(draft(incident, deadline));
			}
		}
		return drafts;
	}

	private ObligationDraft draft(VendorIncident incident, BreachClocks.Deadline deadline) {
		long id = incident.getId();
		String state = deadline.stateCode() == null ? "" : deadline.stateCode();
		String title = text("incident.obligation.title." + deadline.audience(), incident.getVendorName(), state);
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put(text("incident.vendor"), incident.getVendorName());
		facts.put(text("incident.kind"), text("incident.kind." + incident.getKind()));
		facts.put(text("incident.ourDiscoveryOn"), this.dates.date(incident.details().effectiveOurDiscoveryOn()));
		facts.put(text("incident.individualsAffected"),
				incident.facts().total() + (incident.isIndividualsEstimated() ? " " + text("incident.estimated") : ""));
		facts.put(text("incident.deadline.rule"), deadline.citation()
				+ (deadline.needsLegalReview() ? " (" + text("incident.legalReview") + ")" : ""));
		return new ObligationDraft("incident:" + id + ":" + deadline.key(), kind(deadline.audience()),
				deadline.dueOn(), incident.getVendorId(), IncidentService.ENTITY, id, title, "/incidents/" + id, null,
				incident.notifiedOn(deadline.audience(), deadline.stateCode()) != null, facts);
	}

	static ObligationKind kind(NoticeAudience audience) {
		return switch (audience) {
			case INDIVIDUALS -> ObligationKind.BREACH_NOTICE_INDIVIDUALS;
			case HHS -> ObligationKind.BREACH_NOTICE_HHS;
			case MEDIA -> ObligationKind.BREACH_NOTICE_MEDIA;
			case STATE -> ObligationKind.BREACH_NOTICE_STATE;
		};
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, Locale.ENGLISH);
	}

}
