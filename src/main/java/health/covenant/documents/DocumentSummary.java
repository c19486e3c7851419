package health.covenant.documents;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/** What is known about a stored document, without its content. */
@NamedInterface("api")
public record DocumentSummary(long id, String ownerType, long ownerId, String category, String fileName,
		DocumentType type, long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {

	/** Size for people: 812 B, 14.2 KB, 3.1 MB. */
	public String displaySize() {
		if (this.sizeBytes < 1024) {
			return this.sizeBytes + " B";
		}
		if (this.sizeBytes < 1024 * 1024) {
			return String.format(java.util.Locale.ENGLISH, "%.1f KB", this.sizeBytes / 1024.0);
		}
		return String.format(java.util.Locale.ENGLISH, "%.1f MB", this.sizeBytes / (1024.0 * 1024.0));
	}

}
