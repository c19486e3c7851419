package health.covenant.assessments;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/** A vendor's open finding (status OPEN; an accepted risk is not open): its severity and due date. */
@NamedInterface("api")
public record OpenFinding(long vendorId, long findingId, String severity, LocalDate dueOn) {
}
