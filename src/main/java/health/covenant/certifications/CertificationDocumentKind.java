package health.covenant.certifications;

/** What a document of a certification is. */
public enum CertificationDocumentKind {

	REPORT, BRIDGE_LETTER, CERTIFICATE, OTHER

}
