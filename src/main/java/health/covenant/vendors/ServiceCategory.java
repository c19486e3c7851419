package health.covenant.vendors;

import org.springframework.modulith.NamedInterface;

/** What kind of service the vendor provides. */
@NamedInterface("api")
public enum ServiceCategory {

	CLINICAL_DOCUMENTATION, CLINICAL_DECISION_SUPPORT, IMAGING, PATIENT_ENGAGEMENT, REVENUE_CYCLE,
	UTILIZATION_MANAGEMENT, POPULATION_HEALTH, AI_PLATFORM, OPERATIONS, OTHER

}
