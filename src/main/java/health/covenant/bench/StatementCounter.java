package health.covenant.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/**
 * Counts every SQL statement the application sends (profile {@code bench}): the data source is wrapped
 * so that each {@code execute…} call on a statement adds one, whoever issues it (Hibernate,
 * {@code JdbcClient}, Spring Session, Modulith), except those of the benchmark's own requests. The
 * benchmark reads the total before and after a page's requests to print statements per request.
 * Prepared statements are also timed per SQL text ({@link #slowest}): where a page's database time goes.
 */
final class StatementCounter {

	private final AtomicLong executed = new AtomicLong();

	private final ThreadLocal<Boolean> ignored = ThreadLocal.withInitial(() -> false);

	private final Map<String, Timing> timings = new ConcurrentHashMap<>();

	long executed() {
		return this.executed.get();
	}

	/** Stops counting the statements of the current thread (the benchmark's own requests). */
	void ignoreCurrentThread() {
		this.ignored.set(true);
	}

	void countCurrentThread() {
		this.ignored.remove();
	}

	DataSource wrap(DataSource dataSource) {
		return proxy(DataSource.class, dataSource, (target, method, args) -> {
			Object result = invoke(target, method, args);
			return result instanceof Connection connection ? wrapConnection(connection) : result;
		});
	}

	private Connection wrapConnection(Connection connection) {
		return proxy(Connection.class, connection, (target, method, args) -> {
			Object result = invoke(target, method, args);
			if (result instanceof CallableStatement statement) {
				return wrapStatement(CallableStatement.class, statement, null);
			}
			if (result instanceof PreparedStatement statement) {
				return wrapStatement(PreparedStatement.class, statement, (String) args[0]);
			}
			if (result instanceof Statement statement) {
				return wrapStatement(Statement.class, statement, null);
			}
			return result;
		});
	}

	private <S extends Statement> S wrapStatement(Class<S> type, S statement, String sql) {
		return proxy(type, statement, (target, method, args) -> {
			if (!method.getName().startsWith("execute") || this.ignored.get()) {
				return invoke(target, method, args);
			}
			this.executed.incrementAndGet();
			long start = System.nanoTime();
			try {
				return invoke(target, method, args);
			}
			finally {
				if (sql != null) {
					this.timings.computeIfAbsent(sql, (key) -> new Timing()).add(System.nanoTime() - start);
				}
			}
		});
	}

	/**
	 * The prepared statements with the most execution time since the last call (which starts over): per
	 * line the total milliseconds, the executions, the mean and the SQL text on one line.
	 */
	String slowest(int limit) {
		Map<String, Timing> taken = Map.copyOf(this.timings);
		this.timings.clear();
		return taken.entrySet()
			.stream()
			.sorted(Comparator.comparingLong((Map.Entry<String, Timing> entry) -> entry.getValue().nanos.sum()).reversed())
			.limit(limit)
			.map((entry) -> String.format("%9.1f ms %7d x %7.3f ms  %s", entry.getValue().nanos.sum() / 1e6,
					entry.getValue().count.sum(), entry.getValue().nanos.sum() / 1e6 / Math.max(1, entry.getValue().count.sum()),
					entry.getKey().replaceAll("\\s+", " ").trim()))
			.collect(Collectors.joining("\n", "", "\n"));
	}

	private static final class Timing {

		private final LongAdder count = new LongAdder();

		private final LongAdder nanos = new LongAdder();

		void add(long elapsed) {
			this.count.increment();
			this.nanos.add(elapsed);
		}

	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

	@FunctionalInterface
	private interface Call {

		Object on(Object target, Method method, Object[] args) throws Throwable;

	}

	/** A proxy of {@code type} that still unwraps to the real object (driver-specific APIs keep working). */
	private static <T> T proxy(Class<T> type, T target, Call call) {
		InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
			case "unwrap" -> ((Class<?>) args[0]).isInstance(proxy) ? proxy : invoke(target, method, args);
			case "isWrapperFor" -> ((Class<?>) args[0]).isInstance(proxy) || (boolean) invoke(target, method, args);
			case "equals" -> proxy == args[0];
			case "hashCode" -> System.identityHashCode(proxy);
			case "toString" -> "counted " + target;
			default -> call.on(target, method, args);
		};
		return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type },
				handler));
	}

}
