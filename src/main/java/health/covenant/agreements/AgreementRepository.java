package health.covenant.agreements;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgreementRepository extends JpaRepository<Agreement, Long> {

	@Query("select a from Agreement a where a.vendorId = ?1 order by a.id desc")
	List<Agreement> findByVendor(long vendorId);

	@Query("select a from Agreement a where a.vendorId in ?1")
	List<Agreement> findByVendors(Collection<Long> vendorIds);

	@Query("select a from Agreement a where a.supersedesId = ?1")
	Optional<Agreement> findSuccessor(long id);

	@Query("select a from Agreement a where a.autoRenews = true and (a.nextNoticeDeadline < ?1 or a.currentTermEnd < ?1)")
	List<Agreement> findWithStaleDates(LocalDate today);

	@Query("select a from Agreement a where a.status = health.covenant.agreements.AgreementStatus.EXECUTED")
	List<Agreement> findExecuted();

	@Query("select a from Agreement a where a.supersedesId in ?1")
	List<Agreement> findSuccessors(Collection<Long> ids);

	/** EXECUTED agreements whose executed later version has taken effect by {@code today}. */
	@Query("""
			select old from Agreement old, Agreement next where next.supersedesId = old.id
			and old.status = health.covenant.agreements.AgreementStatus.EXECUTED
			and next.status in (health.covenant.agreements.AgreementStatus.EXECUTED,
			    health.covenant.agreements.AgreementStatus.EXPIRED, health.covenant.agreements.AgreementStatus.TERMINATED,
			    health.covenant.agreements.AgreementStatus.SUPERSEDED)
			and next.effectiveDate <= ?1""")
	List<Agreement> findSupersededBy(LocalDate today);

}
