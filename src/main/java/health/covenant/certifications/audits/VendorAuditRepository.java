package health.covenant.certifications.audits;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VendorAuditRepository extends JpaRepository<VendorAudit, Long> {

	@Query("SELECT a FROM VendorAudit a WHERE a.vendorId = ?1 ORDER BY a.performedOn DESC, a.id DESC")
	List<VendorAudit> findByVendor(long vendorId);

}
