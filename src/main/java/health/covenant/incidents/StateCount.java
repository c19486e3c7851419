package health.covenant.incidents;

/**
 * Affected residents of one state.
 * @param stateCode two-letter USPS code (see {@link UsStates})
 * @param residents how many of the affected individuals live there
 */
public record StateCount(String stateCode, int residents) {
}
