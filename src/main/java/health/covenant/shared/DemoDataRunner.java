package health.covenant.shared;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs every {@link DemoDataLoader} once, in order, when demo mode is on. A loader that has run is
 * recorded in {@code demo_seed} so restarts and deleted demo rows never bring data back.
 */
@Component
@Order(0)
class DemoDataRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

	private final DemoMode demoMode;

	private final List<DemoDataLoader> loaders;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoDataRunner(DemoMode demoMode, List<DemoDataLoader> loaders, JdbcClient jdbc, TransactionTemplate transactions,
			Clock clock) {
		this.demoMode = demoMode;
		this.loaders = loaders.stream().sorted(Comparator.comparingInt(DemoDataLoader::order)).toList();
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demoMode.isEnabled()) {
			return;
		}
		for (DemoDataLoader loader : this.loaders) {
			this.transactions.executeWithoutResult((status) -> {
				int claimed = this.jdbc
					.sql("INSERT INTO demo_seed (name, loaded_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")
					.params(loader.name(), java.sql.Timestamp.from(Instant.now(this.clock)))
					.update();
				if (claimed == 1) {
					SystemActor.runAs(loader::load);
					log.info("Demo data loaded: {}", loader.name());
				}
			});
		}
	}

}
