package health.covenant.vendors.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.RecordVolume;
import health.covenant.vendors.ServiceCategory;
import health.covenant.vendors.SystemAccess;
import health.covenant.vendors.VendorDetails;
import health.covenant.vendors.VendorRules;
import health.covenant.vendors.VendorView;

import org.springframework.validation.Errors;

/**
 * The vendor form ({@code /vendors/new}, {@code /vendors/{id}/edit}). Input names are the property names.
 * Single fields are checked by Bean Validation; rules across fields by {@link #checkRules(Errors)}.
 */
public class VendorForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 200)
	private String legalName;

	@Size(max = 300)
	@Pattern(regexp = "^(https?://[^\\s]+)?$")
	private String website;

	@Size(max = 4000)
	private String description;

	private ServiceCategory serviceCategory;

	private Long businessOwnerId;

	@Size(max = 120)
	private String primaryContactName;

	@Email
	@Size(max = 254)
	private String primaryContactEmail;

	@Size(max = 40)
	@Pattern(regexp = "^[+0-9 ().\\-x]*$")
	private String primaryContactPhone;

	@Size(max = 120)
	private String securityContactName;

	@Email
	@Size(max = 254)
	private String securityContactEmail;

	@Size(max = 40)
	@Pattern(regexp = "^[+0-9 ().\\-x]*$")
	private String securityContactPhone;

	@NotNull
	private PhiAccess phiAccess;

	private RecordVolume recordVolume;

	private SystemAccess systemAccess;

	@Size(max = 300)
	private String hostingRegions;

	@Size(max = 100)
	private String externalReference;

	private long version;

	/** A new vendor: nothing known but the name (if one was searched for), no PHI assumed yet. */
	public static VendorForm blank(String name) {
		VendorForm form = new VendorForm();
		form.name = name;
		return form;
	}

	public static VendorForm of(VendorView vendor) {
		VendorDetails d = vendor.details();
		VendorForm form = new VendorForm();
		form.name = d.name();
		form.legalName = d.legalName();
		form.website = d.website();
		form.description = d.description();
		form.serviceCategory = d.serviceCategory();
		form.businessOwnerId = d.businessOwnerId();
		form.primaryContactName = d.primaryContact().name();
		form.primaryContactEmail = d.primaryContact().email();
		form.primaryContactPhone = d.primaryContact().phone();
		form.securityContactName = d.securityContact().name();
		form.securityContactEmail = d.securityContact().email();
		form.securityContactPhone = d.securityContact().phone();
		form.phiAccess = d.phiAccess();
		form.recordVolume = d.recordVolume();
		form.systemAccess = d.systemAccess();
		form.hostingRegions = d.hostingRegions();
		form.externalReference = d.externalReference();
		form.version = vendor.version();
		return form;
	}

	public VendorDetails toDetails() {
		return new VendorDetails(this.name, this.legalName, this.website, this.description, this.serviceCategory,
				this.businessOwnerId,
				new VendorDetails.Contact(this.primaryContactName, this.primaryContactEmail, this.primaryContactPhone),
				new VendorDetails.Contact(this.securityContactName, this.securityContactEmail,
						this.securityContactPhone),
				this.phiAccess, this.recordVolume, this.systemAccess, this.hostingRegions, this.externalReference);
	}

	/**
	 * The {@link VendorRules} the service enforces, checked first so that each message shows next to its
	 * field: among them the rules across fields (a vendor that handles PHI or a limited data set has a
	 * security / incident contact e-mail and a known record volume). A field Bean Validation already
	 * refused keeps that one message.
	 */
	public void checkRules(Errors errors) {
		VendorRulesOnForms.reject(errors, VendorRules.check(toDetails()));
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getLegalName() {
		return this.legalName;
	}

	public void setLegalName(String legalName) {
		this.legalName = legalName;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public ServiceCategory getServiceCategory() {
		return this.serviceCategory;
	}

	public void setServiceCategory(ServiceCategory serviceCategory) {
		this.serviceCategory = serviceCategory;
	}

	public Long getBusinessOwnerId() {
		return this.businessOwnerId;
	}

	public void setBusinessOwnerId(Long businessOwnerId) {
		this.businessOwnerId = businessOwnerId;
	}

	public String getPrimaryContactName() {
		return this.primaryContactName;
	}

	public void setPrimaryContactName(String primaryContactName) {
		this.primaryContactName = primaryContactName;
	}

	public String getPrimaryContactEmail() {
		return this.primaryContactEmail;
	}

	public void setPrimaryContactEmail(String primaryContactEmail) {
		this.primaryContactEmail = primaryContactEmail;
	}

	public String getPrimaryContactPhone() {
		return this.primaryContactPhone;
	}

	public void setPrimaryContactPhone(String primaryContactPhone) {
		this.primaryContactPhone = primaryContactPhone;
	}

	public String getSecurityContactName() {
		return this.securityContactName;
	}

	public void setSecurityContactName(String securityContactName) {
		this.securityContactName = securityContactName;
	}

	public String getSecurityContactEmail() {
		return this.securityContactEmail;
	}

	public void setSecurityContactEmail(String securityContactEmail) {
		this.securityContactEmail = securityContactEmail;
	}

	public String getSecurityContactPhone() {
		return this.securityContactPhone;
	}

	public void setSecurityContactPhone(String securityContactPhone) {
		this.securityContactPhone = securityContactPhone;
	}

	public PhiAccess getPhiAccess() {
		return this.phiAccess;
	}

	public void setPhiAccess(PhiAccess phiAccess) {
		this.phiAccess = phiAccess;
	}

	public RecordVolume getRecordVolume() {
		return this.recordVolume;
	}

	public void setRecordVolume(RecordVolume recordVolume) {
		this.recordVolume = recordVolume;
	}

	public SystemAccess getSystemAccess() {
		return this.systemAccess;
	}

	public void setSystemAccess(SystemAccess systemAccess) {
		this.systemAccess = systemAccess;
	}

	public String getHostingRegions() {
		return this.hostingRegions;
	}

	public void setHostingRegions(String hostingRegions) {
		this.hostingRegions = hostingRegions;
	}

	public String getExternalReference() {
		return this.externalReference;
	}

	public void setExternalReference(String externalReference) {
		this.externalReference = externalReference;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
