package health.covenant.incidents;

import health.covenant.documents.DocumentOwnerPolicy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The expert analyses attached to a vendor's commitments may be deleted by their editors while no
 * verification is recorded (a wrong file); once one is, they are its evidence and are retained (a wrong file
 * is answered by attaching the right one). Reads the table directly: the documents module asks this policy,
 * so it may not depend on a service that uses the documents module.
 */
@Component
class IrCommitmentDocumentPolicy implements DocumentOwnerPolicy {

	private final JdbcClient jdbc;

	IrCommitmentDocumentPolicy(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String ownerType() {
		return IrCommitmentService.ENTITY;
	}

	@Override
	public boolean mayDelete(long ownerId) {
		return this.jdbc.sql("SELECT count(*) FROM ir_commitment WHERE vendor_id = ? AND verification_received_on IS NOT NULL")
			.param(ownerId)
			.query(Long.class)
			.single() == 0;
	}

}
