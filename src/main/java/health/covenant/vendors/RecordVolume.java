package health.covenant.vendors;

import org.springframework.modulith.NamedInterface;

/** How many patients' records the vendor handles per year (order of magnitude). */
@NamedInterface("api")
public enum RecordVolume {

	UNDER_1K, FROM_1K_TO_10K, FROM_10K_TO_100K, FROM_100K_TO_1M, OVER_1M

}
