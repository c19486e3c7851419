package health.covenant.incidents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import health.covenant.agreements.BreachNoticeWindow;

/**
 * One incident as its page shows it: the facts, the vendor's SLA against its commitment (and the BAA it
 * came from), what we owe to whom by when and what was given, the risk assessment.
 *
 * @param commitmentAgreementId the BAA the window came from; null when none was in force (164.410's 60 days)
 * @param sla the vendor's report against its window; null when no window applies to this kind of incident
 */
public record IncidentView(long id, long version, long vendorId, String vendorName, IncidentDetails details,
		RiskAssessment risk, LocalDate riskAssessedOn, String riskAssessedBy, Long commitmentAgreementId,
		BreachNoticeWindow commitment, BreachClocks.Sla sla, List<OwedNotice> notices, LocalDate today,
		Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

	/** One dated line of the timeline. */
	public record Entry(LocalDate date, String messageKey, List<Object> args, String tone) {
	}

	public boolean notificationRequired() {
		return this.details.phiInvolved() && this.risk.conclusion() != RiskConclusion.LOW_PROBABILITY;
	}

	public boolean slaMissed() {
		return this.sla != null && !this.sla.met();
	}

	/** Every date of the incident and every deadline, in order (undated facts left out). */
	public List<Entry> timeline() {
		List<Entry> entries = new ArrayList<>();
		IncidentDetails d = this.details;
		if (d.occurredOn() != null) {
			entries.add(new Entry(d.occurredOn(), "incident.timeline.occurred", List.of(), "fact"));
		}
		entries.add(new Entry(d.vendorDiscoveredOn(), "incident.timeline.vendorDiscovered", List.of(), "fact"));
		if (this.sla != null) {
			entries.add(new Entry(this.sla.lastDay(), "incident.timeline.vendorOwed", List.of(),
					this.sla.met() ? "ok" : "bad"));
		}
		entries.add(new Entry(d.reportedOn(), this.sla == null ? "incident.timeline.reported"
				: this.sla.met() ? "incident.timeline.reportedInTime" : "incident.timeline.reportedLate",
				List.of(this.sla == null ? 0 : this.sla.daysLate()), this.sla == null || this.sla.met() ? "fact" : "bad"));
		entries.add(new Entry(d.effectiveOurDiscoveryOn(), "incident.timeline.ourDiscovery", List.of(), "fact"));
		if (this.riskAssessedOn != null) {
			entries.add(new Entry(this.riskAssessedOn, "incident.timeline.assessed." + this.risk.conclusion(), List.of(),
					"fact"));
		}
		for (OwedNotice notice : this.notices) {
			String audience = notice.deadline().audience().name();
			Object state = notice.deadline().stateCode() == null ? "" : notice.deadline().stateCode();
			entries.add(new Entry(notice.deadline().dueOn(), "incident.timeline.due." + audience, List.of(state),
					notice.given() ? "ok" : notice.overdue(this.today) ? "bad" : "warn"));
			if (notice.given()) {
				entries.add(new Entry(notice.notifiedOn(), "incident.timeline.given." + audience, List.of(state),
						notice.givenLate() ? "bad" : "ok"));
			}
		}
		entries.sort(Comparator.comparing(Entry::date));
		return entries;
	}

}
