package health.covenant.assessments;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import health.covenant.audit.AuditChanges;
import health.covenant.audit.AuditService;
import health.covenant.documents.DocumentService;
import health.covenant.documents.DocumentSummary;
import health.covenant.shared.Actor;
import health.covenant.shared.NotFoundException;
import health.covenant.shared.OrganisationClock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence documents of answers. A document is stored once by the documents module (checked, encrypted,
 * audited), owned by the assessment it was uploaded to, and linked to the answer it supports. The next
 * assessment carries the links of the answers it copies, so a reassessment shows what was seen last time;
 * removing evidence unlinks it, and deletes the document only when nothing else links it and its owning
 * assessment is still open (a completed assessment's evidence is kept with it).
 */
@Service
public class AssessmentEvidence {

	/** The document category of answer evidence. */
	static final String CATEGORY = "EVIDENCE";

	private final AssessmentRepository assessments;

	private final QuestionBank bank;

	private final DocumentService documents;

	private final AuditService auditLog;

	private final JdbcClient jdbc;

	private final OrganisationClock clock;

	AssessmentEvidence(AssessmentRepository assessments, QuestionBank bank, DocumentService documents,
			AuditService auditLog, JdbcClient jdbc, OrganisationClock clock) {
		this.assessments = assessments;
		this.bank = bank;
		this.documents = documents;
		this.auditLog = auditLog;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The evidence of each answered question of an assessment, by question code, newest first. */
	@Transactional(readOnly = true)
	public Map<String, List<DocumentSummary>> forAssessment(long assessmentId) {
		List<Link> links = links(assessmentId);
		if (links.isEmpty()) {
			return Map.of();
		}
		Map<Long, DocumentSummary> byId = new LinkedHashMap<>();
		for (long owner : links.stream().map(Link::uploadedTo).collect(Collectors.toCollection(LinkedHashSet::new))) {
			this.documents.forOwner(AssessmentService.ENTITY, owner).forEach((d) -> byId.put(d.id(), d));
		}
		Map<String, List<DocumentSummary>> result = new LinkedHashMap<>();
		for (Link link : links) {
			DocumentSummary document = byId.get(link.documentId());
			if (document != null) {
				result.computeIfAbsent(link.questionCode(), (k) -> new ArrayList<>()).add(document);
			}
		}
		return result;
	}

	/**
	 * Stores a document as evidence of one answer of an open assessment (all or nothing); audited on the
	 * assessment with the answer's evidence before and after.
	 * @throws AssessmentRuleException when the assessment is read-only or the question is not in it
	 */
	@Transactional
	@PreAuthorize(AssessmentService.EDITORS)
	public DocumentSummary attach(long assessmentId, String questionCode, String fileName, byte[] content) {
		Assessment assessment = openAssessment(assessmentId);
		boolean asked = this.bank.questions(assessment.getBankVersion(), assessment.getKind())
			.stream()
			.anyMatch((q) -> q.code().equals(questionCode));
		if (!asked) {
			throw new AssessmentRuleException("questionCode", "assessments.evidence.unknownQuestion");
		}
		List<String> before = fileNames(assessmentId, questionCode);
		DocumentSummary stored = this.documents.store(AssessmentService.ENTITY, assessmentId, CATEGORY, fileName,
				content);
		this.jdbc.sql("""
				INSERT INTO assessment_evidence (assessment_id, question_code, document_id, uploaded_to, linked_at, linked_by)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(assessmentId, questionCode, stored.id(), assessmentId, Timestamp.from(this.clock.now()),
					Actor.current())
			.update();
		this.auditLog.record("ASSESSMENT_EVIDENCE_ATTACHED", AssessmentService.ENTITY, assessmentId,
				"Attached " + stored.fileName() + " as evidence of " + questionCode + " of assessment #" + assessmentId,
				AuditChanges.none().field("evidence." + questionCode, before, fileNames(assessmentId, questionCode)));
		return stored;
	}

	/**
	 * Removes a document from an answer of an open assessment; deletes the document itself when it was
	 * uploaded to this assessment and nothing else links it. Audited with the evidence before and after.
	 * @return the file name removed
	 * @throws NotFoundException when the document is not evidence of this assessment
	 */
	@Transactional
	@PreAuthorize(AssessmentService.EDITORS)
	public String remove(long assessmentId, long documentId) {
		openAssessment(assessmentId);
		Link link = links(assessmentId).stream()
			.filter((l) -> l.documentId() == documentId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Document", documentId));
		DocumentSummary document = this.documents.find(documentId)
			.orElseThrow(() -> new NotFoundException("Document", documentId));
		List<String> before = fileNames(assessmentId, link.questionCode());
		this.jdbc.sql("DELETE FROM assessment_evidence WHERE assessment_id = ? AND document_id = ?")
			.params(assessmentId, documentId)
			.update();
		boolean stillLinked = this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM assessment_evidence WHERE document_id = ?)")
			.param(documentId)
			.query(Boolean.class)
			.single();
		if (!stillLinked && link.uploadedTo() == assessmentId) {
			this.documents.delete(documentId);
		}
		this.auditLog.record("ASSESSMENT_EVIDENCE_REMOVED", AssessmentService.ENTITY, assessmentId,
				"Removed " + document.fileName() + " from the evidence of " + link.questionCode() + " of assessment #"
						+ assessmentId,
				AuditChanges.none()
					.field("evidence." + link.questionCode(), before, fileNames(assessmentId, link.questionCode())));
		return document.fileName();
	}

	/** Carries the evidence links of the copied answers from a completed assessment to its next one. */
	void copy(long fromId, long toId, Set<String> questionCodes) {
		if (questionCodes.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				INSERT INTO assessment_evidence (assessment_id, question_code, document_id, uploaded_to, linked_at, linked_by)
				SELECT :to, question_code, document_id, uploaded_to, linked_at, linked_by
				FROM assessment_evidence WHERE assessment_id = :from AND question_code IN (:codes)""")
			.param("to", toId)
			.param("from", fromId)
			.param("codes", questionCodes)
			.update();
	}

	private Assessment openAssessment(long id) {
		Assessment assessment = this.assessments.findById(id)
			.orElseThrow(() -> new NotFoundException(AssessmentService.ENTITY, id));
		if (!assessment.getStatus().open()) {
			throw new AssessmentRuleException(null, "assessments.rule.readOnly");
		}
		return assessment;
	}

	private List<String> fileNames(long assessmentId, String questionCode) {
		return forAssessment(assessmentId).getOrDefault(questionCode, List.of())
			.stream()
			.map(DocumentSummary::fileName)
			.sorted()
			.toList();
	}

	private List<Link> links(long assessmentId) {
		return this.jdbc.sql("""
				SELECT question_code, document_id, uploaded_to FROM assessment_evidence
				WHERE assessment_id = ? ORDER BY question_code, linked_at DESC, document_id DESC""")
			.param(assessmentId)
			.query((rs, n) -> new Link(rs.getString(1), rs.getLong(2), rs.getLong(3)))
			.list();
	}

	private record Link(String questionCode, long documentId, long uploadedTo) {
	}

}
