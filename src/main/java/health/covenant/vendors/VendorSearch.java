package health.covenant.vendors;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import health.covenant.shared.Paging;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The vendor list query on plain SQL (hot read path). Three characters or more match
 * anywhere in name, legal name or description through the pg_trgm GIN indexes; one or two characters
 * match the start of the name as a byte-order range over {@code vendor_name_bytes_idx}, with range
 * operators rather than LIKE so that a generic prepared-statement plan still uses the index, and read
 * in that index's order when sorted by name. The count is capped, and so are the pages: no page starts
 * past the cap, so OFFSET never skips more than the cap's worth of rows.
 */
@Component
class VendorSearch {

	private static final int COUNT_CAP = VendorSearchResult.COUNT_CAP;

	private static final String FROM = " FROM vendor v LEFT JOIN ai_profile a ON a.vendor_id = v.id";

	/** The name as the byte-order index has it. */
	private static final String NAME_BYTES = "lower(v.name) COLLATE \"C\"";

	private final JdbcClient jdbc;

	VendorSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	VendorSearchResult search(VendorQuery query, Pageable requested) {
		StringBuilder where = new StringBuilder(" WHERE TRUE");
		List<Object> params = new ArrayList<>();
		boolean prefix = false;
		boolean substring = false;
		if (query.q() != null) {
			String text = query.q().toLowerCase(Locale.ROOT);
			if (text.length() < 3) {
				prefix = true;
				where.append(" AND " + NAME_BYTES + " >= ? AND " + NAME_BYTES + " < ?");
				params.add(text);
				params.add(upperBound(text));
			}
			else {
				substring = true;
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
		if (query.tier() != null) {
			if (query.tier().tier() == null) {
				where.append(" AND v.risk_tier IS NULL");
			}
			else {
				where.append(" AND v.risk_tier = ?");
				params.add(query.tier().tier().name());
			}
		}
		if (query.aiType() != null) {
			where.append(" AND a.system_type = ?");
			params.add(query.aiType().name());
		}
		// A substring search is counted through the trigram indexes: planned on its own (materialised),
		// the match is not walked row by row in the hope that the LIMIT stops it early.
		String matches = substring
				? "WITH matches AS MATERIALIZED (SELECT 1" + FROM + where + ") SELECT count(*) FROM (SELECT 1 FROM matches"
				: "SELECT count(*) FROM (SELECT 1" + FROM + where;
		long count = this.jdbc.sql(matches + " LIMIT " + (COUNT_CAP + 1) + ") AS capped")
			.params(params)
			.query(Long.class)
			.single();
		// past the end: the last page; past the cap, the last page within the cap
		long total = Math.min(count, COUNT_CAP);
		Pageable pageable = Paging.within(requested, total);
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(pageable.getPageSize());
		pageParams.add(pageable.getOffset());
		List<VendorListRow> rows = this.jdbc.sql("""
				SELECT v.id, v.name, v.legal_name, v.service_category, v.status, v.phi_access, a.system_type,
				       v.updated_at, v.risk_tier, v.risk_residual, v.risk_tier_overridden""" + FROM + where + " ORDER BY " + orderBy(query, prefix) + " LIMIT ? OFFSET ?")
			.params(pageParams)
			.query(VendorSearch::row)
			.list();
		return new VendorSearchResult(new PageImpl<>(rows, pageable, total), count > COUNT_CAP);
	}

	/**
	 * A name-prefix search sorted by name reads the byte-order index in its order. Vendors not scored yet
	 * have no score, so among them the order by score is the order by id, which the planner can read
	 * from the tier index without walking the scored vendors first.
	 */
	private static String orderBy(VendorQuery query, boolean prefix) {
		VendorSort sort = query.sort();
		if (query.tier() == RiskTierFilter.UNSCORED && sort == VendorSort.RISK) {
			return "v.id";
		}
		if (query.tier() == RiskTierFilter.UNSCORED && sort == VendorSort.RISK_DESC) {
			return "v.id DESC";
		}
		if (prefix && sort == VendorSort.NAME) {
			return NAME_BYTES + ", v.id";
		}
		if (prefix && sort == VendorSort.NAME_DESC) {
			return NAME_BYTES + " DESC, v.id DESC";
		}
		return sort.orderBy();
	}

	/** See {@link VendorService#suggest(String, int)}. */
	List<VendorSummary> suggest(String text, int limit) {
		String lower = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		if (lower.isEmpty() || limit < 1) {
			return List.of();
		}
		String columns = "v.id, v.name, v.status, v.phi_access, v.business_owner_id";
		String startsWith = NAME_BYTES + " >= :from AND " + NAME_BYTES + " < :to";
		String prefixes = "SELECT 0 AS rank, " + columns + " FROM vendor v WHERE " + startsWith + " ORDER BY "
				+ NAME_BYTES + ", v.id LIMIT :limit";
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("from", lower);
		params.put("to", upperBound(lower));
		params.put("limit", limit);
		String sql;
		if (lower.length() < 3) {
			sql = prefixes;
		}
		else {
			params.put("pattern", "%" + escapeLike(lower) + "%");
			sql = "WITH containing AS MATERIALIZED (SELECT " + columns + " FROM vendor v WHERE lower(v.name) LIKE :pattern)"
					+ " SELECT * FROM ((" + prefixes + ") UNION ALL (SELECT 1 AS rank, v.* FROM containing v WHERE NOT ("
					+ startsWith + ") ORDER BY " + NAME_BYTES + ", v.id LIMIT :limit)) AS found ORDER BY rank, "
					+ "lower(name) COLLATE \"C\", id LIMIT :limit";
		}
		return this.jdbc.sql(sql).params(params).query((rs, n) -> {
			long owner = rs.getLong("business_owner_id");
			Long ownerId = rs.wasNull() ? null : owner;
			return new VendorSummary(rs.getLong("id"), rs.getString("name"),
					LifecycleStatus.valueOf(rs.getString("status")), PhiAccess.valueOf(rs.getString("phi_access")), ownerId);
		}).list();
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
		String tier = rs.getString("risk_tier");
		VendorRisk risk = tier == null ? null : new VendorRisk(rs.getLong("id"), RiskTier.valueOf(tier),
				rs.getInt("risk_residual"), rs.getBoolean("risk_tier_overridden"));
		return new VendorListRow(rs.getLong("id"), rs.getString("name"), rs.getString("legal_name"),
				category == null ? null : ServiceCategory.valueOf(category),
				LifecycleStatus.valueOf(rs.getString("status")), PhiAccess.valueOf(rs.getString("phi_access")),
				systemType == null ? null : AiSystemType.valueOf(systemType), rs.getTimestamp("updated_at").toInstant(),
				risk);
	}

}
