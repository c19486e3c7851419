package health.covenant.vendors;

import org.springframework.modulith.NamedInterface;

/** How far the vendor reaches into our systems. */
@NamedInterface("api")
public enum SystemAccess {

	NONE, DATA_EXCHANGE, READ_ONLY, READ_WRITE, PRIVILEGED

}
