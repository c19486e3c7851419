package health.covenant.documents;

import org.springframework.modulith.NamedInterface;

/**
 * An upload Covenant refuses; {@link #messageKey()} and {@link #args()} say why in the user's words.
 */
@NamedInterface("api")
public class DocumentRejectedException extends RuntimeException {

	public enum Reason {

		EMPTY("documents.rejected.empty"), TOO_LARGE("documents.rejected.tooLarge"),
		TYPE_NOT_ALLOWED("documents.rejected.type");

		private final String messageKey;

		Reason(String messageKey) {
			this.messageKey = messageKey;
		}

	}

	private final Reason reason;

	private final Object[] args;

	public DocumentRejectedException(Reason reason, Object... args) {
		super("document rejected: " + reason);
		this.reason = reason;
		this.args = args;
	}

	public Reason reason() {
		return this.reason;
	}

	public String messageKey() {
		return this.reason.messageKey;
	}

	public Object[] args() {
		return this.args.clone();
	}

}
