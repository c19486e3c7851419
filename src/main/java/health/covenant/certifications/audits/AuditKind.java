package health.covenant.certifications.audits;

import org.springframework.modulith.NamedInterface;

/** How an audit of a vendor was carried out (by us or by a firm we commissioned). */
@NamedInterface("api")
public enum AuditKind {

	ON_SITE, REMOTE, DOCUMENT_REVIEW, PEN_TEST_COMMISSIONED

}
