package health.covenant.risk.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import health.covenant.risk.RiskProperties;
import health.covenant.risk.RiskSnapshot;

/**
 * The history chart, computed on the server and drawn as inline SVG (no script, no CDN): the residual
 * score over time as a step line, and the tier thresholds as dashed lines. The page shows the same data
 * as a table beside it for screen readers.
 *
 * @param width the viewBox width
 * @param height the viewBox height
 * @param path the step line's SVG path, empty when there is nothing to draw
 * @param points one dot per change
 * @param thresholds one dashed line per tier threshold
 * @param firstLabel the first day shown
 * @param lastLabel the last day shown
 */
record RiskChart(int width, int height, String path, List<Point> points, List<Line> thresholds, LocalDate first,
		LocalDate last) {

	static final int WIDTH = 640;

	static final int HEIGHT = 200;

	static final int LEFT = 36;

	static final int RIGHT = 12;

	static final int TOP = 10;

	static final int BOTTOM = 24;

	record Point(double x, double y, int residual, LocalDate on) {
	}

	record Line(double y, int value, String tier) {
	}

	static RiskChart of(List<RiskSnapshot> history, LocalDate today, RiskProperties settings) {
		List<Line> lines = List.of(new Line(y(settings.thresholds().critical()), settings.thresholds().critical(), "CRITICAL"),
				new Line(y(settings.thresholds().high()), settings.thresholds().high(), "HIGH"),
				new Line(y(settings.thresholds().medium()), settings.thresholds().medium(), "MEDIUM"));
		if (history.isEmpty()) {
			return new RiskChart(WIDTH, HEIGHT, "", List.of(), lines, today, today);
		}
		LocalDate first = history.get(0).computedOn();
		LocalDate last = today.isAfter(first) ? today : first.plusDays(1);
		long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
		List<Point> points = new ArrayList<>();
		StringBuilder path = new StringBuilder();
		double previousY = 0;
		for (RiskSnapshot snapshot : history) {
			double x = LEFT + (WIDTH - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(first, snapshot.computedOn()) / span;
			double y = y(snapshot.residual());
			if (path.isEmpty()) {
				path.append(String.format(Locale.ROOT, "M%.1f %.1f", x, y));
			}
			else {
				path.append(String.format(Locale.ROOT, " L%.1f %.1f L%.1f %.1f", x, previousY, x, y));
			}
			previousY = y;
			points.add(new Point(x, y, snapshot.residual(), snapshot.computedOn()));
		}
		path.append(String.format(Locale.ROOT, " L%.1f %.1f", (double) (WIDTH - RIGHT), previousY));
		return new RiskChart(WIDTH, HEIGHT, path.toString(), points, lines, first, last);
	}

	private static double y(int score) {
		return TOP + (HEIGHT - TOP - BOTTOM) * (100 - score) / 100.0;
	}

	public String viewBox() {
		return "0 0 " + this.width + " " + this.height;
	}

	public double left() {
		return LEFT;
	}

	public double right() {
		return this.width - RIGHT;
	}

	public double bottom() {
		return this.height - BOTTOM;
	}

	public double top() {
		return TOP;
	}

}
