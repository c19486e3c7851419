package health.covenant.identity;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in PostgreSQL (shared by every instance). Two requests of one session may add the same
 * attribute at the same time (the first requests after sign-in: the page and the panels it loads with
 * htmx); with the default INSERT the second one fails on the attributes' primary key and the user sees
 * a server error. The PostgreSQL customizer writes attributes with {@code INSERT … ON CONFLICT DO
 * UPDATE}: the later write wins, as it does for an attribute that already existed. The last-access
 * time is written at most once a minute ({@link LastAccessWrites}).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionAttributesUpsert() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	@Bean
	static BeanPostProcessor lastAccessWrites() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return "sessionRepository".equals(beanName) && bean instanceof FindByIndexNameSessionRepository<?> sessions
						? new LastAccessWrites(sessions) : bean;
			}
		};
	}

}
