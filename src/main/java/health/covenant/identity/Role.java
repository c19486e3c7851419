package health.covenant.identity;

import org.springframework.modulith.NamedInterface;

/** What a person may do in Covenant. A user holds one or more roles. */
@NamedInterface("api")
public enum Role {

	/** Registers vendors. */
	PROCUREMENT,
	/** Assesses vendors, reviews risk scores, edits AI profiles. */
	SECURITY_OFFICER,
	/** Owns BAAs and contracts; receives renewal and notice reminders. */
	LEGAL,
	/** Manages users and settings. */
	ADMIN,
	/** Reads everything, changes nothing. */
	AUDITOR;

	public String authority() {
		return "ROLE_" + name();
	}

}
