package health.covenant.agreements;

/** What a file attached to an agreement is. */
public enum AgreementDocumentKind {

	SIGNED, REDLINE, AMENDMENT, OTHER

}
