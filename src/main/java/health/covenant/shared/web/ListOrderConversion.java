package health.covenant.shared.web;

import java.util.Arrays;

import health.covenant.shared.ListOrder;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads a {@code sort} parameter into the list's {@link ListOrder} constant by the value the URL writes
 * ({@code vendor}, {@code -vendor}), not by the constant's name, so a handler declares
 * {@code @RequestParam(required = false) FindingQuery.Sort sort} like any other typed parameter. An empty
 * value is no order (the list's default); an unknown one does not convert, which {@link BadRequestAdvice}
 * answers with a 400. (Spring's binder still falls back to the constant's name, so an older link such as
 * {@code sort=SEVERITY} keeps working.)
 */
@Configuration(proxyBeanMethods = false)
class ListOrderConversion implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverterFactory(new StringToListOrder());
	}

	static final class StringToListOrder implements ConverterFactory<String, ListOrder> {

		@Override
		public <T extends ListOrder> Converter<String, T> getConverter(Class<T> targetType) {
			T[] orders = targetType.getEnumConstants();
			if (orders == null) {
				throw new IllegalStateException(targetType.getName() + " is not an enum of list orders");
			}
			return (source) -> {
				String param = source.strip();
				if (param.isEmpty()) {
					return null;
				}
				return Arrays.stream(orders)
					.filter((order) -> order.param().equals(param))
					.findFirst()
					.orElseThrow(() -> new IllegalArgumentException("not an order of this list"));
			};
		}

	}

}
