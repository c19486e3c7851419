package health.covenant.obligations.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.obligations.CalendarDay;
import health.covenant.obligations.Obligation;
import health.covenant.obligations.ObligationKind;
import health.covenant.obligations.ObligationPage;
import health.covenant.obligations.ObligationQuery;
import health.covenant.obligations.ObligationService;
import health.covenant.obligations.ObligationState;
import health.covenant.shared.OrganisationClock;
import health.covenant.shared.Paging;
import health.covenant.shared.web.Dates;
import health.covenant.shared.web.Flash;
import health.covenant.shared.web.OwnerFilter;
import health.covenant.shared.web.PageLinks;
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

/**
 * {@code /obligations}: the list (filters, "mine" by default, 25 a page), the month calendar, the
 * vendor typeahead of the filters and the dashboard panel. Every request reads a bounded number of
 * rows, whatever the volume.
 */
@Controller
@RequestMapping("/obligations")
@PreAuthorize("isAuthenticated()")
class ObligationController {

	static final int PAGE_SIZE = 25;

	/** Obligations shown in one day of the calendar; the rest are a link to that day's list. */
	static final int PER_DAY = 3;

	/** Vendors offered by the typeahead. */
	static final int SUGGESTIONS = 10;

	/** Obligations in the dashboard panel. */
	static final int PANEL_ROWS = 10;

	private static final int MAX_NAME = 200;

	private static final Pattern SAFE_BACK = Pattern.compile("[A-Za-z0-9/_.~%=&+,:?-]{0,500}");

	/**
	 * The filters as links write them, and the vendor's name as the typeahead shows it.
	 *
	 * @param vendorName the vendor's name (the one found for {@code vendor}, or the text typed)
	 * @param day due on this day only (the calendar's "more" link), or null
	 */
	record Filter(String kind, String owner, Long vendor, String vendorName, String window, LocalDate day) {
	}

	/** One day of the month grid. */
	record Day(LocalDate date, boolean inMonth, boolean today, List<Obligation> obligations, long more) {
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
	String list(@RequestParam(required = false) ObligationKind kind, @RequestParam(required = false) OwnerFilter owner,
			@RequestParam(required = false) Long vendor, @RequestParam(required = false) String vendorName,
			@RequestParam(required = false) DueWindow window,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(defaultValue = "1") int page, HtmxRequest htmx, Model model) {
		LocalDate today = this.clock.today();
		DueWindow due = day != null ? DueWindow.ALL : (window == null ? DueWindow.DEFAULT : window);
		VendorChoice chosen = vendor(vendor, vendorName);
		Filter filter = new Filter(kind == null ? null : kind.name(), owner(owner).param(), chosen.id(), chosen.name(),
				due.param(), day);
		List<Obligation> rows = List.of();
		ObligationPage result = null;
		if (!chosen.unknown()) {
			ObligationQuery query = query(kind, owner(owner), chosen.id(), due, day, today);
			result = this.obligations.page(query, Paging.request(page, PAGE_SIZE));
			rows = result.page().getContent();
		}
		common(filter, today, model);
		model.addAttribute("rows", rows);
		model.addAttribute("countCapped", result != null && result.countCapped());
		model.addAttribute("countCap", ObligationPage.COUNT_CAP);
		model.addAttribute("pageLinks", rows.isEmpty() ? null
				: PageLinks.of(result.page(), PageLinks.currentQuery()));
		model.addAttribute("unknownVendor", chosen.unknown());
		model.addAttribute("similarVendors", chosen.unknown() ? this.vendors.suggest(chosen.name(), SUGGESTIONS) : List.of());
		model.addAttribute("vendorNames", vendorNames(rows));
		model.addAttribute("actionable", this.obligations.actionableByCurrentUser(rows));
		return htmx.isHtmxRequest() ? "obligations/list :: results" : "obligations/list";
	}

	/** The typeahead of the vendor filter: at most {@link #SUGGESTIONS} vendors for the text typed. */
	@GetMapping("/vendor-suggestions")
	String vendorSuggestions(@RequestParam(required = false) String vendorName, Model model) {
		String text = vendorName == null ? "" : vendorName.strip();
		model.addAttribute("suggestions",
				text.isEmpty() || text.length() > MAX_NAME ? List.of() : this.vendors.suggest(text, SUGGESTIONS));
		return "obligations/list :: vendorSuggestions";
	}

