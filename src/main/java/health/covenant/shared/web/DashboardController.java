package health.covenant.shared.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the panels the modules contribute, filtered by the user's roles. */
@Controller
class DashboardController {

	private final List<DashboardPanel> panels;

	DashboardController(List<DashboardPanel> panels) {
		this.panels = panels.stream().sorted(Comparator.comparingInt(DashboardPanel::order)).toList();
	}

	@GetMapping("/")
	String dashboard(Model model) {
		model.addAttribute("panels", this.panels.stream().filter((p) -> CurrentRoles.allowed(p.roles())).toList());
		return "dashboard";
	}

}
