package health.covenant.agreements.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** The agreement form as a browser posts it, for the slice and the integration tests alike. */
public final class AgreementFormRequests {

	private AgreementFormRequests() {
	}

	/** A complete "add an executed BAA" form; overrides are pairs of field name and value. */
	public static MockMultipartHttpServletRequestBuilder createForm(long vendorId, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("vendorId", String.valueOf(vendorId));
		fields.put("kind", "BAA");
		fields.put("status", "EXECUTED");
		fields.put("effectiveDate", "2026-11-01");
		fields.put("expirationDate", "2027-10-31");
		fields.put("autoRenews", "true");
		fields.put("renewalTermMonths", "12");
		fields.put("noticePeriodDays", "60");
		fields.put("breachNoticeValue", "10");
		fields.put("breachNoticeUnit", "BUSINESS_DAYS");
		fields.put("signedDate", "2026-10-28");
		fields.put("counterpartySignatory", "Jane Doe, CEO");
		fields.put("documentKind", "SIGNED");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockMultipartHttpServletRequestBuilder request = multipart("/agreements");
		fields.forEach(request::param);
		return request;
	}

}
