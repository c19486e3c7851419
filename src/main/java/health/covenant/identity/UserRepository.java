package health.covenant.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<AppUser, Long> {

	@Query("select u from AppUser u left join fetch u.roles where lower(u.email) = lower(?1)")
	Optional<AppUser> findByEmail(String email);

	// Lists fetch the roles in the same query (else one query per user for the eager collection).
	@Query("select u from AppUser u left join fetch u.roles where ?1 member of u.roles and u.enabled = true "
			+ "order by lower(u.displayName), u.id")
	List<AppUser> findEnabledWithRole(Role role);

	@Query("select count(distinct u) from AppUser u join u.roles r where r = ?1 and u.enabled = true")
	long countEnabledWithRole(Role role);

	@Query("select u from AppUser u left join fetch u.roles where u.id in ?1")
	List<AppUser> findAllWithRoles(Collection<Long> ids);

	@Query("select u from AppUser u left join fetch u.roles order by lower(u.displayName), u.id")
	List<AppUser> findAllOrdered();

}
