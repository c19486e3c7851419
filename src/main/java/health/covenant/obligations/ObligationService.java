package health.covenant.obligations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import health.covenant.audit.AuditChanges;
import health.covenant.audit.AuditService;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.shared.OrganisationClock;
import health.covenant.shared.Actor;
import health.covenant.shared.NotFoundException;
import health.covenant.shared.Paging;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The one list of everything that comes due. Materialises the {@link ObligationSource}s' drafts
 * (upsert by key), answers the pages, the feed and the reminder engine, and records what people did
 * (acknowledged, snoozed).
 */
@NamedInterface("api")
@Service
public class ObligationService {

	/** The lower bound of due dates when a source was never reconciled. */
	private static final LocalDate EVERY_DUE_DATE = LocalDate.of(1, 1, 1);

	private static final String COLUMNS = "id, obligation_key, kind, due_date, vendor_id, subject_type, subject_id, "
			+ "title, link, owner_user_id, done, facts::text AS facts, acknowledged_at, acknowledged_by, snoozed_until, "
			+ "next_reminder_on, if_missed, missed_due_date, missed_note";

	// A changed due date clears acknowledgement and snooze and makes the engine look at the row
	// again today: reminders then follow the new schedule (their dedup keys include the due date).
	// A lapsing deadline that moves on from a day already past, unmet, records that day and what
	// missing it meant (missed_due_date, missed_note), so the engine can say so once.
	private static final String UPSERT = """
			INSERT INTO obligation (obligation_key, kind, due_date, vendor_id, subject_type, subject_id, title, link,
			    owner_user_id, done, facts, if_missed, next_reminder_on, created_at, created_by, updated_at,
			    updated_by, version)
			VALUES (:key, :kind, :due, :vendor, :subjectType, :subjectId, :title, :link, :owner, :done,
			    CAST(:facts AS jsonb), :ifMissed, :next, :now, :actor, :now, :actor, 0)
			ON CONFLICT (obligation_key) DO UPDATE SET
			    kind = EXCLUDED.kind, vendor_id = EXCLUDED.vendor_id, subject_type = EXCLUDED.subject_type,
			    subject_id = EXCLUDED.subject_id, title = EXCLUDED.title, link = EXCLUDED.link,
			    owner_user_id = EXCLUDED.owner_user_id, facts = EXCLUDED.facts, if_missed = EXCLUDED.if_missed,
			    missed_due_date = CASE WHEN :lapses AND NOT obligation.done AND obligation.due_date < :today
			        AND obligation.due_date < EXCLUDED.due_date THEN obligation.due_date
			        ELSE obligation.missed_due_date END,
			    missed_note = CASE WHEN :lapses AND NOT obligation.done AND obligation.due_date < :today
			        AND obligation.due_date < EXCLUDED.due_date THEN obligation.if_missed
			        ELSE obligation.missed_note END,
			    acknowledged_at = CASE WHEN obligation.due_date <> EXCLUDED.due_date THEN NULL ELSE obligation.acknowledged_at END,
			    acknowledged_by = CASE WHEN obligation.due_date <> EXCLUDED.due_date THEN NULL ELSE obligation.acknowledged_by END,
			    snoozed_until = CASE WHEN obligation.due_date <> EXCLUDED.due_date THEN NULL ELSE obligation.snoozed_until END,
			    next_reminder_on = CASE WHEN EXCLUDED.done THEN NULL
			        WHEN obligation.done OR obligation.due_date <> EXCLUDED.due_date
			            OR obligation.owner_user_id IS DISTINCT FROM EXCLUDED.owner_user_id THEN EXCLUDED.next_reminder_on
			        ELSE obligation.next_reminder_on END,
			    due_date = EXCLUDED.due_date, done = EXCLUDED.done,
			    updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by, version = obligation.version + 1
			WHERE (obligation.kind, obligation.due_date, obligation.vendor_id, obligation.subject_type,
			       obligation.subject_id, obligation.title, obligation.link, obligation.owner_user_id,
			       obligation.done, obligation.facts, obligation.if_missed)
			  IS DISTINCT FROM (EXCLUDED.kind, EXCLUDED.due_date, EXCLUDED.vendor_id, EXCLUDED.subject_type,
			       EXCLUDED.subject_id, EXCLUDED.title, EXCLUDED.link, EXCLUDED.owner_user_id,
			       EXCLUDED.done, EXCLUDED.facts, EXCLUDED.if_missed)
			""";

