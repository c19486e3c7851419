package health.covenant.vendors;

/** AI-17: whether patients are told that AI is involved. */
public enum PatientDisclosure {

	NOT_PATIENT_FACING, NOT_DISCLOSED, DISCLOSED, DISCLOSED_WITH_OPT_OUT

}
