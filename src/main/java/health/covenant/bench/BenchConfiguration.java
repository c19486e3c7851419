package health.covenant.bench;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;

/** The {@code bench} profile: statement counting and the benchmark's endpoints ({@link BenchController}). */
@Configuration(proxyBeanMethods = false)
@Profile("bench")
class BenchConfiguration {

	@Bean
	static StatementCounter statementCounter() {
		return new StatementCounter();
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
