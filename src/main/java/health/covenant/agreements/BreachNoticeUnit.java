package health.covenant.agreements;

/** Unit of a contractual breach-notice window. */
public enum BreachNoticeUnit {

	HOURS, CALENDAR_DAYS, BUSINESS_DAYS

}
