package health.covenant.incidents;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface VendorIncidentRepository extends JpaRepository<VendorIncident, Long> {

	@Query("select i from VendorIncident i where i.id in ?1")
	List<VendorIncident> findByIds(Collection<Long> ids);

	/** Incidents with a deadline still owed (index {@code vendor_incident_owed}). */
	@Query("select i from VendorIncident i where i.nextDeadline is not null")
	List<VendorIncident> findOwing();

	@Query("select i.id from VendorIncident i where i.vendorId = ?1 and i.nextDeadline is not null")
	List<Long> findOwingIdsOf(long vendorId);

	@Modifying
	@Query("update VendorIncident i set i.vendorName = ?2 where i.vendorId = ?1 and i.vendorName <> ?2")
	int rename(long vendorId, String vendorName);

}
