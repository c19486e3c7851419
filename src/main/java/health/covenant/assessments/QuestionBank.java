package health.covenant.assessments;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The question bank (rows seeded by migrations, one set per bank version). A version never changes once
 * published, so each is read once and kept.
 */
@Component
public class QuestionBank {

	private final JdbcClient jdbc;

	private final Map<Integer, List<Question>> versions = new ConcurrentHashMap<>();

	QuestionBank(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The version new assessments are answered against. */
	public int latestVersion() {
		return this.jdbc.sql("SELECT max(version) FROM assessment_bank_version").query(Integer.class).single();
	}

	/** Every question of a version, in the bank's order. */
	public List<Question> version(int version) {
		return this.versions.computeIfAbsent(version, (v) -> this.jdbc.sql("""
				SELECT bank_version, code, section, position, kinds, text, help, weight, critical, prefill
				FROM assessment_question WHERE bank_version = ? ORDER BY position, code""")
			.param(v)
			.query((rs, n) -> new Question(rs.getInt("bank_version"), rs.getString("code"), rs.getString("section"),
					rs.getInt("position"),
					Arrays.stream(rs.getString("kinds").split(","))
						.map(String::strip)
						.map(AssessmentKind::valueOf)
						.collect(Collectors.toCollection(() -> EnumSet.noneOf(AssessmentKind.class))),
					rs.getString("text"), rs.getString("help"), rs.getInt("weight"), rs.getBoolean("critical"),
					rs.getString("prefill")))
			.list());
	}

	/** The questions a kind asks in a version, in order. */
	public List<Question> questions(int version, AssessmentKind kind) {
		return version(version).stream().filter((q) -> q.appliesTo(kind)).toList();
	}

	/** One question as it reads in a version. */
	public Optional<Question> find(int version, String code) {
		return version(version).stream().filter((q) -> q.code().equals(code)).findFirst();
	}

	/** The questions a kind asks in a version by section, in order. */
	public Map<String, List<Question>> sections(int version, AssessmentKind kind) {
		return questions(version, kind).stream()
			.collect(Collectors.groupingBy(Question::section, LinkedHashMap::new, Collectors.toList()));
	}

}
