package health.covenant.documents.web;

import org.apache.coyote.http11.AbstractHttp11Protocol;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Tomcat reads ("swallows") the rest of a refused upload only up to 2 MB by default and then drops
 * the connection, so the browser shows a network error instead of our "file too large" message.
 * Swallow up to twice the upload limit.
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
