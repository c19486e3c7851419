package health.covenant.vendors;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import health.covenant.audit.AuditChanges;
import health.covenant.audit.AuditService;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.shared.ConcurrentEditException;
import health.covenant.shared.NotFoundException;
import health.covenant.shared.OrganisationClock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vendor registry: look-ups for other modules and the vendor pages, and the changes procurement
 * (and, for AI profiles, security officers) make. Every change is audited field by field in the same
 * transaction and announced as an event.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class VendorService {

	static final String ENTITY = "Vendor";

	/** Who registers and edits vendors and changes their status. */
	public static final String EDITORS = "hasAnyRole('PROCUREMENT', 'ADMIN')";

	/** Who edits AI profiles and sub-processors (AI-01…AI-17): editors and security officers. */
	public static final String AI_EDITORS = "hasAnyRole('PROCUREMENT', 'ADMIN', 'SECURITY_OFFICER')";

	private final VendorRepository vendors;

	private final AiProfileRepository aiProfiles;

	private final SubprocessorRepository subprocessors;

	private final VendorSearch search;

	private final UserService users;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	private final OrganisationClock clock;

	VendorService(VendorRepository vendors, AiProfileRepository aiProfiles, SubprocessorRepository subprocessors,
			VendorSearch search, UserService users, AuditService audit, ApplicationEventPublisher events,
			OrganisationClock clock) {
		this.clock = clock;
		this.vendors = vendors;
		this.aiProfiles = aiProfiles;
		this.subprocessors = subprocessors;
		this.search = search;
		this.users = users;
		this.audit = audit;
		this.events = events;
	}

	public Optional<VendorSummary> findSummary(long id) {
		return this.vendors.findById(id).map(Vendor::toSummary);
	}

	/** @throws NotFoundException if there is no such vendor */
	public VendorSummary getSummary(long id) {
		return load(id).toSummary();
	}

	/**
	 * Who registered the vendor (the user name of its creator): some rules follow it, such as procurement
	 * starting the initial assessment of a vendor it brought in.
	 * @throws NotFoundException if there is no such vendor
	 */
	public String registeredBy(long id) {
		return load(id).getCreatedBy();
	}

	/** The vendors with these ids (unknown ids are skipped), by name. */
	public List<VendorSummary> findSummaries(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.vendors.findAllByIdOrdered(ids).stream().map(Vendor::toSummary).toList();
	}

	/** The vendor with this name, whatever its case (names are unique that way). */
	public Optional<VendorSummary> findByName(String name) {
		return this.vendors.findByNameIgnoringCase(name.strip()).map(Vendor::toSummary);
	}

	/**
	 * At most {@code limit} vendors for a typeahead: names starting with the text first, then (from
	 * three characters) names containing it, each group by name. Reads only as many index entries as it
	 * returns, or the trigram matches of the text.
	 */
	public List<VendorSummary> suggest(String text, int limit) {
		return this.search.suggest(text, limit);
	}

	/** Every vendor, by name (case-insensitive). */
	public List<VendorSummary> allSummaries() {
		return this.vendors.findAllOrdered().stream().map(Vendor::toSummary).toList();
	}

	/** The vendor's sub-processors by name (empty for an unknown vendor). */
	public List<SubprocessorSummary> subprocessorsOf(long vendorId) {
		return this.subprocessors.findByVendor(vendorId).stream().map(Subprocessor::toSummary).toList();
	}

	/**
	 * Per vendor, when each of its current sub-processors was added (one query); vendors without any are
	 * absent. A new sub-processor triggers an early reassessment.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<Instant>> subprocessorsAddedAt(Collection<Long> vendorIds) {
		if (vendorIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<Instant>> added = new HashMap<>();
		for (Object[] row : this.subprocessors.findAddedAt(vendorIds)) {
			added.computeIfAbsent((Long) row[0], (id) -> new ArrayList<>()).add((Instant) row[1]);
		}
		return added;
	}

	/** The sub-processors of these vendors (one query), by vendor, then name. */
	public List<SubprocessorSummary> subprocessorsOf(Collection<Long> vendorIds) {
		if (vendorIds.isEmpty()) {
			return List.of();
		}
		return this.subprocessors.findByVendors(vendorIds).stream().map(Subprocessor::toSummary).toList();
	}

	/**
	 * The vendor's AI profile (an empty one, version 0, if none was ever saved).
	 * @throws NotFoundException if there is no such vendor
	 */
	public AiProfileView getAiProfile(long vendorId) {
		load(vendorId);
		return this.aiProfiles.findByVendorId(vendorId)
			.map((p) -> new AiProfileView(vendorId, p.getVersion(), p.details(), p.getUpdatedAt(), p.getUpdatedBy()))
			.orElseGet(() -> new AiProfileView(vendorId, 0, AiProfileDetails.EMPTY, null, null));
	}

	/** @throws NotFoundException if there is no such vendor */
	public VendorView getView(long id) {
		Vendor vendor = load(id);
		String ownerName = vendor.details().businessOwnerId() == null ? null
				: this.users.findById(vendor.details().businessOwnerId()).map(UserSummary::displayName).orElse(null);
		return new VendorView(vendor.getId(), vendor.getVersion(), vendor.getStatus(), vendor.details(), ownerName,
				vendor.getCreatedAt(), vendor.getCreatedBy(), vendor.getUpdatedAt(), vendor.getUpdatedBy());
	}

	/** A page of the vendor list; the count stops at a few hundred (see {@link VendorSearchResult}). */
	public VendorSearchResult search(VendorQuery query, Pageable pageable) {
		return this.search.search(query, pageable);
	}

	/**
	 * Vendors per lifecycle status, and the first {@link RegistryOverview#GAPS_SHOWN} in-service PHI
	 * vendors with a sub-processor lacking a BAA with how many there are (counted up to
	 * {@link RegistryOverview#GAPS_COUNT_CAP} + 1).
	 */
	public RegistryOverview overview() {
		Map<LifecycleStatus, Long> byStatus = new EnumMap<>(LifecycleStatus.class);
		for (LifecycleStatus status : LifecycleStatus.values()) {
			byStatus.put(status, 0L);
		}
		this.vendors.countByStatus().forEach((count) -> byStatus.put(count.getStatus(), count.getVendors()));
		List<VendorSummary> gaps = this.vendors
			.findInServiceWithPhiAndSubprocessorWithoutBaa(Limit.of(RegistryOverview.GAPS_SHOWN))
			.stream()
			.map(Vendor::toSummary)
			.toList();
		long gapCount = gaps.size() < RegistryOverview.GAPS_SHOWN ? gaps.size()
				: this.vendors.countInServiceWithPhiAndSubprocessorWithoutBaa(RegistryOverview.GAPS_COUNT_CAP + 1);
		return new RegistryOverview(byStatus, gaps, gapCount);
	}

	/** Whether another vendor (not {@code exceptId}) already has this name, whatever its case. */
	public boolean nameTaken(String name, Long exceptId) {
		return name != null && this.vendors.nameTaken(name.strip(), exceptId);
	}

	/**
	 * Registers a vendor as a PROSPECT.
	 * @throws VendorRuleException if the details break a {@link VendorRules vendor rule}
	 * @throws DuplicateVendorNameException if the name is taken
	 */
	@Transactional
	@PreAuthorize(EDITORS)
	public long register(VendorDetails details) {
		checkRules(details);
		checkName(details.name(), null);
		Vendor vendor = new Vendor(details);
		try {
			this.vendors.saveAndFlush(vendor);
		}
		catch (DataIntegrityViolationException ex) {
			throw new DuplicateVendorNameException(details.name());
		}
		this.aiProfiles.save(new AiProfile(vendor.getId()));
		this.audit.record("VENDOR_CREATED", ENTITY, vendor.getId(), "Registered vendor " + vendor.getName(),
				AuditChanges.created(vendor.snapshot()));
		this.events.publishEvent(new VendorRegistered(vendor.getId(), vendor.getName()));
		return vendor.getId();
	}

	/**
	 * Saves the vendor's fields if nobody else saved it since {@code expectedVersion}.
	 * @throws ConcurrentEditException if the vendor changed in the meantime (nothing is saved)
	 * @throws VendorRuleException if the details break a {@link VendorRules vendor rule}
	 * @throws DuplicateVendorNameException if another vendor has the new name
	 */
	@Transactional
	@PreAuthorize(EDITORS)
	public void update(long id, long expectedVersion, VendorDetails details) {
		Vendor vendor = loadForChange(id, expectedVersion);
		checkRules(details);
		checkName(details.name(), id);
		Map<String, Object> before = vendor.snapshot();
		vendor.apply(details);
		AuditChanges changes = AuditChanges.diff(before, vendor.snapshot());
		if (changes.isEmpty()) {
			return;
		}
		flush(id);
		this.audit.record("VENDOR_UPDATED", ENTITY, id, "Updated vendor " + vendor.getName(), changes);
		this.events.publishEvent(new VendorChanged(id, changes.asMap().keySet()));
	}

	/**
	 * Moves the vendor along its lifecycle.
	 * @throws IllegalStatusChangeException if the rules do not allow this change
	 * @throws ConcurrentEditException if the vendor changed since {@code expectedVersion}
	 */
	@Transactional
	@PreAuthorize(EDITORS)
	public void changeStatus(long id, long expectedVersion, LifecycleStatus target) {
		Vendor vendor = loadForChange(id, expectedVersion);
		LifecycleStatus from = vendor.getStatus();
		vendor.changeStatus(target);
		flush(id);
		this.audit.record("VENDOR_STATUS_CHANGED", ENTITY, id,
				"Vendor " + vendor.getName() + " moved from " + from + " to " + target,
				AuditChanges.none().field("status", from, target));
		this.events.publishEvent(new VendorStatusChanged(id, from, target));
	}

	/**
	 * Saves the vendor's AI profile if nobody else saved it since {@code expectedVersion}.
	 * @throws ConcurrentEditException if it changed in the meantime (nothing is saved)
	 * @throws VendorRuleException if the details break a {@link VendorRules rule}
	 */
	@Transactional
	@PreAuthorize(AI_EDITORS)
	public void updateAiProfile(long vendorId, long expectedVersion, AiProfileDetails details) {
		Vendor vendor = load(vendorId);
		refuse(VendorRules.check(details, this.clock.today()));
		AiProfile profile = this.aiProfiles.findByVendorId(vendorId)
			.orElseGet(() -> this.aiProfiles.save(new AiProfile(vendorId)));
		if (profile.getVersion() != expectedVersion) {
			throw new ConcurrentEditException("AI profile", vendorId);
		}
		Map<String, Object> before = profile.snapshot();
		profile.apply(details);
		AuditChanges changes = AuditChanges.diff(before, profile.snapshot());
		if (changes.isEmpty()) {
			return;
		}
		try {
			this.aiProfiles.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ConcurrentEditException("AI profile", vendorId);
		}
		this.audit.record("AI_PROFILE_UPDATED", ENTITY, vendorId, "Updated the AI profile of " + vendor.getName(),
				changes);
		this.events.publishEvent(new VendorChanged(vendorId, changes.asMap()
			.keySet()
			.stream()
			.map((field) -> "aiProfile." + field)
			.collect(Collectors.toCollection(LinkedHashSet::new))));
	}

	/**
	 * Adds a sub-processor (AI-08) to the vendor.
	 * @throws VendorRuleException if the details break a {@link VendorRules rule}
	 */
	@Transactional
	@PreAuthorize(AI_EDITORS)
	public SubprocessorSummary addSubprocessor(long vendorId, SubprocessorDetails details) {
		Vendor vendor = load(vendorId);
		refuse(VendorRules.check(details));
		Subprocessor subprocessor = this.subprocessors.save(new Subprocessor(vendorId, details));
		this.audit.record("SUBPROCESSOR_ADDED", ENTITY, vendorId,
				"Added sub-processor " + subprocessor.getName() + " to " + vendor.getName(),
				AuditChanges.created(subprocessor.snapshot()));
		this.events.publishEvent(new VendorChanged(vendorId, Set.of("subprocessors")));
		return subprocessor.toSummary();
	}

	/**
	 * Removes one of the vendor's sub-processors.
	 * @throws NotFoundException if the vendor has no such sub-processor
	 */
	@Transactional
	@PreAuthorize(AI_EDITORS)
	public void removeSubprocessor(long vendorId, long subprocessorId) {
		Vendor vendor = load(vendorId);
		Subprocessor subprocessor = this.subprocessors.findById(subprocessorId)
			.filter((s) -> s.getVendorId() == vendorId)
			.orElseThrow(() -> new NotFoundException("Sub-processor", subprocessorId));
		this.subprocessors.delete(subprocessor);
		this.audit.record("SUBPROCESSOR_REMOVED", ENTITY, vendorId,
				"Removed sub-processor " + subprocessor.getName() + " from " + vendor.getName(),
				AuditChanges.diff(subprocessor.snapshot(), Map.of()));
		this.events.publishEvent(new VendorChanged(vendorId, Set.of("subprocessors")));
	}

	private Vendor load(long id) {
		return this.vendors.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	private Vendor loadForChange(long id, long expectedVersion) {
		Vendor vendor = load(id);
		if (vendor.getVersion() != expectedVersion) {
			throw new ConcurrentEditException(ENTITY, id);
		}
		return vendor;
	}

	/** The vendor rules, and the business owner is a known user. */
	private void checkRules(VendorDetails details) {
		List<VendorRuleViolation> violations = new ArrayList<>(VendorRules.check(details));
		if (details.businessOwnerId() != null && this.users.findById(details.businessOwnerId()).isEmpty()) {
			violations.add(new VendorRuleViolation("businessOwnerId", "vendor.businessOwner.unknown"));
		}
		refuse(violations);
	}

	private static void refuse(List<VendorRuleViolation> violations) {
		if (!violations.isEmpty()) {
			throw new VendorRuleException(violations);
		}
	}

	private void checkName(String name, Long exceptId) {
		if (nameTaken(name, exceptId)) {
			throw new DuplicateVendorNameException(name);
		}
	}

	private void flush(long id) {
		try {
			this.vendors.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ConcurrentEditException(ENTITY, id);
		}
		catch (DataIntegrityViolationException ex) {
			throw new DuplicateVendorNameException(null);
		}
	}

}
