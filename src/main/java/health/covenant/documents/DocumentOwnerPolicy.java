package health.covenant.documents;

import org.springframework.modulith.NamedInterface;

/**
 * Contributed as a bean by a module whose records own documents: decides whether a document may be
 * deleted. Without a policy for an owner type, nothing of that type can be deleted.
 */
@NamedInterface("api")
public interface DocumentOwnerPolicy {

	/** The owner type this policy speaks for, e.g. {@code Agreement}. */
	String ownerType();

	/** Whether documents of this owner may be deleted now (false: they must be retained). */
	boolean mayDelete(long ownerId);

}
