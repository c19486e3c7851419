/**
 * Performance tooling, inactive in normal start-up: the data generator (profile {@code generate}) fills
 * the database with a large health system's volume, and the benchmark support (profile {@code bench})
 * counts SQL statements and offers the ceiling page and timed batch runs to {@code bench/run.sh}.
 */
@ApplicationModule(displayName = "Bench")
package health.covenant.bench;

import org.springframework.modulith.ApplicationModule;
