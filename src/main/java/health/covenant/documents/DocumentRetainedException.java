package health.covenant.documents;

import org.springframework.http.HttpStatus;
import org.springframework.modulith.NamedInterface;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Deletion refused: the owner must keep the document (e.g. 6-year BAA retention, 164.316(b)(2)(i)). */
@NamedInterface("api")
@ResponseStatus(HttpStatus.CONFLICT)
public class DocumentRetainedException extends RuntimeException {

	public DocumentRetainedException(long documentId) {
		super("document " + documentId + " must be retained");
	}

}
