package health.covenant.incidents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether business associates owe us a yearly written verification of their safeguards
 * ({@code covenant.incidents.ba-verification.enabled}). On by default: the 2025 proposed amendment of the
 * Security Rule asks for it; an organisation that does not (yet) require it turns it off and the
 * verification obligations are done.
 */
@ConfigurationProperties("covenant.incidents.ba-verification")
public record IrCommitmentSettings(@DefaultValue("true") boolean enabled) {

}
