package health.covenant.certifications;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CertificationRepository extends JpaRepository<Certification, Long> {

	@Query("select c from Certification c where c.vendorId = ?1 order by c.reportDate desc, c.id desc")
	List<Certification> findByVendor(long vendorId);

	@Query("select c from Certification c where c.vendorId in ?1 order by c.vendorId, c.reportDate desc, c.id desc")
	List<Certification> findByVendors(Collection<Long> vendorIds);

	@Query("select c.id from Certification c where c.vendorId = ?1 and c.type = ?2")
	List<Long> findIdsOfType(long vendorId, CertificationType type);

}
