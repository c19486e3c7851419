package health.covenant.documents.web;

import org.apache.coyote.http11.AbstractHttp11Protocol;

import health.covenant.documents.DocumentService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Uploads over the limit: {@link UploadSizeFilter} sends the user back with a message; and Tomcat,
 * which reads ("swallows") the rest of a refused body only up to 2 MB by default and then drops the
 * connection (the browser would show a network error instead of our answer), swallows up to twice
 * the limit.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimitConfiguration {

	@Bean
	FilterRegistrationBean<UploadSizeFilter> documentUploadSizeFilter(DocumentService documents,
			@Value("${spring.servlet.multipart.max-request-size:25MB}") DataSize maxRequestSize) {
		FilterRegistrationBean<UploadSizeFilter> registration = new FilterRegistrationBean<>(
				new UploadSizeFilter(documents, maxRequestSize.toBytes()));
		// after Spring Session's repository filter (the flash map lives in the session), before Spring
		// Security's filter chain (-100), whose CSRF check would read the parameters
		registration.setOrder(-110);
		return registration;
	}

	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> documentUploadSwallowSize(
			@Value("${spring.servlet.multipart.max-request-size:25MB}") DataSize maxRequestSize) {
		int swallow = (int) Math.min(Integer.MAX_VALUE, maxRequestSize.toBytes() * 2);
		return (factory) -> factory.addConnectorCustomizers((connector) -> {
			if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> protocol) {
				protocol.setMaxSwallowSize(swallow);
			}
		});
	}

}
