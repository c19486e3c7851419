package health.covenant.vendors;

import org.springframework.modulith.NamedInterface;

/** AI-17: whether patients are told that AI is involved. */
@NamedInterface("api")
public enum PatientDisclosure {

	NOT_PATIENT_FACING, NOT_DISCLOSED, DISCLOSED, DISCLOSED_WITH_OPT_OUT

}
