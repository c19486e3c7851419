package health.covenant.risk;

import java.util.List;

/**
 * One line of a score's explanation: what was found, in plain words (a message key and its arguments),
 * how many points it added to the inherent risk or took off the residual, and where the input lives.
 *
 * @param group inherent factor, control or gate
 * @param messageKey the plain-words explanation ({@code risk.factor.*})
 * @param args its arguments
 * @param points inherent points added, or residual points taken off by a control (0 for gates)
 * @param link the page where the input lives
 */
public record RiskFactor(Group group, String messageKey, List<String> args, int points, String link) {

	public RiskFactor {
		args = List.copyOf(args);
	}

	/** Where a factor counts. */
	public enum Group {

		/** Adds to the inherent risk. */
		INHERENT,
		/** Takes off the residual risk. */
		CONTROL,
		/** Overrides the arithmetic. */
		GATE

	}

}
