package health.covenant.vendors;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AiProfileRepository extends JpaRepository<AiProfile, Long> {

	Optional<AiProfile> findByVendorId(long vendorId);

}
