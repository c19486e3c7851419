package health.covenant.bench;

import java.util.Map;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/** The {@code bench} profile: statement counting, the ceiling page and the benchmark's endpoints ({@link BenchController}). */
@Configuration(proxyBeanMethods = false)
@Profile("bench")
class BenchConfiguration {

	@Bean
	static StatementCounter statementCounter() {
		return new StatementCounter();
	}

	/**
	 * The <b>ceiling</b>: 25 rows of an indexed query through the same security, session, JDBC and
	 * Thymeleaf stack, without the layout. A functional route, so that the layout's controller advice
	 * (navigation badges) does not run for it either.
	 */
	@Bean
	RouterFunction<ServerResponse> ceiling(JdbcClient jdbc) {
		return RouterFunctions.route()
			.GET("/bench/ceiling", (request) -> ServerResponse.ok()
				.render("bench/ceiling", Map.of("rows", jdbc
					.sql("SELECT id, name, status, phi_access FROM vendor ORDER BY lower(name), id LIMIT 25")
					.query()
					.listOfRows())))
			.build();
	}

	@Bean
	FilterRegistrationBean<RequestsInFlight> requestsInFlight(StatementCounter counter) {
		FilterRegistrationBean<RequestsInFlight> registration = new FilterRegistrationBean<>(
				new RequestsInFlight(counter));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	static BeanPostProcessor countingDataSource(StatementCounter counter) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof DataSource dataSource ? counter.wrap(dataSource) : bean;
			}
		};
	}

}
