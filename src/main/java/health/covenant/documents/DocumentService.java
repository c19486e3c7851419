package health.covenant.documents;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import health.covenant.audit.AuditChanges;
import health.covenant.audit.AuditService;
import health.covenant.shared.Actor;
import health.covenant.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Stores, lists, serves and deletes documents of any owner (entity type + id). Content is checked by
 * its bytes (type, size), hashed with SHA-256 and AES-GCM encrypted before it reaches the database;
 * on the way out it is decrypted and its hash verified, so altered content is refused, never served.
 * Every upload, download, refusal and deletion is audited.
 */
@NamedInterface("api")
@Service
public class DocumentService {

	/** Roles that may download documents (PROCUREMENT may not). */
	public static final String DOWNLOAD_ROLES = "hasAnyRole('LEGAL', 'ADMIN', 'SECURITY_OFFICER', 'AUDITOR')";

	private static final String COLUMNS = """
			id, owner_type, owner_id, category, file_name, content_type, size_bytes, sha256, created_by, created_at""";

	private final JdbcClient jdbc;

	private final DocumentCipher cipher;

	private final AuditService audit;

	private final Clock clock;

	private final List<DocumentOwnerPolicy> policies;

	private final long maxSizeBytes;

	DocumentService(JdbcClient jdbc, DocumentCipher cipher, AuditService audit, Clock clock,
			List<DocumentOwnerPolicy> policies,
			@Value("${spring.servlet.multipart.max-file-size:25MB}") DataSize maxSize) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.audit = audit;
		this.clock = clock;
		this.policies = policies;
		this.maxSizeBytes = maxSize.toBytes();
	}

	/** The upload limit in bytes ({@code COVENANT_MAX_UPLOAD_SIZE}, default 25 MB). */
	public long maxSizeBytes() {
		return this.maxSizeBytes;
	}

	/** The upload limit for people, e.g. "25 MB". */
	public String maxSizeLabel() {
		long mb = this.maxSizeBytes / (1024 * 1024);
		return mb > 0 ? mb + " MB" : (this.maxSizeBytes / 1024) + " KB";
	}

	/** Refuses sizes over the limit before anything is read into memory. */
	public void checkSize(long sizeBytes) {
		if (sizeBytes > this.maxSizeBytes) {
			throw new DocumentRejectedException(DocumentRejectedException.Reason.TOO_LARGE, maxSizeLabel());
		}
	}

	/**
	 * Stores a document for an owner after checking it.
	 * @throws DocumentRejectedException empty, too large, or not an accepted type by its content
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('LEGAL', 'ADMIN', 'SECURITY_OFFICER')")
	public DocumentSummary store(String ownerType, long ownerId, String category, String fileName, byte[] content) {
		if (content == null || content.length == 0) {
			throw new DocumentRejectedException(DocumentRejectedException.Reason.EMPTY);
		}
		checkSize(content.length);
		DocumentType type = DocumentType.detect(content)
			.orElseThrow(() -> new DocumentRejectedException(DocumentRejectedException.Reason.TYPE_NOT_ALLOWED));
		String name = cleanFileName(fileName);
		String sha256 = sha256(content);
		byte[] encrypted = this.cipher.encrypt(content, associatedData(ownerType, ownerId, sha256));
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		String actor = Actor.current();
		long id = this.jdbc.sql("""
				INSERT INTO document (owner_type, owner_id, category, file_name, content_type, size_bytes, sha256,
				                      content, created_at, created_by, updated_at, updated_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
				""")
			.params(ownerType, ownerId, category, name, type.mediaType(), (long) content.length, sha256, encrypted,
					Timestamp.from(now), actor, Timestamp.from(now), actor)
			.query(Long.class)
			.single();
		DocumentSummary summary = new DocumentSummary(id, ownerType, ownerId, category, name, type, content.length,
				sha256, actor, now);
		this.audit.record("DOCUMENT_UPLOADED", "Document", id,
				"Uploaded " + name + " to " + ownerType + " #" + ownerId, AuditChanges.created(snapshot(summary)));
		return summary;
	}

	@Transactional(readOnly = true)
	public List<DocumentSummary> forOwner(String ownerType, long ownerId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM document WHERE owner_type = ? AND owner_id = ? "
					+ "ORDER BY created_at DESC, id DESC")
			.params(ownerType, ownerId)
			.query(DocumentService::mapSummary)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<DocumentSummary> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM document WHERE id = ?")
			.param(id)
			.query(DocumentService::mapSummary)
			.optional();
	}

	/**
	 * The decrypted content, after verifying it was not altered; audited.
	 * @throws DocumentIntegrityException when the stored content fails decryption or its hash
	 */
	@Transactional
	@PreAuthorize(DOWNLOAD_ROLES)
	public DocumentDownload download(long id) {
		DocumentSummary summary = find(id).orElseThrow(() -> new NotFoundException("Document", id));
		byte[] stored = this.jdbc.sql("SELECT content FROM document WHERE id = ?")
			.param(id)
			.query((rs, row) -> rs.getBytes(1))
			.single();
		byte[] content;
		try {
			content = this.cipher.decrypt(stored,
					associatedData(summary.ownerType(), summary.ownerId(), summary.sha256()));
			if (!sha256(content).equals(summary.sha256()) || content.length != summary.sizeBytes()) {
				throw new GeneralSecurityException("hash or size mismatch");
			}
		}
		catch (GeneralSecurityException ex) {
			this.audit.recordAs(Actor.current(), "DOCUMENT_INTEGRITY_FAILED", "Document", id,
					"Refused to serve " + summary.fileName() + ": content altered at rest", AuditChanges.none());
			throw new DocumentIntegrityException(id, ex);
		}
		this.audit.record("DOCUMENT_DOWNLOADED", "Document", id, "Downloaded " + summary.fileName(),
				AuditChanges.none().field("sha256", null, summary.sha256()));
		return new DocumentDownload(summary, content);
	}

	/** Whether the owner allows deleting this document now. */
	@Transactional(readOnly = true)
	public boolean mayDelete(DocumentSummary document) {
		return this.policies.stream()
			.filter((policy) -> policy.ownerType().equals(document.ownerType()))
			.findFirst()
			.map((policy) -> policy.mayDelete(document.ownerId()))
			.orElse(false);
	}

	/**
	 * Deletes a document if its owner allows it.
	 * @throws DocumentRetainedException when it must be retained
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('LEGAL', 'ADMIN', 'SECURITY_OFFICER')")
	public void delete(long id) {
		DocumentSummary summary = find(id).orElseThrow(() -> new NotFoundException("Document", id));
		if (!mayDelete(summary)) {
			throw new DocumentRetainedException(id);
		}
		this.jdbc.sql("DELETE FROM document WHERE id = ?").param(id).update();
		this.audit.record("DOCUMENT_DELETED", "Document", id, "Deleted " + summary.fileName() + " from "
				+ summary.ownerType() + " #" + summary.ownerId(), AuditChanges.diff(snapshot(summary), Map.of()));
	}

	private static Map<String, Object> snapshot(DocumentSummary document) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("owner", document.ownerType() + " #" + document.ownerId());
		values.put("category", document.category());
		values.put("fileName", document.fileName());
		values.put("contentType", document.type().mediaType());
		values.put("sizeBytes", document.sizeBytes());
		values.put("sha256", document.sha256());
		return values;
	}

	private static String associatedData(String ownerType, long ownerId, String sha256) {
		return ownerType + "\u001f" + ownerId + "\u001f" + sha256;
	}

	static String cleanFileName(String fileName) {
		String name = fileName == null ? "" : fileName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		return name.isEmpty() ? "document" : name;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static DocumentSummary mapSummary(ResultSet rs, int row) throws SQLException {
		return new DocumentSummary(rs.getLong("id"), rs.getString("owner_type"), rs.getLong("owner_id"),
				rs.getString("category"), rs.getString("file_name"),
				DocumentType.ofMediaType(rs.getString("content_type")).orElse(DocumentType.PDF),
				rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant());
	}

}
