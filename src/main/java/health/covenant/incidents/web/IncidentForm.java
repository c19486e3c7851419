package health.covenant.incidents.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import health.covenant.incidents.IncidentDetails;
import health.covenant.incidents.IncidentKind;
import health.covenant.incidents.IncidentStatus;
import health.covenant.incidents.IncidentView;
import health.covenant.incidents.StateCount;

import org.springframework.format.annotation.DateTimeFormat;

/** The incident form: the facts, and up to {@link #STATE_ROWS} states of residence with their counts. */
public class IncidentForm {

	/** Rows offered for states of residence (blank rows are ignored). */
	static final int STATE_ROWS = 6;

	private Long vendorId;

	private long version;

	private IncidentKind kind;

	private IncidentStatus status = IncidentStatus.OPEN;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate occurredOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate vendorDiscoveredOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate reportedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate ourDiscoveryOn;

	private boolean phiInvolved;

	private Integer individualsAffected;

	private boolean individualsEstimated;

	private String description;

	private String notes;

	private List<StateRow> states = new ArrayList<>();

	/** One state of residence. */
	public static class StateRow {

		private String stateCode;

		private Integer residents;

		public StateRow() {
		}

		StateRow(String stateCode, Integer residents) {
			this.stateCode = stateCode;
			this.residents = residents;
		}

		boolean blank() {
			return (this.stateCode == null || this.stateCode.isBlank()) && this.residents == null;
		}

		public String getStateCode() {
			return this.stateCode;
		}

		public void setStateCode(String stateCode) {
			this.stateCode = stateCode;
		}

		public Integer getResidents() {
			return this.residents;
		}

		public void setResidents(Integer residents) {
			this.residents = residents;
		}

	}

	static IncidentForm of(IncidentView view) {
		IncidentForm form = new IncidentForm();
		IncidentDetails d = view.details();
		form.vendorId = view.vendorId();
		form.version = view.version();
		form.kind = d.kind();
		form.status = d.status();
		form.occurredOn = d.occurredOn();
		form.vendorDiscoveredOn = d.vendorDiscoveredOn();
		form.reportedOn = d.reportedOn();
		form.ourDiscoveryOn = d.ourDiscoveryOn();
		form.phiInvolved = d.phiInvolved();
		form.individualsAffected = d.individualsAffected();
		form.individualsEstimated = d.individualsEstimated();
		form.description = d.description();
		form.notes = d.notes();
		d.states().forEach((s) -> form.states.add(new StateRow(s.stateCode(), s.residents())));
		return form;
	}

	/** Pads the state rows to {@link #STATE_ROWS} (keeps more if the user sent more). */
	IncidentForm padded() {
		while (this.states.size() < STATE_ROWS) {
			this.states.add(new StateRow());
		}
		return this;
	}

	/** The details; the state rows keep their index so a message lands next to its row. */
	IncidentDetails toDetails() {
		List<StateCount> counts = new ArrayList<>();
		for (StateRow row : this.states) {
			counts.add(row.blank() ? null
					: new StateCount(row.stateCode, row.residents == null ? 0 : row.residents));
		}
		// blank rows at the end are dropped; a blank row in between becomes an invalid one, not a shifted index
		while (!counts.isEmpty() && counts.get(counts.size() - 1) == null) {
			counts.remove(counts.size() - 1);
		}
		counts.replaceAll((c) -> c == null ? new StateCount("", 0) : c);
		return new IncidentDetails(this.kind, this.status, this.occurredOn, this.vendorDiscoveredOn, this.reportedOn,
				this.ourDiscoveryOn, this.phiInvolved, this.individualsAffected, this.individualsEstimated,
				this.description, this.notes, counts);
	}

	public Long getVendorId() {
		return this.vendorId;
	}

	public void setVendorId(Long vendorId) {
		this.vendorId = vendorId;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public IncidentKind getKind() {
		return this.kind;
	}

	public void setKind(IncidentKind kind) {
		this.kind = kind;
	}

	public IncidentStatus getStatus() {
		return this.status;
	}

	public void setStatus(IncidentStatus status) {
		this.status = status;
	}

	public LocalDate getOccurredOn() {
		return this.occurredOn;
	}

	public void setOccurredOn(LocalDate occurredOn) {
		this.occurredOn = occurredOn;
	}

	public LocalDate getVendorDiscoveredOn() {
		return this.vendorDiscoveredOn;
	}

	public void setVendorDiscoveredOn(LocalDate vendorDiscoveredOn) {
		this.vendorDiscoveredOn = vendorDiscoveredOn;
	}

	public LocalDate getReportedOn() {
		return this.reportedOn;
	}

	public void setReportedOn(LocalDate reportedOn) {
		this.reportedOn = reportedOn;
	}

	public LocalDate getOurDiscoveryOn() {
		return this.ourDiscoveryOn;
	}

	public void setOurDiscoveryOn(LocalDate ourDiscoveryOn) {
		this.ourDiscoveryOn = ourDiscoveryOn;
	}

	public boolean isPhiInvolved() {
		return this.phiInvolved;
	}

	public void setPhiInvolved(boolean phiInvolved) {
		this.phiInvolved = phiInvolved;
	}

	public Integer getIndividualsAffected() {
		return this.individualsAffected;
	}

	public void setIndividualsAffected(Integer individualsAffected) {
		this.individualsAffected = individualsAffected;
	}

	public boolean isIndividualsEstimated() {
		return this.individualsEstimated;
	}

	public void setIndividualsEstimated(boolean individualsEstimated) {
		this.individualsEstimated = individualsEstimated;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public List<StateRow> getStates() {
		return this.states;
	}

	public void setStates(List<StateRow> states) {
		this.states = states;
	}

}
