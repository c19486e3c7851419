package health.covenant.documents.web;

import org.apache.coyote.http11.AbstractHttp11Protocol;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * An upload over the multipart limit is refused by Tomcat while it reads the parameters (status 413,
 * shown by templates/error/413.html with the limit). Tomcat reads ("swallows") the rest of a refused
 * body only up to 2 MB by default and then drops the connection, so the browser would show a
 * network error instead of that page: swallow up to twice the upload limit.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimitConfiguration {

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
