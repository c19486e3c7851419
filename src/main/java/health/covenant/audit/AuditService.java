package health.covenant.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import health.covenant.shared.Actor;
import health.covenant.shared.Keyset;
import health.covenant.shared.OrganisationTimeZone;
import health.covenant.shared.Paging;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and reads the audit log. Each event's hash is SHA-256 over its own fields and the previous
 * event's hash, so any edit, deletion or reordering of stored events breaks the chain; the table
 * itself refuses UPDATE, DELETE and TRUNCATE (trigger in V1). Appends are serialised with a
 * transaction-scoped advisory lock, which also holds across several application instances.
 */
@NamedInterface("api")
@Service
public class AuditService {

	static final String GENESIS = "0".repeat(64);

	private static final long CHAIN_LOCK = 0x436F76656E616E74L; // "Covenant"

	private static final TypeReference<Map<String, AuditChanges.Change>> CHANGES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final OrganisationTimeZone zone;

	AuditService(JdbcClient jdbc, JsonMapper json, Clock clock, OrganisationTimeZone zone) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.zone = zone;
	}

	/**
	 * Appends an event inside the caller's transaction (it is rolled back with the change it
	 * describes). Actor and client address come from the current request.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String entityType, Object entityId, String summary, AuditChanges changes) {
		append(Actor.current(), action, entityType, entityId, summary, changes);
	}

	/**
	 * Appends an event in its own transaction, for things that happen outside a business transaction
	 * (sign-in attempts) and must be kept even if the surrounding work fails.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordAs(String actor, String action, String entityType, Object entityId, String summary,
			AuditChanges changes) {
		append(actor, action, entityType, entityId, summary, changes);
	}

	private void append(String actor, String action, String entityType, Object entityId, String summary,
			AuditChanges changes) {
		this.jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query(Integer.class).list();
		Map<String, Object> last = this.jdbc.sql("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElse(Map.of("seq", 0L, "hash", GENESIS));
		long seq = ((Number) last.get("seq")).longValue() + 1;
		String previousHash = (String) last.get("hash");
		String changesJson = this.jdbc.sql("SELECT CAST(? AS jsonb)::text")
			.param(this.json.writeValueAsString(changes.asMap()))
			.query(String.class)
			.single();
		Instant at = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		String id = entityId == null ? null : entityId.toString();
		String clientIp = Actor.clientAddress();
		String shortSummary = summary.length() > 500 ? summary.substring(0, 497) + "..." : summary;
		String hash = hash(seq, at, actor, action, entityType, id, shortSummary, changesJson, clientIp, previousHash);
		this.jdbc.sql("""
				INSERT INTO audit_event (seq, at, actor, action, entity_type, entity_id, summary, changes, client_ip,
				                         prev_hash, hash)
				VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?)
				""")
			.params(seq, Timestamp.from(at), actor, action, entityType, id, shortSummary, changesJson, clientIp,
					previousHash, hash)
			.update();
	}

	/** The hash of one event, chained to the previous one (also for bulk loaders that write events directly). */
	public static String hash(long seq, Instant at, String actor, String action, String entityType, String entityId,
			String summary, String changesJson, String clientIp, String previousHash) {
		long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
		String canonical = String.join("\u001f", Long.toString(seq), Long.toString(micros), actor, action,
				entityType, String.valueOf(entityId), summary, changesJson, String.valueOf(clientIp), previousHash);
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Recomputes every hash and link, oldest first, and reports the first break. */
	@Transactional(readOnly = true)
	public ChainVerification verifyChain() {
		long[] checked = { 0 };
		Long[] broken = { null };
		String[] expectedPrevious = { GENESIS };
		this.jdbc.sql("""
				SELECT seq, at, actor, action, entity_type, entity_id, summary, changes::text AS changes_text,
				       client_ip, prev_hash, hash
				FROM audit_event ORDER BY seq
				""").query((ResultSet rs) -> {
			if (broken[0] != null) {
				return;
			}
			long seq = rs.getLong("seq");
			String previous = rs.getString("prev_hash");
			String stored = rs.getString("hash");
			String computed = hash(seq, rs.getTimestamp("at").toInstant(), rs.getString("actor"),
					rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
					rs.getString("summary"), rs.getString("changes_text"), rs.getString("client_ip"), previous);
			checked[0]++;
			if (!previous.equals(expectedPrevious[0]) || !computed.equals(stored) || seq != checked[0]) {
				broken[0] = seq;
			}
			expectedPrevious[0] = stored;
		});
		return new ChainVerification(broken[0] == null, checked[0], broken[0]);
	}

	/**
	 * Events by sequence number, newest first, filtered, with the exact number of matches (for checks
	 * on a few events; the audit page uses {@link #page}). Dates are in the organisation's time zone.
	 */
	@Transactional(readOnly = true)
	public Page<AuditEvent> search(AuditQuery query, Pageable requested) {
		List<Object> params = new ArrayList<>();
		String where = where(query, params);
		long total = this.jdbc.sql("SELECT count(*) FROM audit_event" + where).params(params).query(Long.class).single();
		Pageable pageable = Paging.within(requested, total);
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(pageable.getPageSize());
		pageParams.add(pageable.getOffset());
		List<AuditEvent> events = this.jdbc
			.sql("SELECT * FROM audit_event" + where + " ORDER BY seq DESC LIMIT ? OFFSET ?")
			.params(pageParams)
			.query(this::mapEvent)
			.list();
		return new PageImpl<>(events, pageable, total);
	}

	/**
	 * A page of events newest first (by time, then sequence number), filtered: the newest ones, those
	 * older than event {@code olderThan}, or those newer than event {@code newerThan}. Keyset paging
	 * over indexes ending in (at, seq): one query reading {@code size + 1} rows, however long the log,
	 * and no count.
	 */
	@Transactional(readOnly = true)
	public AuditPage page(AuditQuery query, Long olderThan, Long newerThan, int size) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = new StringBuilder(where(query, params));
		Keyset keyset = Keyset.of(olderThan, newerThan, size);
		if (keyset.key() != null) {
			where.append(keyset.forward() ? " AND (at, seq) > " : " AND (at, seq) < ")
				.append("(SELECT c.at, c.seq FROM audit_event c WHERE c.seq = ?)");
			params.add(keyset.key());
		}
		params.add(keyset.limit());
		List<AuditEvent> rows = this.jdbc
			.sql("SELECT * FROM audit_event" + where
					+ (keyset.forward() ? " ORDER BY at, seq LIMIT ?" : " ORDER BY at DESC, seq DESC LIMIT ?"))
			.params(params)
			.query(this::mapEvent)
			.list();
		Keyset.Slice<AuditEvent> page = keyset.slice(rows, AuditEvent::seq);
		return new AuditPage(page.rows(), page.newer(), page.older());
	}

	private String where(AuditQuery query, List<Object> params) {
		StringBuilder where = new StringBuilder(" WHERE TRUE");
		if (query.entityType() != null) {
			where.append(" AND entity_type = ?");
			params.add(query.entityType());
		}
		if (query.entityId() != null) {
			where.append(" AND entity_id = ?");
			params.add(query.entityId());
		}
		if (query.action() != null) {
			where.append(" AND action = ?");
			params.add(query.action());
		}
		if (query.actor() != null) {
			where.append(" AND lower(actor) = lower(?)");
			params.add(query.actor());
		}
		if (query.from() != null) {
			where.append(" AND at >= ?");
			params.add(Timestamp.from(startOf(query.from())));
		}
		if (query.to() != null) {
			where.append(" AND at < ?");
			params.add(Timestamp.from(startOf(query.to().plusDays(1))));
		}
		return where.toString();
	}

	/**
	 * The record types and actions the log holds, for the filter selects: a small table the database
	 * keeps up to date on every insert (see migration V53), not a scan of the log.
	 */
	@Transactional(readOnly = true)
	public Map<String, List<String>> filterValues() {
		Map<String, List<String>> values = new LinkedHashMap<>();
		values.put("entityTypes", new ArrayList<>());
		values.put("actions", new ArrayList<>());
		this.jdbc.sql("SELECT kind, value FROM audit_filter_value ORDER BY kind, value").query((rs) -> {
			values.get("ENTITY_TYPE".equals(rs.getString("kind")) ? "entityTypes" : "actions").add(rs.getString("value"));
		});
		return values;
	}

	private Instant startOf(LocalDate date) {
		return date.atStartOfDay(this.zone.get()).toInstant();
	}

	private AuditEvent mapEvent(ResultSet rs, int row) throws SQLException {
		Map<String, AuditChanges.Change> changes = this.json.readValue(rs.getString("changes"), CHANGES);
		return new AuditEvent(rs.getLong("seq"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
				rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
				rs.getString("summary"), changes, rs.getString("client_ip"), rs.getString("hash"));
	}

}
