package health.covenant.vendors;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import health.covenant.shared.jpa.AuditableEntity;

@Entity
@Table(name = "subprocessor")
class Subprocessor extends AuditableEntity {

	@Column(name = "vendor_id", nullable = false, updatable = false)
	private long vendorId;

	@Column(nullable = false)
	private String name;

	private String service;

	private String region;

	@Column(name = "downstream_baa", nullable = false)
	private boolean downstreamBaa;

	@Column(name = "zero_retention", nullable = false)
	private boolean zeroRetention;

	protected Subprocessor() {
	}

	Subprocessor(long vendorId, SubprocessorDetails details) {
		this.vendorId = vendorId;
		this.name = Vendor.clean(details.name());
		this.service = Vendor.clean(details.service());
		this.region = Vendor.clean(details.region());
		this.downstreamBaa = details.downstreamBaa();
		this.zeroRetention = details.zeroRetention();
	}

	long getVendorId() {
		return this.vendorId;
	}

	String getName() {
		return this.name;
	}

	SubprocessorSummary toSummary() {
		return new SubprocessorSummary(getId(), this.vendorId, this.name, this.service, this.region, this.downstreamBaa,
				this.zeroRetention);
	}

	Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("subprocessor.name", this.name);
		values.put("subprocessor.service", this.service);
		values.put("subprocessor.region", this.region);
		values.put("subprocessor.downstreamBaa", this.downstreamBaa);
		values.put("subprocessor.zeroRetention", this.zeroRetention);
		return values;
	}

}
