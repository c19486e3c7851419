package health.covenant.obligations.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.obligations.Obligation;
import health.covenant.obligations.ObligationKind;
import health.covenant.obligations.ObligationQuery;
import health.covenant.obligations.ObligationService;
import health.covenant.obligations.ObligationState;
import health.covenant.shared.OrganisationClock;
import health.covenant.shared.web.Dates;
import health.covenant.shared.web.Flash;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorSummary;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /obligations}: the list (filters; "mine" by default), the month calendar and the dashboard panel. */
@Controller
@RequestMapping("/obligations")
@PreAuthorize("isAuthenticated()")
class ObligationController {

	static final int LIMIT = 500;

	private static final Pattern SAFE_BACK = Pattern.compile("[A-Za-z0-9/_.~%=&+,:?-]{0,500}");

	static final List<String> WINDOWS = List.of("30", "90", "365", "overdue", "all");

	/** A list filter as the user chose it (strings, so any input re-renders as typed). */
	record Filter(String kind, String owner, Long vendor, String window) {

		Filter {
			owner = owner == null || owner.isBlank() ? "mine" : owner;
			window = window == null || !WINDOWS.contains(window) ? "90" : window;
		}

	}

	/** One day of the month grid. */
	record Day(LocalDate date, boolean inMonth, boolean today, List<Obligation> obligations) {
	}

	private final ObligationService obligations;

	private final UserService users;

	private final VendorService vendors;

	private final Dates dates;

	private final OrganisationClock clock;

