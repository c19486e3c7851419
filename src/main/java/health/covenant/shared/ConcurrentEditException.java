package health.covenant.shared;

/**
 * Someone else saved the same record since this user opened it (optimistic lock). Controllers catch
 * it and re-render the form with a conflict message; nothing is overwritten.
 */
public class ConcurrentEditException extends RuntimeException {

	public ConcurrentEditException(String what, Object id) {
		super(what + " " + id + " was changed by someone else");
	}

}
