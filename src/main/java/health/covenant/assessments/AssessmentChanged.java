package health.covenant.assessments;

/** An assessment of the vendor was started, answered, completed or superseded, or its cadence changed. */
record AssessmentChanged(long vendorId) {
}
