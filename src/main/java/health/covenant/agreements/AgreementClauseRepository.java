package health.covenant.agreements;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgreementClauseRepository extends JpaRepository<AgreementClause, Long> {

	@Query("select c from AgreementClause c where c.agreementId = ?1")
	List<AgreementClause> findByAgreement(long agreementId);

	@Query("select c from AgreementClause c where c.agreementId in ?1")
	List<AgreementClause> findByAgreements(Collection<Long> agreementIds);

	@Query("select c from AgreementClause c where c.agreementId = ?1 and c.clauseCode = ?2")
	Optional<AgreementClause> find(long agreementId, String clauseCode);

}
