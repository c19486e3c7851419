package health.covenant.obligations;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/**
 * Filters of the obligation list. Null means "any".
 *
 * @param kind only this kind
 * @param ownerUserId only obligations owned by this user
 * @param vendorId only this vendor's
 * @param from due on or after (null: no lower bound)
 * @param to due on or before (null: no upper bound)
 * @param includeDone whether done obligations are listed
 * @param includeOverdue whether open obligations due before {@code from} are listed too
 */
@NamedInterface("api")
public record ObligationQuery(ObligationKind kind, Long ownerUserId, Long vendorId, LocalDate from, LocalDate to,
		boolean includeDone, boolean includeOverdue) {
}