	ObligationController(ObligationService obligations, UserService users, VendorService vendors, Dates dates,
			OrganisationClock clock) {
		this.obligations = obligations;
		this.users = users;
		this.vendors = vendors;
		this.dates = dates;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) String kind, @RequestParam(required = false) String owner,
			@RequestParam(required = false) Long vendor, @RequestParam(required = false) String window,
			HtmxRequest htmx, Model model) {
		Filter filter = new Filter(kind, owner, vendor, window);
		LocalDate today = this.clock.today();
		ObligationQuery query = query(filter, today);
		List<Obligation> rows = this.obligations.search(query, LIMIT);
		common(filter, today, model);
		model.addAttribute("rows", rows);
		model.addAttribute("actionable", this.obligations.actionableByCurrentUser(rows));
		model.addAttribute("truncated", rows.size() >= LIMIT);
		return htmx.isHtmxRequest() ? "obligations/list :: results" : "obligations/list";
	}

	@GetMapping("/calendar")
	String calendar(@RequestParam(required = false) String kind, @RequestParam(required = false) String owner,
			@RequestParam(required = false) Long vendor,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, HtmxRequest htmx,
			Model model) {
		Filter filter = new Filter(kind, owner, vendor, "all");
		LocalDate today = this.clock.today();
		YearMonth shown = month == null ? YearMonth.from(today) : month;
		LocalDate start = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate end = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		ObligationQuery base = query(filter, today);
		List<Obligation> found = this.obligations.search(new ObligationQuery(base.kind(), base.ownerUserId(),
				base.vendorId(), start, end, true, false), LIMIT);
		Map<LocalDate, List<Obligation>> byDay = new LinkedHashMap<>();
		found.forEach((o) -> byDay.computeIfAbsent(o.dueDate(), (d) -> new ArrayList<>()).add(o));
		List<List<Day>> weeks = new ArrayList<>();
		for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
			if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
				weeks.add(new ArrayList<>());
			}
			weeks.get(weeks.size() - 1)
				.add(new Day(day, YearMonth.from(day).equals(shown), day.equals(today),
						byDay.getOrDefault(day, List.of())));
		}
		common(filter, today, model);
		model.addAttribute("month", shown);
		model.addAttribute("monthLabel", shown.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
				java.util.Locale.ENGLISH) + " " + shown.getYear());
		model.addAttribute("previous", shown.minusMonths(1));
		model.addAttribute("next", shown.plusMonths(1));
		model.addAttribute("weeks", weeks);
		model.addAttribute("weekdays", List.of(DayOfWeek.values()));
		return htmx.isHtmxRequest() ? "obligations/calendar :: grid" : "obligations/calendar";
	}

	/** Dashboard panel: the signed-in user's overdue obligations and those due in the next 30 days. */
	@GetMapping("/panel")
	String panel(Model model) {
		LocalDate today = this.clock.today();
		List<Obligation> rows = this.users.current()
			.map((me) -> this.obligations.search(
					new ObligationQuery(null, me.id(), null, today, today.plusDays(30), false, true), 50))
			.orElse(List.of());
		model.addAttribute("rows", rows);
		model.addAttribute("today", today);
		return "obligations/panel :: panel";
	}

	@PostMapping("/{id}/acknowledge")
	@PreAuthorize("hasAnyRole('LEGAL', 'ADMIN', 'SECURITY_OFFICER', 'PROCUREMENT')")
	String acknowledge(@PathVariable long id, @RequestParam(required = false) String back,
			RedirectAttributes redirect) {
		String target = safeBack(back);
		Obligation obligation = this.obligations.acknowledge(id);
		Flash.success(redirect, "obligations.acknowledged", obligation.title());
		return "redirect:" + target;
	}

	@PostMapping("/{id}/snooze")
	@PreAuthorize("hasAnyRole('LEGAL', 'ADMIN', 'SECURITY_OFFICER', 'PROCUREMENT')")
	String snooze(@PathVariable long id, @RequestParam int days, @RequestParam(required = false) String back,
			RedirectAttributes redirect) {
		safeBack(back);
		if (days != 7 && days != 30) {
			Flash.error(redirect, "obligations.snooze.invalid");
			return "redirect:" + safeBack(back);
		}
		try {
			Obligation obligation = this.obligations.snooze(id, days);
			Flash.success(redirect, "obligations.snoozed", obligation.title(),
					this.dates.date(obligation.snoozedUntil()));
		}
		catch (ObligationService.SnoozeRefusedException ex) {
			Flash.error(redirect, "obligations.snooze.refused", this.obligations.get(id).title());
		}
		return "redirect:" + safeBack(back);
	}

	/**
	 * Only same-site paths under /obligations (no open redirect). Checked before anything is saved: a
	 * value with characters no link of ours has (line breaks, braces, spaces…) is refused with 400.
	 */
	static String safeBack(String back) {
		if (back != null && !SAFE_BACK.matcher(back).matches()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		return back != null && back.startsWith("/obligations") && !back.contains("//") && !back.contains("\\")
				? back : "/obligations";
	}

	private ObligationQuery query(Filter filter, LocalDate today) {
		ObligationKind kind = parseKind(filter.kind());
		Long owner = switch (filter.owner()) {
			case "any" -> null;
			case "mine" -> this.users.current().map(UserSummary::id).orElse(-1L);
			default -> parseLong(filter.owner());
		};
		return switch (filter.window()) {
			case "overdue" -> new ObligationQuery(kind, owner, filter.vendor(), null, today.minusDays(1), false, false);
			case "all" -> new ObligationQuery(kind, owner, filter.vendor(), null, null, true, false);
			default -> new ObligationQuery(kind, owner, filter.vendor(), today,
					today.plusDays(Integer.parseInt(filter.window())), false, true);
		};
	}

	private void common(Filter filter, LocalDate today, Model model) {
		Map<Long, String> owners = new LinkedHashMap<>();
		this.users.allUsers().forEach((u) -> owners.put(u.id(), u.displayName()));
		model.addAttribute("filter", filter);
		model.addAttribute("kinds", ObligationKind.values());
		model.addAttribute("windows", WINDOWS);
		model.addAttribute("owners", owners);
		Map<Long, String> vendorNames = new LinkedHashMap<>();
		this.vendors.findSummaries(this.obligations.vendorIds())
			.stream()
			.sorted(java.util.Comparator.comparing((VendorSummary v) -> v.name().toLowerCase(java.util.Locale.ROOT)))
			.forEach((v) -> vendorNames.put(v.id(), v.name()));
		model.addAttribute("vendors", vendorNames);
		model.addAttribute("today", today);
		model.addAttribute("states", ObligationState.values());
	}

	private static ObligationKind parseKind(String kind) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		try {
			return ObligationKind.valueOf(kind);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Long parseLong(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			return -1L;
		}
	}

}
