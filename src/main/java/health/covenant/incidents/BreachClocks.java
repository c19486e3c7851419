package health.covenant.incidents;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import health.covenant.agreements.BreachNoticeWindow;

/**
 * The clocks a vendor incident starts, in one place, without database or clock.
 * <ul>
 * <li><b>The vendor's SLA</b>: the vendor owed us its report within its BAA's breach-notice window from the
 * day it discovered the breach (164.410(b): never more than 60 calendar days); met when reported on or
 * before the window's last day ({@link BreachNoticeWindow#lastDay}: hours rounded up to whole days,
 * business days skipping weekends and observed US federal holidays), otherwise missed by the days
 * after it.</li>
 * <li><b>Our deadlines</b>, from our own discovery date, unless no notice is owed (no PHI involved, or a
 * low probability of compromise documented, 164.402(2)):
 * <ul>
 * <li>individuals: 60 calendar days (164.404(b));</li>
 * <li>media: 60 days, when more than 500 residents of one state are affected (164.406);</li>
 * <li>HHS: at the same time as the individuals (60 days) when 500 or more are affected in total, otherwise
 * in the yearly log, 60 days after the end of the calendar year of discovery (164.408(b), (c)): 1 March, or
 * 29 February in a leap year;</li>
 * <li>a state: its own shorter deadline for its residents (state rules, data), the earliest rule that
 * applies winning, and only when it is earlier than the 60 days of 164.404.</li>
 * </ul>
 * </li>
 * </ul>
 */
public final class BreachClocks {

	/** 164.404(b), 164.406(b), 164.408(b): no later than 60 calendar days after discovery. */
	public static final int HIPAA_DAYS = 60;

	/** 164.406, 164.408(b): the thresholds of affected individuals. */
	public static final int LARGE_BREACH = 500;

	private BreachClocks() {
	}

	/** Which rule set a deadline. */
	public enum Basis {

		INDIVIDUALS_60_DAYS("45 CFR 164.404(b)"), MEDIA_60_DAYS("45 CFR 164.406(b)"),
		HHS_WITH_INDIVIDUALS("45 CFR 164.408(b)"), HHS_ANNUAL_LOG("45 CFR 164.408(c)"), STATE_RULE(null);

		private final String citation;

		Basis(String citation) {
			this.citation = citation;
		}

		public String citation() {
			return this.citation;
		}

	}

	/**
	 * The facts the clocks read.
	 * @param phiInvolved whether PHI was involved
	 * @param conclusion the risk assessment's conclusion
	 * @param ourDiscoveryOn the day we discovered the breach (our clocks start here)
	 * @param individualsAffected the count (or estimate); null when unknown (then the sum of the states)
	 * @param residentsByState affected residents by two-letter state code
	 */
	public record Facts(boolean phiInvolved, RiskConclusion conclusion, LocalDate ourDiscoveryOn,
			Integer individualsAffected, Map<String, Integer> residentsByState) {

		public Facts {
			residentsByState = residentsByState == null ? Map.of() : Map.copyOf(residentsByState);
		}

		/** The count, or the sum of the states' residents when no count is recorded. */
		public int total() {
			int sum = this.residentsByState.values().stream().mapToInt(Integer::intValue).sum();
			return this.individualsAffected == null ? sum : Math.max(this.individualsAffected, 0);
		}

		/** Whether we owe notice at all. */
		public boolean notificationRequired() {
			return this.phiInvolved && this.conclusion != RiskConclusion.LOW_PROBABILITY;
		}

	}

	/**
	 * The vendor's report checked against its window.
	 * @param lastDay the last day the report was in time
	 * @param daysLate 0 when met, otherwise the calendar days after {@code lastDay}
	 */
	public record Sla(BreachNoticeWindow window, LocalDate discoveredOn, LocalDate lastDay, LocalDate reportedOn,
			boolean met, long daysLate) {
	}

