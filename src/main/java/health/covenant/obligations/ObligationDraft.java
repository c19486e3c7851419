package health.covenant.obligations;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.modulith.NamedInterface;

/**
 * One obligation as its source sees it. Sources build drafts from their data; this module stores
 * them by {@link #key()}.
 *
 * @param key stable key, unique across sources, e.g. {@code agreement:42:notice}
 * @param kind what comes due
 * @param dueDate the day it comes due, in the organisation's time zone
 * @param vendorId the vendor concerned
 * @param subjectType the source's subject type, e.g. {@code Agreement} (see
 * {@link ObligationSource#subjectType()})
 * @param subjectId the subject's id
 * @param title short title, e.g. {@code BAA with Acme Scribe}
 * @param link path of the subject's page, e.g. {@code /agreements/42}
 * @param ownerUserId the user who owns it, if any
 * @param done whether the duty is fulfilled (e.g. agreement renewed, terminated, superseded)
 * @param facts ordered key facts shown in e-mails (label to value)
 * @param ifMissed for a kind that {@linkplain ObligationKind#lapses() lapses}: what passing the due
 * date unmet means, in a few words that complete a sentence (e.g. {@code the BAA renewed until
 * 29 Feb 2028}); null if nothing to say
 */
@NamedInterface("api")
public record ObligationDraft(String key, ObligationKind kind, LocalDate dueDate, long vendorId, String subjectType,
		long subjectId, String title, String link, Long ownerUserId, boolean done, Map<String, String> facts,
		String ifMissed) {

	public ObligationDraft {
		facts = facts == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
	}

	/** A draft with nothing to say about missing it. */
	public ObligationDraft(String key, ObligationKind kind, LocalDate dueDate, long vendorId, String subjectType,
			long subjectId, String title, String link, Long ownerUserId, boolean done, Map<String, String> facts) {
		this(key, kind, dueDate, vendorId, subjectType, subjectId, title, link, ownerUserId, done, facts, null);
	}

}
