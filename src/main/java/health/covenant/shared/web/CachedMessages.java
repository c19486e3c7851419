package health.covenant.shared.web;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.HierarchicalMessageSource;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Keeps the text of every message without arguments once it has been looked up. A page shows a few
 * hundred messages (labels, enum names, column headings) and each look-up walks the fourteen message
 * bundles of the modules in turn: measured at 10,000 vendors (bench/README.md) this was 7 % of a list
 * page's CPU. Messages with arguments, and messages not found, are left to the application's message
 * source every time. Not used when {@code spring.messages.cache-duration} is set (bundles reloaded
 * while developing).
 */
@Configuration(proxyBeanMethods = false)
class CachedMessages {

	@Bean
	static BeanPostProcessor cachedMessageSource(Environment environment) {
		boolean reloading = environment.containsProperty("spring.messages.cache-duration");
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!reloading && "messageSource".equals(beanName) && bean instanceof HierarchicalMessageSource source) {
					return new Cache(source);
				}
				return bean;
			}
		};
	}

	/** The application's message source with a cache in front for argument-less messages. */
	static final class Cache implements HierarchicalMessageSource {

		private final HierarchicalMessageSource delegate;

		private final Map<Locale, Map<String, String>> texts = new ConcurrentHashMap<>();

		Cache(HierarchicalMessageSource delegate) {
			this.delegate = delegate;
		}

		@Override
		public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
			if (!withoutArguments(args) || locale == null || code == null) {
				return this.delegate.getMessage(code, args, defaultMessage, locale);
			}
			String known = known(code, locale);
			return known != null ? known : this.delegate.getMessage(code, args, defaultMessage, locale);
		}

		@Override
		public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
			if (!withoutArguments(args) || locale == null || code == null) {
				return this.delegate.getMessage(code, args, locale);
			}
			String known = known(code, locale);
			return known != null ? known : this.delegate.getMessage(code, args, locale);
		}

		@Override
		public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
			return this.delegate.getMessage(resolvable, locale);
		}

		@Override
		public void setParentMessageSource(MessageSource parent) {
			this.delegate.setParentMessageSource(parent);
			this.texts.clear();
		}

		@Override
		public MessageSource getParentMessageSource() {
			return this.delegate.getParentMessageSource();
		}

		/** The message's text, looked up once per locale; null when there is no such message. */
		private String known(String code, Locale locale) {
			Map<String, String> texts = this.texts.computeIfAbsent(locale, (key) -> new ConcurrentHashMap<>());
			String text = texts.get(code);
			if (text == null) {
				text = this.delegate.getMessage(code, null, null, locale);
				if (text != null) {
					texts.put(code, text);
				}
			}
			return text;
		}

		private static boolean withoutArguments(Object[] args) {
			return args == null || args.length == 0;
		}

	}

}
