package health.covenant.incidents;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One row of {@code vendor_incident_state}: affected residents of a state and when they were notified. */
@Embeddable
class StateResidents {

	@Column(name = "state_code", nullable = false)
	private String stateCode;

	@Column(nullable = false)
	private int residents;

	@Column(name = "notified_on")
	private LocalDate notifiedOn;

	protected StateResidents() {
	}

	StateResidents(String stateCode, int residents, LocalDate notifiedOn) {
		this.stateCode = stateCode;
		this.residents = residents;
		this.notifiedOn = notifiedOn;
	}

	String getStateCode() {
		return this.stateCode;
	}

	int getResidents() {
		return this.residents;
	}

	LocalDate getNotifiedOn() {
		return this.notifiedOn;
	}

	void setNotifiedOn(LocalDate notifiedOn) {
		this.notifiedOn = notifiedOn;
	}

}
