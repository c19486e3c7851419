package health.covenant.certifications.audits;

import org.springframework.modulith.NamedInterface;

/** Where a vendor's months between audits come from. */
@NamedInterface("api")
public enum CadenceSource {

	/** The default for the vendor's PHI access ({@link AuditCadencePolicy}). */
	PHI_ACCESS,
	/** Set for this vendor by a security officer or administrator, with a reason. */
	OVERRIDE

}
