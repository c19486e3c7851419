package health.covenant.obligations;

import java.util.List;

/**
 * One day of the obligations calendar: the first few obligations due that day and how many more
 * there are.
 */
public record CalendarDay(List<Obligation> shown, long more) {
}
