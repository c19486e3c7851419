package health.covenant.agreements;

import org.springframework.modulith.NamedInterface;

/** Unit of a contractual breach-notice window. */
@NamedInterface("api")
public enum BreachNoticeUnit {

	HOURS, CALENDAR_DAYS, BUSINESS_DAYS

}
