package health.covenant.audit;

import java.util.Map;

import health.covenant.IntegrationTest;
import health.covenant.shared.SystemActor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AuditServiceTest {

	@Autowired
	AuditService audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private long recordOne(String summary) {
		SystemActor.runAs(() -> this.transactions.executeWithoutResult((s) -> this.audit.record("TEST", "Thing", 42,
				summary, AuditChanges.diff(Map.of("name", "Old", "same", "x"), Map.of("name", "New", "same", "x")))));
		return this.jdbc.sql("SELECT max(seq) FROM audit_event").query(Long.class).single();
	}

	@Test
	void recordsFieldLevelChangesAndKeepsTheChainIntact() {
		long seq = recordOne("Renamed thing");
		AuditEvent event = this.audit.search(new AuditQuery("Thing", "42", "TEST", null, null, null),
				PageRequest.of(0, 1)).getContent().get(0);
		assertThat(event.seq()).isEqualTo(seq);
		assertThat(event.actor()).isEqualTo("system");
		assertThat(event.changes()).containsOnlyKeys("name");
		assertThat(event.changes().get("name")).isEqualTo(new AuditChanges.Change("Old", "New"));
		assertThat(this.audit.verifyChain().intact()).isTrue();
	}

	@Test
	void theDatabaseRefusesUpdateAndDelete() {
		long seq = recordOne("Something");
		assertThatThrownBy(() -> this.jdbc.sql("UPDATE audit_event SET summary = 'x' WHERE seq = ?").param(seq).update())
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("DELETE FROM audit_event WHERE seq = ?").param(seq).update())
			.rootCause()
			.hasMessageContaining("append-only");
	}

	@Test
	void verificationFindsATamperedEvent() {
		long seq = recordOne("Original summary");
		recordOne("Later event");
		this.transactions.executeWithoutResult((status) -> {
			// A superuser who disables the trigger and edits history is still caught by the chain.
			this.jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete").update();
			this.jdbc.sql("UPDATE audit_event SET summary = 'Forged summary' WHERE seq = ?").param(seq).update();
			ChainVerification verification = this.audit.verifyChain();
			assertThat(verification.intact()).isFalse();
			assertThat(verification.firstBrokenSeq()).isEqualTo(seq);
			status.setRollbackOnly();
		});
		assertThat(this.audit.verifyChain().intact()).isTrue();
	}

	@Test
	void verificationFindsADeletedEvent() {
		long seq = recordOne("To be removed");
		recordOne("After it");
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete").update();
			this.jdbc.sql("DELETE FROM audit_event WHERE seq = ?").param(seq).update();
			ChainVerification verification = this.audit.verifyChain();
			assertThat(verification.intact()).isFalse();
			assertThat(verification.firstBrokenSeq()).isEqualTo(seq + 1);
			status.setRollbackOnly();
		});
	}

	@Test
	void diffKeepsOnlyChangedFields() {
		AuditChanges changes = AuditChanges.diff(Map.of("a", "1", "b", "2", "c", ""), Map.of("a", "1", "b", "3"));
		assertThat(changes.asMap()).containsOnlyKeys("b");
	}

}