	private static final int UPSERT_BATCH = 500;

	private static final int SUBJECTS_PER_READ = 1000;

	/** Roles that may act on obligations at all (auditors only read). */
	private static final Set<Role> ACTING_ROLES = Set.of(Role.LEGAL, Role.ADMIN, Role.SECURITY_OFFICER,
			Role.PROCUREMENT);

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batches;

	private final List<ObligationSource> sources;

	private final AuditService audit;

	private final OrganisationClock clock;

	private final UserService users;

	private final ObjectProvider<ObligationAudience> audience;

	private final JsonMapper json = JsonMapper.builder().build();

	ObligationService(JdbcClient jdbc, NamedParameterJdbcTemplate batches, List<ObligationSource> sources,
			AuditService audit, OrganisationClock clock, UserService users, ObjectProvider<ObligationAudience> audience) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.sources = sources;
		this.audit = audit;
		this.clock = clock;
		this.users = users;
		this.audience = audience;
	}


	/**
	 * Re-reads one subject from its source; obligations it no longer returns become done. Refreshes of
	 * one subject take turns (a transaction-scoped advisory lock, across instances): the subject is read
	 * after the previous refresh committed, so two changes in quick succession can never leave the
	 * obligations of the earlier one.
	 */
	@Transactional
	public int refreshSubject(String subjectType, long subjectId) {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
			.param("key", "obligation-subject:" + subjectType + ":" + subjectId)
			.query((rs, row) -> 1)
			.list();
		int changed = 0;
		for (ObligationSource source : this.sources) {
			if (source.subjectType().equals(subjectType)) {
				List<ObligationDraft> drafts = source.forSubject(subjectId);
				changed += upsert(drafts, this.clock.today());
				changed += markVanishedDone(openKeys("subject_type = :type AND subject_id = :id",
						Map.of("type", subjectType, "id", subjectId)), drafts);
			}
		}
		return changed;
	}

	/** Re-reads every source (start-up). Returns the number of rows changed. */
	@Transactional
	public int refreshAll() {
		return refreshAll(this.clock.today());
	}

	/**
	 * Re-reads every source for {@code day} (start-up; changed rows are looked at again that day).
	 * Returns the number of rows changed.
	 */
	@Transactional
	public int refreshAll(LocalDate day) {
		int changed = 0;
		for (ObligationSource source : this.sources) {
			changed += refreshWholeSource(source, day);
		}
		return changed;
	}

	/**
	 * The daily reconciliation for {@code day}: re-reads only what the calendar can have moved since
	 * the sources last announced a change, i.e. the subjects with an open obligation that came due since
	 * the source was last reconciled (due before {@code day}, on or after that day; index
	 * {@code obligation_open_due_idx}) and those the source names; a source that cannot name them is
	 * re-read whole. Never reconciled, or last reconciled on a later day (a clock set back), every
	 * subject with an open obligation due before {@code day} is re-read. Changed rows are looked at again that day, even when the run
	 * goes on past midnight. Returns the number of rows changed.
	 */
	@Transactional
	public int reconcile(LocalDate day) {
		int changed = 0;
		for (ObligationSource source : this.sources) {
			Optional<Set<Long>> moved = source.movedByCalendar(day);
			if (moved.isEmpty()) {
				changed += refreshWholeSource(source, day);
				continue;
			}
			Set<Long> subjects = new TreeSet<>(moved.get());
			LocalDate since = reconciledThrough(source.subjectType()).filter((last) -> !last.isAfter(day))
				.orElse(EVERY_DUE_DATE);
			subjects.addAll(this.jdbc
				.sql("SELECT DISTINCT subject_id FROM obligation WHERE subject_type = :type AND NOT done "
						+ "AND due_date < :day AND due_date >= :since")
				.param("type", source.subjectType())
				.param("day", day)
				.param("since", since)
				.query(Long.class)
				.list());
			List<Long> ordered = List.copyOf(subjects);
			for (int from = 0; from < ordered.size(); from += SUBJECTS_PER_READ) {
				List<Long> some = ordered.subList(from, Math.min(ordered.size(), from + SUBJECTS_PER_READ));
				List<ObligationDraft> drafts = source.forSubjects(some);
				changed += upsert(drafts, day);
				changed += markVanishedDone(openKeys("subject_type = :type AND subject_id IN (:ids)",
						Map.of("type", source.subjectType(), "ids", some)), drafts);
			}
			this.jdbc.sql("""
					INSERT INTO obligation_reconciliation (subject_type, reconciled_through) VALUES (:type, :day)
					ON CONFLICT (subject_type) DO UPDATE SET reconciled_through = EXCLUDED.reconciled_through""")
				.param("type", source.subjectType())
				.param("day", day)
				.update();
		}
		return changed;
	}

	/**
	 * The day the source's subjects were last reconciled: the obligations due before it were re-read on
	 * that run (or changed through their subject's events since).
	 */
	private Optional<LocalDate> reconciledThrough(String subjectType) {
		return this.jdbc.sql("SELECT reconciled_through FROM obligation_reconciliation WHERE subject_type = :type")
			.param("type", subjectType)
			.query(LocalDate.class)
			.optional();
	}

	private int refreshWholeSource(ObligationSource source, LocalDate day) {
		List<ObligationDraft> drafts = source.all();
		return upsert(drafts, day)
				+ markVanishedDone(openKeys("subject_type = :type", Map.of("type", source.subjectType())), drafts);
	}

	/** Upserts the drafts in JDBC batches: one round trip per batch, not per obligation. */
	private int upsert(List<ObligationDraft> drafts, LocalDate today) {
		Timestamp now = Timestamp.from(this.clock.now());
		String actor = Actor.current();
		int changed = 0;
		for (int from = 0; from < drafts.size(); from += UPSERT_BATCH) {
			SqlParameterSource[] batch = drafts.subList(from, Math.min(drafts.size(), from + UPSERT_BATCH))
				.stream()
				.map((draft) -> upsertParameters(draft, today, now, actor))
				.toArray(SqlParameterSource[]::new);
			for (int count : this.batches.batchUpdate(UPSERT, batch)) {
				changed += Math.max(count, 0);
			}
		}
		return changed;
	}

	private SqlParameterSource upsertParameters(ObligationDraft draft, LocalDate today, Timestamp now, String actor) {
		List<List<String>> facts = draft.facts()
			.entrySet()
			.stream()
			.map((e) -> List.of(e.getKey(), String.valueOf(e.getValue())))
			.toList();
		return new MapSqlParameterSource().addValue("key", draft.key())
			.addValue("kind", draft.kind().name())
			.addValue("due", draft.dueDate())
			.addValue("vendor", draft.vendorId())
			.addValue("subjectType", draft.subjectType())
			.addValue("subjectId", draft.subjectId())
			.addValue("title", draft.title())
			.addValue("link", draft.link())
			.addValue("owner", draft.ownerUserId(), java.sql.Types.BIGINT)
			.addValue("done", draft.done())
			.addValue("facts", this.json.writeValueAsString(facts))
			.addValue("ifMissed", draft.ifMissed(), java.sql.Types.VARCHAR)
			.addValue("lapses", draft.kind().lapses())
			.addValue("today", today)
			.addValue("next", draft.done() ? null : today, java.sql.Types.DATE)
			.addValue("now", now)
			.addValue("actor", actor);
	}

	private Map<String, Long> openKeys(String where, Map<String, ?> params) {
		Map<String, Long> keys = new LinkedHashMap<>();
		this.jdbc.sql("SELECT id, obligation_key FROM obligation WHERE NOT done AND " + where)
			.params(params)
			.query((rs) -> {
				keys.put(rs.getString("obligation_key"), rs.getLong("id"));
			});
		return keys;
	}

	private int markVanishedDone(Map<String, Long> openKeys, List<ObligationDraft> drafts) {
		Set<String> present = drafts.stream().map(ObligationDraft::key).collect(Collectors.toCollection(HashSet::new));
		List<Long> vanished = openKeys.entrySet()
			.stream()
			.filter((e) -> !present.contains(e.getKey()))
			.map(Map.Entry::getValue)
			.toList();
		if (vanished.isEmpty()) {
			return 0;
		}
		return this.jdbc
			.sql("UPDATE obligation SET done = TRUE, next_reminder_on = NULL, updated_at = :now, updated_by = :actor, "
					+ "version = version + 1 WHERE id IN (:ids)")
			.param("now", Timestamp.from(this.clock.now()))
			.param("actor", Actor.current())
			.param("ids", vanished)
			.update();
	}

	@Transactional(readOnly = true)
	public Optional<Obligation> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM obligation WHERE id = ?").param(id).query(this::map).optional();
	}

	@Transactional(readOnly = true)
	public Obligation get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("Obligation", id));
	}

	@Transactional(readOnly = true)
	public List<Obligation> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM obligation WHERE id IN (:ids) ORDER BY due_date, id")
			.param("ids", ids)
			.query(this::map)
			.list();
	}

	/** Obligations matching the filters, by due date (index {@code obligation_due_idx}). */
	@Transactional(readOnly = true)
	public List<Obligation> search(ObligationQuery query, int limit) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(query, params);
		params.put("limit", limit);
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM obligation" + where + " ORDER BY due_date, id LIMIT :limit")
			.params(params)
			.query(this::map)
			.list();
	}

	/**
	 * One page of the obligations matching the filters, by due date then id. The count stops at
	 * {@link ObligationPage#COUNT_CAP} + 1 matches and no page starts past the cap, so a request reads
	 * at most the cap's worth of index entries whatever the volume.
	 */
	@Transactional(readOnly = true)
	public ObligationPage page(ObligationQuery query, Pageable requested) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(query, params);
		long count = this.jdbc
			.sql("SELECT count(*) FROM (SELECT 1 FROM obligation" + where + " LIMIT " + (ObligationPage.COUNT_CAP + 1)
					+ ") AS matches")
			.params(params)
			.query(Long.class)
			.single();
		long total = Math.min(count, ObligationPage.COUNT_CAP);
		Pageable pageable = Paging.within(requested, total);
		Map<String, Object> pageParams = new LinkedHashMap<>(params);
		pageParams.put("limit", pageable.getPageSize());
		pageParams.put("offset", pageable.getOffset());
		List<Obligation> rows = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM obligation" + where + " ORDER BY due_date, id LIMIT :limit OFFSET :offset")
			.params(pageParams)
			.query(this::map)
			.list();
		return new ObligationPage(new PageImpl<>(rows, pageable, total), count > total);
	}

	/**
	 * The calendar of {@code start} to {@code end} (a month's grid, a few weeks): for each day that has
	 * obligations matching the filters (done ones included; the query's own dates are ignored), the
	 * first {@code perDay} by id and how many there are in all (counted up to
	 * {@link ObligationPage#COUNT_CAP}). Each day is read through the due-date indexes, a few rows
	 * at a time.
	 */
	@Transactional(readOnly = true)
	public Map<LocalDate, CalendarDay> calendar(ObligationQuery query, LocalDate start, LocalDate end, int perDay) {
		Map<String, Object> params = new LinkedHashMap<>();
		String filters = filters(query, params);
		Map<String, Object> dayParams = new LinkedHashMap<>(params);
		dayParams.put("start", start);
		dayParams.put("end", end);
		dayParams.put("perDay", perDay + 1);
		Map<LocalDate, List<Obligation>> byDay = new LinkedHashMap<>();
		this.jdbc.sql("SELECT " + COLUMNS + " FROM generate_series(CAST(:start AS date), CAST(:end AS date), INTERVAL '1 day') AS d(day)"
				+ " CROSS JOIN LATERAL (SELECT * FROM obligation WHERE due_date = CAST(d.day AS date)" + filters
				+ " ORDER BY id LIMIT :perDay) AS o ORDER BY due_date, id")
			.params(dayParams)
			.query(this::map)
			.list()
			.forEach((o) -> byDay.computeIfAbsent(o.dueDate(), (d) -> new ArrayList<>()).add(o));
		List<LocalDate> fullDays = byDay.entrySet()
			.stream()
			.filter((e) -> e.getValue().size() > perDay)
			.map(Map.Entry::getKey)
			.toList();
		Map<LocalDate, Long> counts = new LinkedHashMap<>();
		if (!fullDays.isEmpty()) {
			Map<String, Object> countParams = new LinkedHashMap<>(params);
			countParams.put("days", fullDays);
			this.jdbc.sql("SELECT t.day, (SELECT count(*) FROM (SELECT 1 FROM obligation WHERE due_date = t.day" + filters
					+ " LIMIT " + ObligationPage.COUNT_CAP + ") AS c) AS n FROM unnest(CAST(ARRAY[:days] AS date[])) AS t(day)")
				.params(countParams)
				.query((rs) -> {
					counts.put(rs.getDate("day").toLocalDate(), rs.getLong("n"));
				});
		}
		Map<LocalDate, CalendarDay> days = new LinkedHashMap<>();
		byDay.forEach((day, rows) -> {
			List<Obligation> shown = rows.size() > perDay ? rows.subList(0, perDay) : rows;
			long all = counts.getOrDefault(day, (long) rows.size());
			days.put(day, new CalendarDay(List.copyOf(shown), all - shown.size()));
		});
		return days;
	}

	/** The WHERE clause of a list query: the filters, done or not, and the due dates. */
	private static String where(ObligationQuery query, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder(" WHERE TRUE").append(filters(query, params));
		if (!query.includeDone()) {
			sql.append(" AND NOT done");
		}
		if (query.from() != null) {
			// an open obligation due before "from" is overdue; without done ones every open row qualifies
			if (!query.includeOverdue()) {
				sql.append(" AND due_date >= :from");
				params.put("from", query.from());
			}
			else if (query.includeDone()) {
				sql.append(" AND (due_date >= :from OR NOT done)");
				params.put("from", query.from());
			}
		}
		if (query.to() != null) {
			sql.append(" AND due_date <= :to");
			params.put("to", query.to());
		}
		return sql.toString();
	}

	/** Kind, owner and vendor filters as {@code AND} conditions. */
	private static String filters(ObligationQuery query, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder();
		if (query.kind() != null) {
			sql.append(" AND kind = :kind");
			params.put("kind", query.kind().name());
		}
		if (query.ownerUserId() != null) {
			sql.append(" AND owner_user_id = :owner");
			params.put("owner", query.ownerUserId());
		}
		if (query.vendorId() != null) {
			sql.append(" AND vendor_id = :vendor");
			params.put("vendor", query.vendorId());
		}
		return sql.toString();
	}

	/**
	 * How many open obligations of this owner are overdue today (an index-only count over
	 * {@code obligation_open_owner_due_kind_idx}), counting no further than {@code cap};
	 * a deadline that lapsed is missed, not overdue.
	 */
	@Transactional(readOnly = true)
	public long countOverdue(long ownerUserId, int cap) {
		return this.jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM obligation WHERE owner_user_id = :owner AND due_date < :today "
				+ "AND NOT done AND kind NOT IN (:lapsing) LIMIT :cap) AS capped")
			.param("owner", ownerUserId)
			.param("cap", cap)
			.param("today", this.clock.today())
			.param("lapsing", Arrays.stream(ObligationKind.values()).filter(ObligationKind::lapses).map(Enum::name).toList())
			.query(Long.class)
			.single();
	}

	/** The obligations the reminder engine must look at today, in id order after {@code afterId}. */
	@Transactional(readOnly = true)
	public List<Obligation> dueForReminder(LocalDate today, long afterId, int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM obligation WHERE next_reminder_on <= :today AND id > :after "
					+ "ORDER BY id LIMIT :limit")
			.param("today", today)
			.param("after", afterId)
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	/** Called by the reminder engine: when to look at this obligation next (null: never). */
	@Transactional
	public void scheduleNextReminder(long id, LocalDate next) {
		this.jdbc.sql("UPDATE obligation SET next_reminder_on = :next WHERE id = :id")
			.param("next", next, java.sql.Types.DATE)
			.param("id", id)
			.update();
	}

	/** Called by the reminder engine for a batch: when to look at each obligation next (null: never). */
	@Transactional
	public void scheduleNextReminders(Map<Long, LocalDate> next) {
		if (next.isEmpty()) {
			return;
		}
		this.batches.batchUpdate("UPDATE obligation SET next_reminder_on = :next WHERE id = :id",
				next.entrySet()
					.stream()
					.map((e) -> new MapSqlParameterSource().addValue("id", e.getKey())
						.addValue("next", e.getValue(), java.sql.Types.DATE))
					.toArray(SqlParameterSource[]::new));
	}

	/** Reminder engine hint: look at every open obligation again today (e.g. after a rule change). */
	@Transactional
	public int rescheduleAllOpen() {
		return this.jdbc.sql("UPDATE obligation SET next_reminder_on = :today WHERE NOT done")
			.param("today", this.clock.today())
			.update();
	}

	/**
	 * Whether this user may acknowledge or snooze the obligation: its owner, a user with one of the
	 * roles its reminders go to (the reminder rule of its kind), or an administrator. Auditors never.
	 */
	public boolean mayAct(Obligation obligation, UserSummary user) {
		return mayAct(obligation, user, this.audience.getIfAvailable());
	}

	/**
	 * {@link #mayAct(Obligation, UserSummary)} with the audience at hand (the reminder engine reads
	 * the rules once a run instead of once an e-mail); null: owner and ADMIN only.
	 */
	public boolean mayAct(Obligation obligation, UserSummary user, ObligationAudience rules) {
		if (user == null || !user.enabled() || user.roles().stream().noneMatch(ACTING_ROLES::contains)) {
			return false;
		}
		if (user.roles().contains(Role.ADMIN) || Objects.equals(obligation.ownerUserId(), user.id())) {
			return true;
		}
		Set<Role> roles = rules == null ? Set.of() : rules.recipientRoles(obligation.kind());
		return user.roles().stream().anyMatch(roles::contains);
	}

	/** The ids among {@code obligations} that the signed-in user may acknowledge or snooze. */
	@Transactional(readOnly = true)
	public Set<Long> actionableByCurrentUser(Collection<Obligation> obligations) {
		Optional<UserSummary> me = this.users.current();
		return obligations.stream()
			.filter((o) -> me.isPresent() && mayAct(o, me.get()))
			.map(Obligation::id)
			.collect(Collectors.toSet());
	}

	/** Whether a snooze is possible today: only before the due date (the day-0 reminder always goes). */
	public boolean maySnooze(Obligation obligation, LocalDate today) {
		return !obligation.done() && today.isBefore(obligation.dueDate());
	}

	private Obligation getForAction(long id) {
		Obligation obligation = get(id);
		if (!mayAct(obligation, this.users.current().orElse(null))) {
			throw new AccessDeniedException("Only the owner, the reminder's recipients and ADMIN act on an obligation");
		}
		return obligation;
	}

	/** The signed-in user confirms they are on it: no more reminders before the due date. */
	@Transactional
	@PreAuthorize("hasAnyRole('LEGAL', 'ADMIN', 'SECURITY_OFFICER', 'PROCUREMENT')")
	public Obligation acknowledge(long id) {
		Obligation before = getForAction(id);
		Instant now = this.clock.now();
		this.jdbc
			.sql("UPDATE obligation SET acknowledged_at = :now, acknowledged_by = :actor, next_reminder_on = "
					+ "CASE WHEN done THEN NULL ELSE :today END, updated_at = :now, updated_by = :actor, "
					+ "version = version + 1 WHERE id = :id")
			.param("now", Timestamp.from(now))
			.param("actor", Actor.current())
			.param("today", this.clock.today())
			.param("id", id)
			.update();
		this.audit.record("OBLIGATION_ACKNOWLEDGED", "Obligation", id,
				"Acknowledged " + before.title() + " due " + before.dueDate(),
				AuditChanges.none().field("acknowledgedBy", before.acknowledgedBy(), Actor.current()));
		return get(id);
	}

	/**
	 * The signed-in user pauses reminders for {@code days} days, but never past the due date: reminders
	 * resume on it at the latest, so the day-0 reminder and everything after it (overdue reminders,
	 * escalations) always go. On or after the due date there is nothing to snooze.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('LEGAL', 'ADMIN', 'SECURITY_OFFICER', 'PROCUREMENT')")
	public Obligation snooze(long id, int days) {
		if (days < 1 || days > 90) {
			throw new IllegalArgumentException("snooze days out of range");
		}
		Obligation before = getForAction(id);
		LocalDate today = this.clock.today();
		if (!maySnooze(before, today)) {
			throw new SnoozeRefusedException();
		}
		LocalDate asked = today.plusDays(days);
		LocalDate until = asked.isAfter(before.dueDate()) ? before.dueDate() : asked;
		this.jdbc
			.sql("UPDATE obligation SET snoozed_until = :until, next_reminder_on = CASE WHEN done THEN NULL ELSE :until END, "
					+ "updated_at = :now, updated_by = :actor, version = version + 1 WHERE id = :id")
			.param("until", until)
			.param("now", Timestamp.from(this.clock.now()))
			.param("actor", Actor.current())
			.param("id", id)
			.update();
		this.audit.record("OBLIGATION_SNOOZED", "Obligation", id,
				"Snoozed " + before.title() + " until " + until,
				AuditChanges.none().field("snoozedUntil", before.snoozedUntil(), until));
		return get(id);
	}

	private Obligation map(ResultSet rs, int row) throws SQLException {
		Map<String, String> facts = new LinkedHashMap<>();
		List<?> pairs = this.json.readValue(rs.getString("facts"), List.class);
		for (Object pair : pairs) {
			if (pair instanceof List<?> p && p.size() == 2) {
				facts.put(String.valueOf(p.get(0)), String.valueOf(p.get(1)));
			}
		}
		Timestamp acknowledgedAt = rs.getTimestamp("acknowledged_at");
		java.sql.Date snoozed = rs.getDate("snoozed_until");
		java.sql.Date next = rs.getDate("next_reminder_on");
		long owner = rs.getLong("owner_user_id");
		Long ownerUserId = rs.wasNull() ? null : owner;
		java.sql.Date missed = rs.getDate("missed_due_date");
		return new Obligation(rs.getLong("id"), rs.getString("obligation_key"),
				ObligationKind.valueOf(rs.getString("kind")), rs.getDate("due_date").toLocalDate(),
				rs.getLong("vendor_id"), rs.getString("subject_type"), rs.getLong("subject_id"), rs.getString("title"),
				rs.getString("link"), ownerUserId, rs.getBoolean("done"), facts,
				acknowledgedAt == null ? null : acknowledgedAt.toInstant(), rs.getString("acknowledged_by"),
				snoozed == null ? null : snoozed.toLocalDate(), next == null ? null : next.toLocalDate(),
				rs.getString("if_missed"), missed == null ? null : missed.toLocalDate(), rs.getString("missed_note"));
	}

	/** A snooze asked for on or after the due date (or of a done obligation): nothing is changed. */
	@ResponseStatus(HttpStatus.CONFLICT)
	public static class SnoozeRefusedException extends RuntimeException {

		SnoozeRefusedException() {
			super("an obligation can be snoozed only before its due date");
		}

	}

}