	@GetMapping("/calendar")
	String calendar(@RequestParam(required = false) ObligationKind kind,
			@RequestParam(required = false) OwnerFilter owner, @RequestParam(required = false) Long vendor,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, HtmxRequest htmx,
			Model model) {
		LocalDate today = this.clock.today();
		VendorChoice chosen = vendor(vendor, null);
		Filter filter = new Filter(kind == null ? null : kind.name(), owner(owner).param(), chosen.id(), chosen.name(),
				DueWindow.ALL.param(), null);
		YearMonth shown = month == null ? YearMonth.from(today) : month;
		LocalDate start = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate end = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		Map<LocalDate, CalendarDay> byDay = this.obligations
			.calendar(query(kind, owner(owner), chosen.id(), DueWindow.ALL, null, today), start, end, PER_DAY);
		List<List<Day>> weeks = new ArrayList<>();
		for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
			if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
				weeks.add(new ArrayList<>());
			}
			CalendarDay due = byDay.getOrDefault(day, new CalendarDay(List.of(), 0));
			weeks.get(weeks.size() - 1)
				.add(new Day(day, YearMonth.from(day).equals(shown), day.equals(today), due.shown(), due.more()));
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

	/**
	 * Dashboard panel: the signed-in user's first {@link #PANEL_ROWS} obligations, overdue or due in the
	 * next 30 days.
	 */
	@GetMapping("/panel")
	String panel(Model model) {
		LocalDate today = this.clock.today();
		List<Obligation> rows = this.users.current()
			.map((me) -> this.obligations.search(
					new ObligationQuery(null, me.id(), null, today, today.plusDays(30), false, true), PANEL_ROWS + 1))
			.orElse(List.of());
		model.addAttribute("rows", rows.size() > PANEL_ROWS ? rows.subList(0, PANEL_ROWS) : rows);
		model.addAttribute("more", rows.size() > PANEL_ROWS);
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

	/**
	 * The vendor filter: the id the typeahead picked, unless the name beside it was changed (a browser
	 * without scripts sends what was typed), in which case the vendor of exactly that name.
	 */
	private VendorChoice vendor(Long id, String typedName) {
		String typed = typedName == null ? null : typedName.strip();
		if (id != null) {
			Optional<VendorSummary> vendor = this.vendors.findSummary(id);
			if (vendor.isPresent() && (typed == null || typed.equalsIgnoreCase(vendor.get().name()))) {
				return new VendorChoice(id, vendor.get().name(), false);
			}
			if (vendor.isEmpty() && typed == null) {
				return new VendorChoice(id, null, false);
			}
		}
		if (typed == null || typed.isEmpty()) {
			return new VendorChoice(null, null, false);
		}
		if (typed.length() > MAX_NAME) {
			return new VendorChoice(null, typed.substring(0, MAX_NAME), true);
		}
		return this.vendors.findByName(typed)
			.map((v) -> new VendorChoice(v.id(), v.name(), false))
			.orElseGet(() -> new VendorChoice(null, typed, true));
	}

	/** The vendor of the filter; {@code unknown}: a name was typed that no vendor has. */
	private record VendorChoice(Long id, String name, boolean unknown) {
	}

	private OwnerFilter owner(OwnerFilter owner) {
		return owner == null ? OwnerFilter.MINE : owner;
	}

	private ObligationQuery query(ObligationKind kind, OwnerFilter owner, Long vendor, DueWindow window, LocalDate day,
			LocalDate today) {
		Long ownerId = owner.userIdFor(this.users.current().map(UserSummary::id));
		if (day != null) {
			return new ObligationQuery(kind, ownerId, vendor, day, day, true, false);
		}
		return switch (window.param()) {
			case "overdue" -> new ObligationQuery(kind, ownerId, vendor, null, today.minusDays(1), false, false);
			case "all" -> new ObligationQuery(kind, ownerId, vendor, null, null, true, false);
			default -> new ObligationQuery(kind, ownerId, vendor, today, today.plusDays(window.days()), false, true);
		};
	}

	/** The names of the vendors of these rows (one query for the page). */
	private Map<Long, String> vendorNames(List<Obligation> rows) {
		Map<Long, String> names = new LinkedHashMap<>();
		this.vendors.findSummaries(rows.stream().map(Obligation::vendorId).collect(Collectors.toSet()))
			.forEach((v) -> names.put(v.id(), v.name()));
		return names;
	}

	private void common(Filter filter, LocalDate today, Model model) {
		Map<Long, String> owners = new LinkedHashMap<>();
		this.users.allUsers().forEach((u) -> owners.put(u.id(), u.displayName()));
		model.addAttribute("filter", filter);
		model.addAttribute("kinds", ObligationKind.values());
		model.addAttribute("windows", DueWindow.PARAMS);
		model.addAttribute("owners", owners);
		model.addAttribute("today", today);
		model.addAttribute("states", ObligationState.values());
	}

}
