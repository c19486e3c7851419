package health.covenant.vendors;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VendorRepository extends JpaRepository<Vendor, Long> {

	@Query("select count(v) > 0 from Vendor v where lower(v.name) = lower(:name) and (:exceptId is null or v.id <> :exceptId)")
	boolean nameTaken(String name, Long exceptId);

	@Query("select v from Vendor v where lower(v.name) = lower(:name)")
	Optional<Vendor> findByNameIgnoringCase(String name);

	@Query("select v from Vendor v order by lower(v.name), v.id")
	List<Vendor> findAllOrdered();

	@Query("select v from Vendor v where v.id in :ids order by lower(v.name), v.id")
	List<Vendor> findAllByIdOrdered(Collection<Long> ids);

	@Query("select v.status as status, count(v) as vendors from Vendor v group by v.status")
	List<StatusCount> countByStatus();

	/** Vendors in service that handle PHI and pass it to a sub-processor without a downstream BAA. */
	@Query("""
			select v from Vendor v
			where v.status in (health.covenant.vendors.LifecycleStatus.ONBOARDING, health.covenant.vendors.LifecycleStatus.ACTIVE)
			  and v.phiAccess in (health.covenant.vendors.PhiAccess.PHI, health.covenant.vendors.PhiAccess.LIMITED_DATA_SET)
			  and exists (select 1 from Subprocessor s where s.vendorId = v.id and s.downstreamBaa = false)
			order by lower(v.name), v.id""")
	List<Vendor> findInServiceWithPhiAndSubprocessorWithoutBaa(Limit limit);

	/** How many vendors {@link #findInServiceWithPhiAndSubprocessorWithoutBaa} finds, counted up to {@code cap}. */
	@Query(value = """
			SELECT count(*) FROM (SELECT 1 FROM vendor v
			    WHERE v.status IN ('ONBOARDING', 'ACTIVE') AND v.phi_access IN ('PHI', 'LIMITED_DATA_SET')
			      AND EXISTS (SELECT 1 FROM subprocessor s WHERE s.vendor_id = v.id AND NOT s.downstream_baa)
			    LIMIT :cap) AS gaps""", nativeQuery = true)
	long countInServiceWithPhiAndSubprocessorWithoutBaa(int cap);

	interface StatusCount {

		LifecycleStatus getStatus();

		long getVendors();

	}

}
