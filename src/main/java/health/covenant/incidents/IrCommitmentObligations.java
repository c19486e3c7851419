package health.covenant.incidents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import health.covenant.obligations.ObligationDraft;
import health.covenant.obligations.ObligationSource;
import health.covenant.shared.web.Dates;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly duties of each PHI vendor in service for the obligations module ({@link IrCommitmentRules#dues}):
 * IR plan review, tabletop exercise and the business associate's verification. The subject is the vendor;
 * the key names the last one met ({@code ir:<vendor>:verification:after:<day>}, {@code …:after:none}), so
 * recording a newer one completes the old obligation and opens the next. Owner: the vendor's business
 * owner; the reminder rules add the security officers (and legal for the verification). Due dates move
 * only when an input changes, never with the calendar.
 */
@Component
class IrCommitmentObligations implements ObligationSource {

	private static final String SELECT = "SELECT " + IrCommitmentService.COLUMNS
			+ " FROM ir_commitment WHERE handles_phi AND in_service";

	private final JdbcClient jdbc;

	private final IrCommitmentSettings settings;

	private final MessageSource messages;

	private final Dates dates;

	IrCommitmentObligations(JdbcClient jdbc, IrCommitmentSettings settings, MessageSource messages, Dates dates) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.messages = messages;
		this.dates = dates;
	}

	@Override
	public String subjectType() {
		return IrCommitmentService.ENTITY;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ObligationDraft> all() {
		return drafts(this.jdbc.sql(SELECT).query((rs, n) -> IrCommitmentService.Stored.of(rs, enabled())).list());
	}

	@Override
	@Transactional(readOnly = true)
	public List<ObligationDraft> forSubject(long subjectId) {
		return forSubjects(List.of(subjectId));
	}

	@Override
	@Transactional(readOnly = true)
	public List<ObligationDraft> forSubjects(Collection<Long> subjectIds) {
		if (subjectIds.isEmpty()) {
			return List.of();
		}
		return drafts(this.jdbc.sql(SELECT + " AND vendor_id IN (:ids)")
			.param("ids", subjectIds.stream().distinct().toList())
			.query((rs, n) -> IrCommitmentService.Stored.of(rs, enabled()))
			.list());
	}

	@Override
	public Optional<Set<Long>> movedByCalendar(LocalDate day) {
		return Optional.of(Set.of());
	}

	private boolean enabled() {
		return this.settings.enabled();
	}

	private List<ObligationDraft> drafts(List<IrCommitmentService.Stored> rows) {
		List<ObligationDraft> drafts = new ArrayList<>();
		for (IrCommitmentService.Stored row : rows) {
			for (IrCommitmentRules.Due due : row.dues()) {
				drafts.add(draft(row, due));
			}
		}
		return drafts;
	}

	private ObligationDraft draft(IrCommitmentService.Stored row, IrCommitmentRules.Due due) {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put(text("incident.vendor"), row.vendorName());
		facts.put(text("irCommitment.obligation.last"),
				due.after() == null ? text("irCommitment.obligation.never") : this.dates.date(due.after()));
		facts.put(text("irCommitment.obligation.basis"), due.after() == null
				? text("irCommitment.obligation.basis.first", this.dates.date(row.facts().inServiceSince()),
						IrCommitmentRules.FIRST_DUE_DAYS)
				: text("irCommitment.obligation.basis.yearly"));
		return new ObligationDraft("ir:" + row.vendorId() + ":" + due.key(), due.kind(), due.dueOn(), row.vendorId(),
				IrCommitmentService.ENTITY, row.vendorId(), text("irCommitment.obligation.title." + due.kind(),
						row.vendorName()),
				"/vendors/" + row.vendorId() + "/ir-commitment", row.ownerId(), false, facts);
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, Locale.ENGLISH);
	}

}
