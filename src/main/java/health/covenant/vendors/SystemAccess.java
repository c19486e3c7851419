package health.covenant.vendors;

/** How far the vendor reaches into our systems. */
public enum SystemAccess {

	NONE, DATA_EXCHANGE, READ_ONLY, READ_WRITE, PRIVILEGED

}
