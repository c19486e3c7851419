package health.covenant.vendors;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import health.covenant.IntegrationTest;
import health.covenant.identity.Role;
import health.covenant.shared.ConcurrentEditException;
import health.covenant.shared.NotFoundException;
import health.covenant.shared.SystemActor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@RecordApplicationEvents
class VendorServiceTest {

	@Autowired
	ApplicationEvents events;

	@Autowired
	VendorService vendors;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	VendorRiskRecords risks;

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
	void theRecordedRiskTierIsKeptOnTheVendorWithoutMakingItsEditFormStaleAndATierChangeIsPublished() {
		long id = register(unique("Tiered Co"), PhiAccess.PHI);
		long version = this.vendors.getView(id).version();
		// the risk module scored the vendor when it was registered
		VendorRisk scored = this.risks.of(id).orElseThrow();
		assertThat(scored.tier()).isNotEqualTo(RiskTier.HIGH);

		assertThat(this.risks.record(id, RiskTier.HIGH, 64, false)).isTrue();
		assertThat(this.risks.record(id, RiskTier.HIGH, 66, false)).isTrue();
		assertThat(this.risks.record(id, RiskTier.HIGH, 66, false)).isFalse();
		assertThat(this.risks.record(id, RiskTier.MEDIUM, 66, true)).isTrue();

		assertThat(this.risks.of(id)).contains(new VendorRisk(id, RiskTier.MEDIUM, 66, true));
		assertThat(this.risks.of(List.of(id, -1L))).containsOnlyKeys(id);
		assertThat(this.vendors.getView(id).version()).isEqualTo(version);
		assertThat(this.events.stream(VendorRiskChanged.class).filter((e) -> e.vendorId() == id)).containsExactly(
				new VendorRiskChanged(id, null, scored.tier(), scored.residual(), false),
				new VendorRiskChanged(id, scored.tier(), RiskTier.HIGH, 64, false),
				new VendorRiskChanged(id, RiskTier.HIGH, RiskTier.MEDIUM, 66, true));
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


	@Test
	void changesAreAnnouncedAsEvents() {
		String name = unique("Eventful AI");
		long id = register(name, PhiAccess.NONE);
		SystemActor.runAs(() -> {
			this.vendors.update(id, 0, VendorDetails.named(name, PhiAccess.PHI));
			this.vendors.changeStatus(id, 1, LifecycleStatus.ONBOARDING);
			this.vendors.updateAiProfile(id, 0, new AiProfileDetails(AiSystemType.PREDICTIVE, null, false, null, false,
					null, null, null, null, null, null, null, false, false, null, false, false, null, false, null, null,
					null, null, false, false, false, false, null, null, null));
			this.vendors.addSubprocessor(id, new SubprocessorDetails("Fourth Party", null, null, false, false));
		});
		assertThat(this.events.stream(VendorRegistered.class)).containsExactly(new VendorRegistered(id, name));
		assertThat(this.events.stream(VendorStatusChanged.class))
			.containsExactly(new VendorStatusChanged(id, LifecycleStatus.PROSPECT, LifecycleStatus.ONBOARDING));
		assertThat(this.events.stream(VendorChanged.class)).extracting(VendorChanged::changedFields)
			// a vendor that now handles PHI needs a security contact e-mail and a record volume with it
			.containsExactly(Set.of("phiAccess", "securityContactEmail", "recordVolume"),
					Set.of("aiProfile.systemType"), Set.of("subprocessors"));
	}

	@Test
	void savingWithoutChangesWritesNothing() {
		String name = unique("Unchanged");
		long id = register(name, PhiAccess.NONE);
		SystemActor.runAs(() -> this.vendors.update(id, 0, VendorDetails.named(name, PhiAccess.NONE)));
		assertThat(this.vendors.getView(id).version()).isZero();
		assertThat(this.events.stream(VendorChanged.class)).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "SECURITY_OFFICER", "LEGAL", "AUDITOR" })
	void onlyEditorsWriteVendorsEvenPastTheWebLayer(Role role) {
		long id = register(unique("Service Guarded"), PhiAccess.NONE);
		runAs(role, () -> {
			assertThatThrownBy(() -> this.vendors.register(VendorDetails.named(unique("Sneaky"), PhiAccess.NONE)))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.vendors.update(id, 0, VendorDetails.named("Renamed", PhiAccess.NONE)))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.vendors.changeStatus(id, 0, LifecycleStatus.ONBOARDING))
				.isInstanceOf(AccessDeniedException.class);
		});
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "LEGAL", "AUDITOR" })
	void onlyAiEditorsWriteAiProfilesAndSubprocessors(Role role) {
		long id = register(unique("AI Guarded"), PhiAccess.NONE);
		runAs(role, () -> {
			assertThatThrownBy(() -> this.vendors.updateAiProfile(id, 0, AiProfileDetails.EMPTY))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.vendors.addSubprocessor(id,
					new SubprocessorDetails("X", null, null, false, false)))
				.isInstanceOf(AccessDeniedException.class);
		});
	}

	@Test
	void theServiceRefusesWhatBreaksTheVendorRulesWhoeverCallsIt() {
		String name = unique("Unruly");
		VendorDetails noContact = new VendorDetails(name, null, null, null, null, null, VendorDetails.Contact.NONE,
				VendorDetails.Contact.NONE, PhiAccess.PHI, null, null, null, null);
		SystemActor.runAs(() -> assertThatThrownBy(() -> this.vendors.register(noContact))
			.isInstanceOfSatisfying(VendorRuleException.class,
					(ex) -> assertThat(ex.violations()).extracting(VendorRuleViolation::field)
						.containsExactly("securityContactEmail", "recordVolume")));
		assertThat(this.vendors.nameTaken(name, null)).isFalse();

		long id = register(unique("Ruled"), PhiAccess.NONE);
		SystemActor.runAs(() -> {
			assertThatThrownBy(() -> this.vendors.update(id, 0, new VendorDetails("Ruled", null, null, null, null,
					-1L, VendorDetails.Contact.NONE, VendorDetails.Contact.NONE, PhiAccess.NONE, null, null, null,
					null)))
				.isInstanceOfSatisfying(VendorRuleException.class, (ex) -> assertThat(ex.violations())
					.containsExactly(new VendorRuleViolation("businessOwnerId", "vendor.businessOwner.unknown",
							List.of())));
			assertThatThrownBy(() -> this.vendors.updateAiProfile(id, 0, new AiProfileDetails(null, null, false, null,
					false, "https://x.example/card", null, null, null, null, null, null, false, false, null, false,
					false, null, false, null, null, null, null, false, false, false, false, null, null, null)))
				.isInstanceOf(VendorRuleException.class);
			assertThatThrownBy(
					() -> this.vendors.addSubprocessor(id, new SubprocessorDetails(" ", null, null, false, false)))
				.isInstanceOf(VendorRuleException.class);
		});
		assertThat(this.vendors.getAiProfile(id).version()).isZero();
		assertThat(this.vendors.subprocessorsOf(id)).isEmpty();
	}

	@Test
	void aSecurityOfficerWritesTheAiProfile() {
		long id = register(unique("Officer Edits"), PhiAccess.NONE);
		runAs(Role.SECURITY_OFFICER, () -> this.vendors.addSubprocessor(id,
				new SubprocessorDetails("Model Host", null, null, true, true)));
		assertThat(this.vendors.subprocessorsOf(id)).hasSize(1);
	}

	private static void runAs(Role role, Runnable work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("someone@covenant.test", null,
				List.of(new SimpleGrantedAuthority(role.authority()))));
		SecurityContextHolder.setContext(context);
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
