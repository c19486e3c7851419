package health.covenant.bench;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the requests being served (profile {@code bench}). wrk stops at the end of a measurement
 * without waiting for the answers still being computed; the benchmark waits until this count is back
 * to its own request before it starts the next measurement, so none overlaps the previous one. The
 * requests answered give the divisor of "SQL statements per request".
 */
final class RequestsInFlight extends OncePerRequestFilter {

	private final AtomicInteger inFlight = new AtomicInteger();

	private final AtomicLong served = new AtomicLong();

	private final StatementCounter statements;

	RequestsInFlight(StatementCounter statements) {
		this.statements = statements;
	}

	int current() {
		return this.inFlight.get();
	}

	/** Requests answered, the benchmark's own ({@code /bench/…} except the ceiling) not included. */
	long served() {
		return this.served.get();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean own = request.getRequestURI().startsWith("/bench/") && !request.getRequestURI().equals("/bench/ceiling");
		this.inFlight.incrementAndGet();
		if (own) {
			this.statements.ignoreCurrentThread();
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.inFlight.decrementAndGet();
			if (own) {
				this.statements.countCurrentThread();
			}
			else {
				this.served.incrementAndGet();
			}
		}
	}

}
