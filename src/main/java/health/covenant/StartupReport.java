package health.covenant;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.StartupStep;

/**
 * Where the start-up time goes, for the one who tunes it (bench/README.md "Start-up"): with the
 * system property {@code covenant.startup-report} set to a number N, Spring records every start-up
 * step (bean creation, configuration processing, context phases) and, once the application is
 * ready, the log lists the N steps that took longest by their own time (their time minus that of the
 * steps inside them), the total per kind of step, the classes loaded and the CPU time the JVM has
 * used. Off by default: recording costs a little memory and time.
 */
final class StartupReport implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

	static final String PROPERTY = "covenant.startup-report";

	private final BufferingApplicationStartup startup;

	private final int limit;

	private StartupReport(BufferingApplicationStartup startup, int limit) {
		this.startup = startup;
		this.limit = limit;
	}

	/** Records the start-up of the application when {@value #PROPERTY} asks for it. */
	static void attachIfRequested(SpringApplication application) {
		String value = System.getProperty(PROPERTY);
		if (value == null || value.isBlank()) {
			return;
		}
		BufferingApplicationStartup startup = new BufferingApplicationStartup(50_000);
		application.setApplicationStartup(startup);
		application.addListeners(new StartupReport(startup, Integer.parseInt(value.strip())));
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		List<TimelineEvent> events = this.startup.getBufferedTimeline().getEvents();
		Map<Long, Duration> children = new HashMap<>();
		for (TimelineEvent timed : events) {
			Long parent = timed.getStartupStep().getParentId();
			if (parent != null) {
				children.merge(parent, timed.getDuration(), Duration::plus);
			}
		}
		record Own(TimelineEvent event, Duration own) {
		}
		List<Own> own = new ArrayList<>();
		Map<String, Duration> byName = new TreeMap<>();
		for (TimelineEvent timed : events) {
			Duration self = timed.getDuration().minus(children.getOrDefault(timed.getStartupStep().getId(), Duration.ZERO));
			if (self.isNegative()) {
				// a step on another thread (the JPA bootstrap) overlaps its parent
				self = Duration.ZERO;
			}
			own.add(new Own(timed, self));
			byName.merge(timed.getStartupStep().getName(), self, Duration::plus);
		}
		StringBuilder text = new StringBuilder("Start-up report: ").append(events.size()).append(" steps recorded\n");
		text.append("  own time per kind of step:\n");
		byName.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Duration>comparingByValue().reversed())
			.forEach((entry) -> text.append(String.format("    %7d ms  %s%n", entry.getValue().toMillis(), entry.getKey())));
		text.append("  the ").append(this.limit).append(" longest steps by own time:\n");
		own.stream()
			.sorted(Comparator.comparing(Own::own).reversed())
			.limit(this.limit)
			.forEach((entry) -> text.append(String.format("    %7d ms  %s %s%n", entry.own().toMillis(),
					entry.event().getStartupStep().getName(), tags(entry.event().getStartupStep()))));
		text.append(String.format("  classes loaded: %d; JVM CPU time so far: %.1f s%n",
				ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount(), cpuSeconds()));
		log.info(text.toString());
	}

	private static String tags(StartupStep step) {
		StringBuilder tags = new StringBuilder();
		for (StartupStep.Tag tag : step.getTags()) {
			tags.append(tags.isEmpty() ? "" : ", ").append(tag.getKey()).append('=').append(tag.getValue());
		}
		return tags.toString();
	}

	private static double cpuSeconds() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getProcessCpuTime() / 1e9;
		}
		return Double.NaN;
	}

}
