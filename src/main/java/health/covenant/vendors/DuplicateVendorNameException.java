package health.covenant.vendors;

/** Another vendor already has this name (names are unique whatever their case). */
public class DuplicateVendorNameException extends RuntimeException {

	private final String name;

	public DuplicateVendorNameException(String name) {
		super("A vendor with this name already exists");
		this.name = name;
	}

	public String name() {
		return this.name;
	}

}
