package health.covenant.notifications;

import org.springframework.modulith.NamedInterface;

/**
 * A periodic e-mail another module sends through {@link MailOutbox} (the weekly risk digest), as the
 * settings pages show it: modules that depend on notifications contribute one bean each, so the pages
 * list them without the notifications module depending on those modules.
 */
@NamedInterface("api")
public interface MailSchedule {

	/** What it is, who gets it and when, in one sentence ("Weekly risk digest: Mondays at 07:00 …"). */
	String describe();

}
