package health.covenant.obligations;

import org.springframework.modulith.NamedInterface;

/**
 * Published by a source after a subject changed (created, dates edited, renewed, terminated…), so
 * its obligations are refreshed.
 */
@NamedInterface("api")
public record ObligationSubjectChanged(String subjectType, long subjectId) {
}
