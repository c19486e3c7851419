package health.covenant.vendors;

/** A lifecycle change the rules do not allow (see {@link LifecycleStatus#allowedTargets()}). */
public class IllegalStatusChangeException extends RuntimeException {

	private final LifecycleStatus from;

	private final LifecycleStatus to;

	public IllegalStatusChangeException(LifecycleStatus from, LifecycleStatus to) {
		super("A vendor cannot move from " + from + " to " + to);
		this.from = from;
		this.to = to;
	}

	public LifecycleStatus from() {
		return this.from;
	}

	public LifecycleStatus to() {
		return this.to;
	}

}
