package health.covenant.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves static files only under their own prefixes ({@code spring.web.resources.add-mappings} is off).
 * Boot's default {@code /**} mapping with the WebJars resource chain made every {@code @{…}} link of
 * every page (vendor, agreement and page links alike) a classpath lookup that was never cached; now a
 * link outside these prefixes is not a resource and costs nothing. The WebJars chain keeps the
 * versionless htmx URL {@code /webjars/htmx.org/dist/htmx.min.js} working and caches what it resolves.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
		registry.addResourceHandler("/images/**").addResourceLocations("classpath:/static/images/");
		registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/");
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true);
	}

}
