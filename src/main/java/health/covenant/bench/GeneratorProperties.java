package health.covenant.bench;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The volume the data generator writes ({@code covenant.generate.*}). The defaults are the benchmark's
 * scale: a large health system's vendor registry.
 *
 * @param vendors vendors (about 70% with an AI profile, 0–4 sub-processors each)
 * @param agreements agreements of every kind and status, spread over the vendors
 * @param obligations obligations in total: those the agreements produce, topped up with stand-ins
 * @param auditEvents audit events (one valid hash chain with what is already there)
 * @param documents encrypted agreement documents (through the documents module)
 * @param notifications outbox e-mails
 * @param users extra user accounts (password {@code covenant-demo})
 * @param seed random seed: the same seed and scale give the same data
 */
@ConfigurationProperties("covenant.generate")
record GeneratorProperties(@DefaultValue("10000") int vendors, @DefaultValue("30000") int agreements,
		@DefaultValue("100000") int obligations, @DefaultValue("200000") int auditEvents,
		@DefaultValue("2000") int documents, @DefaultValue("20000") int notifications,
		@DefaultValue("40") int users, @DefaultValue("42") long seed) {

	/** The default scale divided by {@code factor} (for tests). */
	static GeneratorProperties defaultsDividedBy(int factor) {
		return new GeneratorProperties(10_000 / factor, 30_000 / factor, 100_000 / factor, 200_000 / factor,
				2_000 / factor, 20_000 / factor, 4, 42);
	}

}
