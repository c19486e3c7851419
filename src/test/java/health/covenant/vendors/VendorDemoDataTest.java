package health.covenant.vendors;

import java.util.List;

import health.covenant.IntegrationTest;
import health.covenant.shared.SystemActor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class VendorDemoDataTest {

	@Autowired
	VendorDemoData demoData;

	@Autowired
	VendorService vendors;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@EnumSource(LifecycleStatus.class)
	void thePathToAStatusFollowsTheLifecycle(LifecycleStatus target) {
		List<LifecycleStatus> path = VendorDemoData.path(target);
		LifecycleStatus current = LifecycleStatus.PROSPECT;
		for (LifecycleStatus step : path) {
			assertThat(current.canChangeTo(step)).isTrue();
			current = step;
		}
		assertThat(current).isEqualTo(target);
	}

	@Test
	void loadsAVariedRegistryOfAiVendors() {
		if (this.vendors.allSummaries().stream().noneMatch((v) -> v.name().equals("Scribewell Ambient"))) {
			SystemActor.runAs(this.demoData::load);
		}
		// demo vendors are the only ones with a web site on the reserved .example domain
		List<VendorSummary> demo = this.vendors.findSummaries(this.jdbc
			.sql("SELECT id FROM vendor WHERE created_by = 'system' AND website LIKE 'https://%.example'")
			.query(Long.class)
			.list());
		assertThat(demo).hasSizeGreaterThanOrEqualTo(25);
		assertThat(demo).extracting(VendorSummary::status).contains(LifecycleStatus.values());
		assertThat(demo).extracting(VendorSummary::phiAccess).contains(PhiAccess.values());
		VendorSummary scribe = demo.stream().filter((v) -> v.name().equals("Scribewell Ambient")).findFirst().orElseThrow();
		assertThat(this.vendors.getAiProfile(scribe.id()).details().systemType()).isEqualTo(AiSystemType.AMBIENT_SCRIBE);
		assertThat(this.vendors.subprocessorsOf(scribe.id())).isNotEmpty();
		assertThat(demo.stream().flatMap((v) -> this.vendors.subprocessorsOf(v.id()).stream()))
			.anyMatch((s) -> !s.downstreamBaa())
			.anyMatch(SubprocessorSummary::downstreamBaa);
		assertThat(demo.stream().map((v) -> this.vendors.getAiProfile(v.id()).details().systemType()))
			.contains(AiSystemType.values());
	}

}
