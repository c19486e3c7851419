package health.covenant.incidents;

/** Where the incident stands: OPEN → CONTAINED → CLOSED. */
public enum IncidentStatus {

	OPEN, CONTAINED, CLOSED;

	/** Not closed yet: shown by the "open" filter and on the vendor page. */
	public boolean isOpen() {
		return this != CLOSED;
	}

}
