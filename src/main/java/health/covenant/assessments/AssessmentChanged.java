package health.covenant.assessments;

import org.springframework.modulith.NamedInterface;

/**
 * An assessment of the vendor was started, answered, completed or superseded, or its cadence changed.
 * Public so that what derives from a vendor's assessments (its risk score) recomputes from it.
 */
@NamedInterface("api")
public record AssessmentChanged(long vendorId) {
}
