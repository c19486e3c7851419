package health.covenant.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

/**
 * Counts every SQL statement the application sends (profile {@code bench}): the data source is wrapped
 * so that each {@code execute…} call on a statement adds one, whoever issues it (Hibernate,
 * {@code JdbcClient}, Spring Session, Modulith), except those of the benchmark's own requests. The
 * benchmark reads the total before and after a page's requests to print statements per request.
 */
final class StatementCounter {

	private final AtomicLong executed = new AtomicLong();

	private final ThreadLocal<Boolean> ignored = ThreadLocal.withInitial(() -> false);

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
				return wrapStatement(CallableStatement.class, statement);
			}
			if (result instanceof PreparedStatement statement) {
				return wrapStatement(PreparedStatement.class, statement);
			}
			if (result instanceof Statement statement) {
				return wrapStatement(Statement.class, statement);
			}
			return result;
		});
	}

	private <S extends Statement> S wrapStatement(Class<S> type, S statement) {
		return proxy(type, statement, (target, method, args) -> {
			if (method.getName().startsWith("execute") && !this.ignored.get()) {
				this.executed.incrementAndGet();
			}
			return invoke(target, method, args);
		});
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
