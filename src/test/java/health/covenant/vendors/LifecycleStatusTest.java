package health.covenant.vendors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LifecycleStatusTest {

	@ParameterizedTest(name = "{0} -> {1}: {2}")
	@CsvSource({
			"PROSPECT, ONBOARDING, true", "PROSPECT, TERMINATED, true", "PROSPECT, ACTIVE, false",
			"PROSPECT, OFFBOARDING, false", "PROSPECT, PROSPECT, false",
			"ONBOARDING, ACTIVE, true", "ONBOARDING, TERMINATED, true", "ONBOARDING, PROSPECT, false",
			"ONBOARDING, OFFBOARDING, false", "ONBOARDING, ONBOARDING, false",
			"ACTIVE, OFFBOARDING, true", "ACTIVE, TERMINATED, false", "ACTIVE, ONBOARDING, false",
			"ACTIVE, PROSPECT, false", "ACTIVE, ACTIVE, false",
			"OFFBOARDING, TERMINATED, true", "OFFBOARDING, ACTIVE, false", "OFFBOARDING, ONBOARDING, false",
			"OFFBOARDING, PROSPECT, false", "OFFBOARDING, OFFBOARDING, false",
			"TERMINATED, PROSPECT, false", "TERMINATED, ONBOARDING, false", "TERMINATED, ACTIVE, false",
			"TERMINATED, OFFBOARDING, false", "TERMINATED, TERMINATED, false" })
	void allowsOnlyTheLifecycleTransitions(LifecycleStatus from, LifecycleStatus to, boolean allowed) {
		assertThat(from.canChangeTo(to)).isEqualTo(allowed);
		assertThat(from.allowedTargets().contains(to)).isEqualTo(allowed);
	}

	@ParameterizedTest
	@CsvSource({ "PROSPECT, false", "ONBOARDING, true", "ACTIVE, true", "OFFBOARDING, false", "TERMINATED, false" })
	void inServiceMeansOnboardingOrActive(LifecycleStatus status, boolean inService) {
		assertThat(status.inService()).isEqualTo(inService);
		assertThat(new VendorSummary(1, "V", status, PhiAccess.NONE, null).inService()).isEqualTo(inService);
	}

	@ParameterizedTest
	@CsvSource({ "NONE, false", "DE_IDENTIFIED, false", "LIMITED_DATA_SET, true", "PHI, true" })
	void handlesPhiMeansPhiOrLimitedDataSet(PhiAccess access, boolean handles) {
		assertThat(new VendorSummary(1, "V", LifecycleStatus.ACTIVE, access, null).handlesPhi()).isEqualTo(handles);
	}

	@ParameterizedTest
	@CsvSource({ "a, b", "ab, ac", "az, a{", "é, ê" })
	void prefixUpperBoundIsTheNextString(String prefix, String bound) {
		assertThat(VendorSearch.upperBound(prefix)).isEqualTo(bound);
	}

}
