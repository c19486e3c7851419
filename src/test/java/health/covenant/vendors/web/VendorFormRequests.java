package health.covenant.vendors.web;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The vendor form as a browser posts it, for the slice and the integration tests alike. */
public final class VendorFormRequests {

	private VendorFormRequests() {
	}

	/** A complete vendor form (a PHI vendor) posted to {@code url}. */
	public static MockHttpServletRequestBuilder vendorPost(String url, String name) {
		return post(url).with(csrf())
			.param("name", name)
			.param("legalName", name + ", Inc.")
			.param("website", "https://example.org")
			.param("serviceCategory", "CLINICAL_DOCUMENTATION")
			.param("phiAccess", "PHI")
			.param("recordVolume", "FROM_10K_TO_100K")
			.param("systemAccess", "READ_ONLY")
			.param("securityContactName", "Sam Secure")
			.param("securityContactEmail", "security@example.org")
			.param("hostingRegions", "US")
			.param("version", "0");
	}

}
