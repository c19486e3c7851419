package health.covenant.agreements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import health.covenant.shared.OrganisationClock;
import health.covenant.shared.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreement list: the one place of its SQL (filters and sort on the stored dates). Read-only: the
 * stored sort dates are rolled forward by the hourly job ({@link AgreementService#refreshStaleDates()})
 * and on every change, never by a list request.
 */
@Service
@Transactional(readOnly = true)
public class AgreementSearch {

	private final AgreementQueries agreements;

	private final AgreementRepository repository;

	private final JdbcClient jdbc;

	private final OrganisationClock clock;

	AgreementSearch(AgreementQueries agreements, AgreementRepository repository, JdbcClient jdbc,
			OrganisationClock clock) {
		this.clock = clock;
		this.agreements = agreements;
		this.repository = repository;
		this.jdbc = jdbc;
	}

	/** A page of the agreement list, filtered and sorted in the database. */
	public Page<AgreementRow> search(AgreementQuery query, Pageable requested) {
		StringBuilder where = new StringBuilder(" WHERE TRUE");
		List<Object> params = new ArrayList<>();
		if (query.kind() != null) {
			where.append(" AND a.kind = ?");
			params.add(query.kind().name());
		}
		if (query.status() != null) {
			where.append(" AND a.status = ?");
			params.add(query.status().name());
		}
		if (query.ownerId() != null) {
			where.append(" AND a.owner_id = ?");
			params.add(query.ownerId());
		}
		if (query.vendorId() != null) {
			where.append(" AND a.vendor_id = ?");
			params.add(query.vendorId());
		}
		if (query.withinDays() != null) {
			LocalDate today = this.clock.today();
			where.append(" AND a.key_date BETWEEN ? AND ?");
			params.add(today);
			params.add(today.plusDays(query.withinDays()));
		}
		if (query.missingClauses()) {
			where.append(" AND a.missing_required_clauses > 0");
		}
		long total = this.jdbc.sql("SELECT count(*) FROM agreement a" + where).params(params).query(Long.class).single();
		Pageable pageable = Paging.within(requested, total);
		String order = AgreementQuery.SORT_UPDATED.equals(query.sort()) ? " ORDER BY a.updated_at DESC, a.id DESC"
				: " ORDER BY a.key_date NULLS LAST, a.id";
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(pageable.getPageSize());
		pageParams.add(pageable.getOffset());
		List<Long> ids = this.jdbc.sql("SELECT a.id FROM agreement a" + where + order + " LIMIT ? OFFSET ?")
			.params(pageParams)
			.query(Long.class)
			.list();
		Map<Long, Agreement> byId = this.repository.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Agreement::getId, Function.identity()));
		List<AgreementRow> rows = this.agreements
			.rows(ids.stream().map(byId::get).filter(Objects::nonNull).toList());
		return new PageImpl<>(rows, pageable, total);
	}

}
