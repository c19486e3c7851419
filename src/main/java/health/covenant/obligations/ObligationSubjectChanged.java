package health.covenant.obligations;

/**
 * Published by a source after a subject changed (created, dates edited, renewed, terminated…), so
 * its obligations are refreshed.
 */
public record ObligationSubjectChanged(String subjectType, long subjectId) {
}
