package health.covenant.shared;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every literal message key a template uses ({@code #{some.key}} or {@code #{some.key(args)}})
 * exists in one of the module message files, so no page ever shows {@code ??key_en??}.
 */
class MessageKeysTest {

	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

	private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z][\\w.-]*)(?:\\(|})");

	@Test
	void everyKeyUsedInTemplatesExists() throws IOException {
		Properties messages = new Properties();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".properties")).toList()) {
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
					Properties one = new Properties();
					one.load(reader);
					for (String key : one.stringPropertyNames()) {
						assertThat(messages).as("key %s defined twice (again in %s)", key, file).doesNotContainKey(key);
					}
					messages.putAll(one);
				}
			}
		}
		List<String> missing = new ArrayList<>();
		try (Stream<Path> templates = Files.walk(Path.of("templates"))) {
			for (Path template : templates.filter((f) -> f.toString().endsWith(".html")).toList()) {
				Matcher matcher = KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					if (!messages.containsKey(matcher.group(1))) {
						missing.add(template + ": " + matcher.group(1));
					}
				}
			}
		}
		assertThat(new TreeSet<>(missing)).as("message keys used in templates but not defined").isEmpty();
	}

	/** A message with arguments goes through MessageFormat, where a lone apostrophe silently vanishes. */
	@Test
	void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
		List<String> wrong = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".properties")).toList()) {
				Properties messages = new Properties();
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
					messages.load(reader);
				}
				messages.forEach((key, value) -> {
					String text = value.toString();
					if (ARGUMENT.matcher(text).find() && LONE_APOSTROPHE.matcher(text).find()) {
						wrong.add(file.getFileName() + ": " + key);
					}
				});
			}
		}
		assertThat(wrong).as("messages with {n} arguments and a single ' (write '' instead)").isEmpty();
	}

}
