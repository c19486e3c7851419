package health.covenant.audit.web;

import java.time.LocalDate;

import health.covenant.audit.AuditPage;
import health.covenant.audit.AuditQuery;
import health.covenant.audit.AuditService;
import health.covenant.audit.ChainVerification;
import health.covenant.shared.web.KeysetLinks;
import health.covenant.shared.web.PageLinks;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR', 'SECURITY_OFFICER')")
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditService audit;

	AuditController(AuditService audit) {
		this.audit = audit;
	}

	/** The log newest first, filtered, 50 a page by keyset ({@code older} / {@code newer}: an event's number). */
	@GetMapping
	String list(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
			@RequestParam(required = false) String action, @RequestParam(required = false) String actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long older, @RequestParam(required = false) Long newer, HtmxRequest htmx,
			Model model) {
		AuditQuery query = new AuditQuery(entityType, entityId, action, actor, from, to);
		AuditPage events = this.audit.page(query, older, newer, PAGE_SIZE);
		model.addAttribute("query", query);
		model.addAttribute("events", events.events());
		model.addAttribute("pageLinks", KeysetLinks.of(events.newer(), events.older(), older != null || newer != null,
				PageLinks.currentQuery()));
		model.addAllAttributes(this.audit.filterValues());
		return htmx.isHtmxRequest() ? "audit/list :: results" : "audit/list";
	}

	@PostMapping("/verify")
	String verify(HtmxRequest htmx, Model model) {
		ChainVerification verification = this.audit.verifyChain();
		model.addAttribute("verification", verification);
		if (htmx.isHtmxRequest()) {
			return "audit/list :: verification";
		}
		return list(null, null, null, null, null, null, null, null, htmx, model);
	}

}
