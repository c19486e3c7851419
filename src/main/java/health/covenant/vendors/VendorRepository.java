package health.covenant.vendors;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VendorRepository extends JpaRepository<Vendor, Long> {

	@Query("select count(v) > 0 from Vendor v where lower(v.name) = lower(:name) and (:exceptId is null or v.id <> :exceptId)")
	boolean nameTaken(String name, Long exceptId);

	@Query("select v from Vendor v order by lower(v.name), v.id")
	List<Vendor> findAllOrdered();

	@Query("select v from Vendor v where v.id in :ids order by lower(v.name), v.id")
	List<Vendor> findAllByIdOrdered(Collection<Long> ids);

}
