package health.covenant.vendors;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import health.covenant.shared.jpa.AuditableEntity;

@Entity
@Table(name = "vendor")
class Vendor extends AuditableEntity {

	@Column(nullable = false)
	private String name;

	@Column(name = "legal_name")
	private String legalName;

	private String website;

	private String description;

	@Enumerated(EnumType.STRING)
	@Column(name = "service_category")
	private ServiceCategory serviceCategory;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private LifecycleStatus status = LifecycleStatus.PROSPECT;

	@Column(name = "business_owner_id")
	private Long businessOwnerId;

	@Column(name = "primary_contact_name")
	private String primaryContactName;

	@Column(name = "primary_contact_email")
	private String primaryContactEmail;

	@Column(name = "primary_contact_phone")
	private String primaryContactPhone;

	@Column(name = "security_contact_name")
	private String securityContactName;

	@Column(name = "security_contact_email")
	private String securityContactEmail;

	@Column(name = "security_contact_phone")
	private String securityContactPhone;

	@Enumerated(EnumType.STRING)
	@Column(name = "phi_access", nullable = false)
	private PhiAccess phiAccess = PhiAccess.NONE;

	@Enumerated(EnumType.STRING)
	@Column(name = "record_volume")
	private RecordVolume recordVolume;

	@Enumerated(EnumType.STRING)
	@Column(name = "system_access")
	private SystemAccess systemAccess;

	@Column(name = "hosting_regions")
	private String hostingRegions;

	@Column(name = "external_reference")
	private String externalReference;

	protected Vendor() {
	}

	Vendor(VendorDetails details) {
		apply(details);
	}

	void apply(VendorDetails details) {
		this.name = clean(details.name());
		this.legalName = clean(details.legalName());
		this.website = clean(details.website());
		this.description = clean(details.description());
		this.serviceCategory = details.serviceCategory();
		this.businessOwnerId = details.businessOwnerId();
		VendorDetails.Contact primary = details.primaryContact() == null ? VendorDetails.Contact.NONE
				: details.primaryContact();
		this.primaryContactName = clean(primary.name());
		this.primaryContactEmail = clean(primary.email());
		this.primaryContactPhone = clean(primary.phone());
		VendorDetails.Contact security = details.securityContact() == null ? VendorDetails.Contact.NONE
				: details.securityContact();
		this.securityContactName = clean(security.name());
		this.securityContactEmail = clean(security.email());
		this.securityContactPhone = clean(security.phone());
		this.phiAccess = details.phiAccess() == null ? PhiAccess.NONE : details.phiAccess();
		this.recordVolume = details.recordVolume();
		this.systemAccess = details.systemAccess();
		this.hostingRegions = clean(details.hostingRegions());
		this.externalReference = clean(details.externalReference());
	}

	void changeStatus(LifecycleStatus target) {
		if (!this.status.canChangeTo(target)) {
			throw new IllegalStatusChangeException(this.status, target);
		}
		this.status = target;
	}

	static String clean(String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	String getName() {
		return this.name;
	}

	LifecycleStatus getStatus() {
		return this.status;
	}

	VendorDetails details() {
		return new VendorDetails(this.name, this.legalName, this.website, this.description, this.serviceCategory,
				this.businessOwnerId,
				new VendorDetails.Contact(this.primaryContactName, this.primaryContactEmail, this.primaryContactPhone),
				new VendorDetails.Contact(this.securityContactName, this.securityContactEmail,
						this.securityContactPhone),
				this.phiAccess, this.recordVolume, this.systemAccess, this.hostingRegions, this.externalReference);
	}

	VendorSummary toSummary() {
		return new VendorSummary(getId(), this.name, this.status, this.phiAccess, this.businessOwnerId);
	}

	/** Field values for the audit trail's before/after. */
	Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("name", this.name);
		values.put("legalName", this.legalName);
		values.put("website", this.website);
		values.put("description", this.description);
		values.put("serviceCategory", this.serviceCategory);
		values.put("status", this.status);
		values.put("businessOwnerId", this.businessOwnerId);
		values.put("primaryContactName", this.primaryContactName);
		values.put("primaryContactEmail", this.primaryContactEmail);
		values.put("primaryContactPhone", this.primaryContactPhone);
		values.put("securityContactName", this.securityContactName);
		values.put("securityContactEmail", this.securityContactEmail);
		values.put("securityContactPhone", this.securityContactPhone);
		values.put("phiAccess", this.phiAccess);
		values.put("recordVolume", this.recordVolume);
		values.put("systemAccess", this.systemAccess);
		values.put("hostingRegions", this.hostingRegions);
		values.put("externalReference", this.externalReference);
		return values;
	}

}
