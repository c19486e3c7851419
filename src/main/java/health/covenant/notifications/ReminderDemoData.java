package health.covenant.notifications;

import health.covenant.shared.DemoDataLoader;

import org.springframework.stereotype.Component;

/**
 * Demo mode: once the demo agreements exist, run the reminder engine so the dashboard, the outbox
 * and the captured mailbox show the reminders the rules call for right after the first start.
 */
@Component
class ReminderDemoData implements DemoDataLoader {

	private final ReminderEngine engine;

	ReminderDemoData(ReminderEngine engine) {
		this.engine = engine;
	}

	@Override
	public String name() {
		return "reminders";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public void load() {
		this.engine.run();
	}

}
