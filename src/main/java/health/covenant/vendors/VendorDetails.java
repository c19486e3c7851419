package health.covenant.vendors;

/**
 * The editable fields of a vendor (everything but its lifecycle status, which changes only through
 * {@link VendorService#changeStatus}). Blank texts are stored as null.
 */
public record VendorDetails(String name, String legalName, String website, String description,
		ServiceCategory serviceCategory, Long businessOwnerId, Contact primaryContact, Contact securityContact,
		PhiAccess phiAccess, RecordVolume recordVolume, SystemAccess systemAccess, String hostingRegions,
		String externalReference) {

	/** A person to reach at the vendor. */
	public record Contact(String name, String email, String phone) {

		public static final Contact NONE = new Contact(null, null, null);

		public boolean isEmpty() {
			return this.name == null && this.email == null && this.phone == null;
		}

	}

	/**
	 * Only a name and what the {@link VendorRules} require with it (tests, quick registration): a vendor
	 * that handles PHI gets a placeholder security e-mail (at the reserved {@code example.invalid}
	 * domain) and the smallest record volume; everything else is empty.
	 */
	public static VendorDetails named(String name, PhiAccess phiAccess) {
		boolean phi = phiAccess != null && phiAccess.handlesPhi();
		Contact security = phi ? new Contact(null, "security@example.invalid", null) : Contact.NONE;
		return new VendorDetails(name, null, null, null, null, null, Contact.NONE, security, phiAccess,
				phi ? RecordVolume.UNDER_1K : null, null, null, null);
	}

}
