package health.covenant.e2e;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

/**
 * The axe-core scan run on every page a browser test visits: WCAG 2.0/2.1 A and AA rules; the test
 * fails on violations of impact serious or critical, with a message naming rule, impact and nodes.
 */
final class Accessibility {

	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

	private Accessibility() {
	}

	static void check(WebDriver driver) {
		// Legacy mode runs axe.run in the page itself; the default mode opens and closes an extra
		// window per scan (for cross-frame results), which costs seconds. The app has no frames.
		// Only violations come back in full (axe lists one node each for passes etc.): less JSON to move and parse.
		AxeRunOnlyOptions runOnly = new AxeRunOnlyOptions();
		runOnly.setType("tag");
		runOnly.setValues(TAGS);
		AxeRunOptions options = new AxeRunOptions();
		options.setRunOnly(runOnly);
		options.setResultTypes(List.of("violations"));
		Results results = new AxeBuilder().withOptions(options)
			.setLegacyMode(true)
			.disableIframeTesting()
			.analyze(driver);
		if (results.isErrored()) {
			throw new AssertionError("axe could not scan " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
		}
		List<Rule> failing = failing(results.getViolations());
		if (!failing.isEmpty()) {
			throw new AssertionError(describe(driver.getCurrentUrl(), failing));
		}
	}

	static List<Rule> failing(List<Rule> violations) {
		return violations.stream().filter((rule) -> FAILING_IMPACTS.contains(rule.getImpact())).toList();
	}

	static String describe(String url, List<Rule> rules) {
		StringBuilder message = new StringBuilder()
			.append(rules.size())
			.append(" serious/critical accessibility violation(s) on ")
			.append(url)
			.append(':');
		for (Rule rule : rules) {
			message.append("\n- ")
				.append(rule.getId())
				.append(" [")
				.append(rule.getImpact())
				.append("] ")
				.append(rule.getHelp())
				.append(" (")
				.append(rule.getHelpUrl())
				.append(')');
			List<CheckedNode> nodes = rule.getNodes() == null ? List.of() : rule.getNodes();
			for (CheckedNode node : nodes.stream().limit(5).toList()) {
				message.append("\n    at ")
					.append(node.getTarget())
					.append(": ")
					.append(abbreviate(node.getHtml()))
					.append(node.getFailureSummary() == null ? ""
							: "\n       " + node.getFailureSummary().lines().collect(Collectors.joining(" ")));
			}
			if (nodes.size() > 5) {
				message.append("\n    … and ").append(nodes.size() - 5).append(" more node(s)");
			}
		}
		return message.toString();
	}

	private static String abbreviate(String html) {
		if (html == null) {
			return "";
		}
		String oneLine = html.replaceAll("\\s+", " ");
		return oneLine.length() > 160 ? oneLine.substring(0, 157) + "…" : oneLine;
	}

}
