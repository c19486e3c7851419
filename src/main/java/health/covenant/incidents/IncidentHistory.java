package health.covenant.incidents;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/**
 * A vendor's incidents reported since a day (the risk model's incident history).
 *
 * @param count all of them
 * @param phiBreaches breaches of unsecured PHI among them
 * @param slaMissed those the vendor reported to us later than its BAA allows
 * @param oldestReportedOn the earliest report day among them
 */
@NamedInterface("api")
public record IncidentHistory(long vendorId, int count, int phiBreaches, int slaMissed, LocalDate oldestReportedOn) {
}
