package health.covenant.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.SmartView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.UrlBasedViewResolver;

/**
 * The answers to a form post, the same in every module without a line in its controllers:
 * <ul>
 * <li>a {@code redirect:} view name answers {@code 303 See Other} (never 302), so the browser follows a
 * successful POST with a GET;</li>
 * <li>a POST answered with a view (not a redirect) whose model holds a binding result with errors is
 * an invalid form re-rendered with the user's input: {@code 422 Unprocessable Content}. htmx swaps a
 * 422 like a 200 (see the {@code htmx-config} of the layout), so an inline form shows its messages
 * too.</li>
 * </ul>
 * A handler that sets a status itself (a {@code ModelAndView} with a status) keeps it.
 */
@Configuration(proxyBeanMethods = false)
class WebConventions implements WebMvcConfigurer {

	/** Every view resolver that understands {@code redirect:} answers it with 303. */
	@Bean
	static BeanPostProcessor seeOtherRedirects() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof ThymeleafViewResolver thymeleaf) {
					thymeleaf.setRedirectHttp10Compatible(false);
				}
				else if (bean instanceof UrlBasedViewResolver urlBased) {
					urlBased.setRedirectHttp10Compatible(false);
				}
				return bean;
			}
		};
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new InvalidFormStatus());
	}

	/** 422 for a form re-rendered with errors. */
	static final class InvalidFormStatus implements HandlerInterceptor {

		@Override
		public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
				ModelAndView view) {
			if (view == null || view.getStatus() != null || !HttpMethod.POST.matches(request.getMethod())
					|| isRedirect(view)) {
				return;
			}
			boolean invalid = view.getModel()
				.values()
				.stream()
				.anyMatch((value) -> value instanceof BindingResult result && result.hasErrors());
			if (invalid) {
				view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			}
		}

		private static boolean isRedirect(ModelAndView view) {
			if (view.getView() != null) {
				return view.getView() instanceof SmartView smart && smart.isRedirectView();
			}
			String name = view.getViewName();
			return name == null || name.startsWith(UrlBasedViewResolver.REDIRECT_URL_PREFIX)
					|| name.startsWith(UrlBasedViewResolver.FORWARD_URL_PREFIX);
		}

	}

}
