package health.covenant.certifications;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask about vendors' third-party assurance (e.g. the compliance gap "PHI vendor
 * in service without current assurance"). Computed from the certifications themselves by
 * {@link CertificationValidity}, so that it is right within the transaction that changed them.
 * Changes are announced by {@link VendorAssuranceChanged}.
 */
@Service
@NamedInterface("api")
public class CertificationAssurance {

	private final CertificationRepository certifications;

	CertificationAssurance(CertificationRepository certifications) {
		this.certifications = certifications;
	}

	/**
	 * Per vendor, the last day any of its third-party assurance (SOC 2, HITRUST, ISO, FedRAMP, HIPAA
	 * assessment) that no newer report of the same type renewed counts; vendors that never had any are
	 * absent. One query for all of them.
	 */
	@Transactional(readOnly = true)
	public Map<Long, LocalDate> assuredUntil(Collection<Long> vendorIds) {
		if (vendorIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<Certification>> byVendor = this.certifications.findByVendors(vendorIds)
			.stream()
			.collect(Collectors.groupingBy(Certification::getVendorId));
		Map<Long, LocalDate> result = new HashMap<>();
		byVendor.forEach((vendorId, list) -> {
			LocalDate until = CertificationStateService.assess(list, LocalDate.MIN).assuredUntil();
			if (until != null) {
				result.put(vendorId, until);
			}
		});
		return result;
	}

}