	/**
	 * One deadline we owe.
	 * @param stateCode for {@link NoticeAudience#STATE}, the state; for media, the states concerned
	 * (comma-separated); null otherwise
	 * @param rule for {@link Basis#STATE_RULE}, the state rule that applied
	 */
	public record Deadline(NoticeAudience audience, String stateCode, LocalDate dueOn, Basis basis,
			StateBreachRule rule) {

		/** The citation of the rule that set it. */
		public String citation() {
			return this.rule != null ? this.rule.citation() : this.basis.citation();
		}

		/** Whether a lawyer must confirm it (state rules). */
		public boolean needsLegalReview() {
			return this.rule != null && this.rule.needsLegalReview();
		}

		/** Stable name of the audience: {@code individuals}, {@code hhs}, {@code media}, {@code state:CO}. */
		public String key() {
			return this.audience == NoticeAudience.STATE ? "state:" + this.stateCode
					: this.audience.name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/**
	 * Whether the vendor's report is checked against its breach-notice window: a breach of unsecured PHI,
	 * or any incident involving PHI (presumed a breach until assessed). Other incidents have no window.
	 */
	public static boolean slaApplies(IncidentKind kind, boolean phiInvolved) {
		return phiInvolved || kind == IncidentKind.BREACH_OF_UNSECURED_PHI;
	}

	/** The vendor's SLA: reported on or before the window's last day from its own discovery. */
	public static Sla sla(BreachNoticeWindow window, LocalDate vendorDiscoveredOn, LocalDate reportedOn) {
		LocalDate lastDay = window.lastDay(vendorDiscoveredOn);
		long late = Math.max(0, ChronoUnit.DAYS.between(lastDay, reportedOn));
		return new Sla(window, vendorDiscoveredOn, lastDay, reportedOn, late == 0, late);
	}

	/** Every deadline we owe, earliest first; none when no notice is owed. */
	public static List<Deadline> deadlines(Facts facts, List<StateBreachRule> stateRules) {
		if (!facts.notificationRequired() || facts.ourDiscoveryOn() == null) {
			return List.of();
		}
		LocalDate discovered = facts.ourDiscoveryOn();
		LocalDate sixtyDays = discovered.plusDays(HIPAA_DAYS);
		List<Deadline> deadlines = new ArrayList<>();
		deadlines.add(new Deadline(NoticeAudience.INDIVIDUALS, null, sixtyDays, Basis.INDIVIDUALS_60_DAYS, null));
		int total = facts.total();
		if (total >= LARGE_BREACH) {
			deadlines.add(new Deadline(NoticeAudience.HHS, null, sixtyDays, Basis.HHS_WITH_INDIVIDUALS, null));
		}
		else {
			deadlines.add(new Deadline(NoticeAudience.HHS, null, annualLogDeadline(discovered.getYear()),
					Basis.HHS_ANNUAL_LOG, null));
		}
		List<String> mediaStates = new TreeMap<>(facts.residentsByState()).entrySet()
			.stream()
			.filter((e) -> e.getValue() != null && e.getValue() > LARGE_BREACH)
			.map(Map.Entry::getKey)
			.toList();
		if (!mediaStates.isEmpty()) {
			deadlines.add(new Deadline(NoticeAudience.MEDIA, String.join(",", mediaStates), sixtyDays,
					Basis.MEDIA_60_DAYS, null));
		}
		new TreeMap<>(facts.residentsByState()).forEach((state, residents) -> {
			if (residents == null || residents <= 0) {
				return;
			}
			stateRules.stream()
				.filter((rule) -> rule.stateCode().equals(state) && residents >= Math.max(1, rule.minResidents()))
				.map((rule) -> new Deadline(NoticeAudience.STATE, state, rule.window().lastDay(discovered),
						Basis.STATE_RULE, rule))
				.min(Comparator.comparing(Deadline::dueOn))
				.filter((earliest) -> earliest.dueOn().isBefore(sixtyDays))
				.ifPresent(deadlines::add);
		});
		deadlines.sort(Comparator.comparing(Deadline::dueOn).thenComparing(Deadline::audience)
			.thenComparing((d) -> d.stateCode() == null ? "" : d.stateCode()));
		return List.copyOf(deadlines);
	}

	/** 164.408(c): within 60 days after the end of the calendar year of discovery. */
	public static LocalDate annualLogDeadline(int yearOfDiscovery) {
		return MonthDay.of(12, 31).atYear(yearOfDiscovery).plusDays(HIPAA_DAYS);
	}

}
