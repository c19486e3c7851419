package health.covenant.vendors;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import health.covenant.shared.Paging;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The vendor list query on plain SQL (hot read path). Three characters or more match
 * anywhere in name, legal name or description through the pg_trgm GIN indexes; one or two characters
 * match the start of the name through the {@code text_pattern_ops} index, with range operators rather
 * than LIKE so that a generic prepared-statement plan still uses the index. The count is capped.
 */
@Component
class VendorSearch {

	private static final int COUNT_CAP = VendorSearchResult.COUNT_CAP;

	private static final String FROM = " FROM vendor v LEFT JOIN ai_profile a ON a.vendor_id = v.id";

	private final JdbcClient jdbc;

	VendorSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	VendorSearchResult search(VendorQuery query, Pageable requested) {
		StringBuilder where = new StringBuilder(" WHERE TRUE");
		List<Object> params = new ArrayList<>();
		if (query.q() != null) {
			String text = query.q().toLowerCase(Locale.ROOT);
			if (text.length() < 3) {
				where.append(" AND lower(v.name) ~>=~ ? AND lower(v.name) ~<~ ?");
				params.add(text);
				params.add(upperBound(text));
			}
			else {
				String pattern = "%" + escapeLike(text) + "%";
				where.append(" AND (lower(v.name) LIKE ? OR lower(v.legal_name) LIKE ? OR lower(v.description) LIKE ?)");
				params.add(pattern);
				params.add(pattern);
				params.add(pattern);
			}
		}
		if (query.status() != null) {
			where.append(" AND v.status = ?");
			params.add(query.status().name());
		}
		if (query.phi() != null) {
			where.append(" AND v.phi_access = ?");
			params.add(query.phi().name());
		}
		if (query.aiType() != null) {
			where.append(" AND a.system_type = ?");
			params.add(query.aiType().name());
		}
		long count = this.jdbc.sql("SELECT count(*) FROM (SELECT 1" + FROM + where + " LIMIT " + (COUNT_CAP + 1)
				+ ") AS matches")
			.params(params)
			.query(Long.class)
			.single();
		// past the end: the last page when the count is exact; past the cap the page number is bounded
		Pageable pageable = count > COUNT_CAP ? requested : Paging.within(requested, count);
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(pageable.getPageSize());
		pageParams.add(pageable.getOffset());
		List<VendorListRow> rows = this.jdbc.sql("""
				SELECT v.id, v.name, v.legal_name, v.service_category, v.status, v.phi_access, a.system_type,
				       v.updated_at""" + FROM + where + " ORDER BY " + query.sort().orderBy() + " LIMIT ? OFFSET ?")
			.params(pageParams)
			.query(VendorSearch::row)
			.list();
		return new VendorSearchResult(new PageImpl<>(rows, pageable, Math.max(count, pageable.getOffset() + rows.size())),
				count > COUNT_CAP);
	}

	/**
	 * The smallest string greater than every string starting with the prefix. A last code point that
	 * cannot be incremented (U+10FFFF) is dropped and the one before it incremented instead.
	 */
	static String upperBound(String prefix) {
		String head = prefix;
		while (!head.isEmpty()) {
			int last = head.codePointBefore(head.length());
			head = head.substring(0, head.length() - Character.charCount(last));
			if (last < Character.MAX_CODE_POINT) {
				return head + Character.toString(last + 1);
			}
		}
		return Character.toString(Character.MAX_CODE_POINT);
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static VendorListRow row(ResultSet rs, int n) throws SQLException {
		String category = rs.getString("service_category");
		String systemType = rs.getString("system_type");
		return new VendorListRow(rs.getLong("id"), rs.getString("name"), rs.getString("legal_name"),
				category == null ? null : ServiceCategory.valueOf(category),
				LifecycleStatus.valueOf(rs.getString("status")), PhiAccess.valueOf(rs.getString("phi_access")),
				systemType == null ? null : AiSystemType.valueOf(systemType), rs.getTimestamp("updated_at").toInstant());
	}

}
