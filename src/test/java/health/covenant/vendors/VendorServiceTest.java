package health.covenant.vendors;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import health.covenant.IntegrationTest;
import health.covenant.shared.ConcurrentEditException;
import health.covenant.shared.NotFoundException;
import health.covenant.shared.SystemActor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class VendorServiceTest {

	@Autowired
	VendorService vendors;

	@Autowired
	JdbcClient jdbc;

	static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	long register(String name, PhiAccess phi) {
		AtomicLong id = new AtomicLong();
		SystemActor.runAs(() -> id.set(this.vendors.register(VendorDetails.named(name, phi))));
		return id.get();
	}

	@Test
	void registersAProspectAndAuditsIt() {
		String name = unique("Scribe Co");
		long id = register(name, PhiAccess.PHI);
		VendorSummary summary = this.vendors.getSummary(id);
		assertThat(summary).isEqualTo(new VendorSummary(id, name, LifecycleStatus.PROSPECT, PhiAccess.PHI, null));
		assertThat(this.vendors.findSummary(id)).contains(summary);
		assertThat(this.vendors.findSummaries(List.of(id, -1L))).containsExactly(summary);
		assertThat(this.vendors.allSummaries()).contains(summary);
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'Vendor' AND entity_id = ? "
				+ "AND action = 'VENDOR_CREATED'").param(Long.toString(id)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void unknownIdsAreNotFound() {
		assertThat(this.vendors.findSummary(-5)).isEmpty();
		assertThatThrownBy(() -> this.vendors.getSummary(-5)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void namesAreUniqueWhateverTheirCase() {
		String name = unique("Radiant Reads");
		register(name, PhiAccess.NONE);
		assertThatThrownBy(() -> register(name.toUpperCase(), PhiAccess.NONE))
			.isInstanceOf(DuplicateVendorNameException.class);
	}

	@Test
	void statusMovesOnlyAlongTheLifecycle() {
		long id = register(unique("Lifecycle Labs"), PhiAccess.NONE);
		SystemActor.runAs(() -> this.vendors.changeStatus(id, 0, LifecycleStatus.ONBOARDING));
		assertThat(this.vendors.getSummary(id).status()).isEqualTo(LifecycleStatus.ONBOARDING);
		long version = this.vendors.getView(id).version();
		assertThatThrownBy(
				() -> SystemActor.runAs(() -> this.vendors.changeStatus(id, version, LifecycleStatus.PROSPECT)))
			.isInstanceOf(IllegalStatusChangeException.class);
		assertThatThrownBy(() -> SystemActor.runAs(() -> this.vendors.changeStatus(id, 0, LifecycleStatus.ACTIVE)))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(this.vendors.getSummary(id).status()).isEqualTo(LifecycleStatus.ONBOARDING);
	}

}
