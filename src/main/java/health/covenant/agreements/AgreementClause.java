package health.covenant.agreements;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import health.covenant.shared.jpa.AuditableEntity;

@Entity
@Table(name = "agreement_clause")
class AgreementClause extends AuditableEntity {

	@Column(name = "agreement_id", nullable = false, updatable = false)
	private long agreementId;

	@Column(name = "clause_code", nullable = false, updatable = false)
	private String clauseCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ClauseStatus status;

	@Column
	private String note;

	@Column(name = "section_ref")
	private String sectionRef;

	protected AgreementClause() {
	}

	AgreementClause(long agreementId, String clauseCode) {
		this.agreementId = agreementId;
		this.clauseCode = clauseCode;
		this.status = ClauseStatus.MISSING;
	}

	void set(ClauseStatus status, String note, String sectionRef) {
		this.status = status;
		this.note = note == null || note.isBlank() ? null : note.strip();
		this.sectionRef = sectionRef == null || sectionRef.isBlank() ? null : sectionRef.strip();
	}

	Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("status", isNew() ? null : this.status);
		values.put("note", this.note);
		values.put("sectionRef", this.sectionRef);
		return values;
	}

	long getAgreementId() {
		return this.agreementId;
	}

	String getClauseCode() {
		return this.clauseCode;
	}

	ClauseStatus getStatus() {
		return this.status;
	}

	String getNote() {
		return this.note;
	}

	String getSectionRef() {
		return this.sectionRef;
	}

}
