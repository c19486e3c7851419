package health.covenant.vendors;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SubprocessorRepository extends JpaRepository<Subprocessor, Long> {

	@Query("select s from Subprocessor s where s.vendorId = :vendorId order by lower(s.name), s.id")
	List<Subprocessor> findByVendor(long vendorId);

	@Query("select s from Subprocessor s where s.vendorId in :vendorIds order by s.vendorId, lower(s.name), s.id")
	List<Subprocessor> findByVendors(Collection<Long> vendorIds);

	/** When each sub-processor of these vendors was added, as (vendor id, instant) pairs, no entities loaded. */
	@Query("select s.vendorId, s.createdAt from Subprocessor s where s.vendorId in :vendorIds")
	List<Object[]> findAddedAt(Collection<Long> vendorIds);

}
