package health.covenant.documents;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Stored content that does not decrypt under its key or whose hash no longer matches: altered at
 * rest. It is never served.
 */
@ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
public class DocumentIntegrityException extends RuntimeException {

	public DocumentIntegrityException(long documentId, Throwable cause) {
		super("document " + documentId + " failed its integrity check", cause);
	}

}
