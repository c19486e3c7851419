package health.covenant.shared.web;

import java.util.List;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A one-time message shown by the layout after a redirect. The text is a message key with
 * arguments, so no exception text or raw input ever reaches it unescaped.
 */
public record Flash(Level level, String key, List<Object> args) implements java.io.Serializable {

	public enum Level {

		SUCCESS, INFO, WARNING, ERROR

	}

	public Object[] argsArray() {
		return this.args.toArray();
	}

	public static void success(RedirectAttributes attributes, String key, Object... args) {
		attributes.addFlashAttribute("flash", new Flash(Level.SUCCESS, key, List.of(args)));
	}

	public static void warning(RedirectAttributes attributes, String key, Object... args) {
		attributes.addFlashAttribute("flash", new Flash(Level.WARNING, key, List.of(args)));
	}

	public static void error(RedirectAttributes attributes, String key, Object... args) {
		attributes.addFlashAttribute("flash", new Flash(Level.ERROR, key, List.of(args)));
	}

}
