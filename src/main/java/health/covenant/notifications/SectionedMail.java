package health.covenant.notifications;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * An e-mail another module writes for the outbox ({@link MailOutbox}): a heading, an introduction and
 * sections of linked lines, each section with what it says when it has none. The writing module supplies
 * every text (already in the reader's words and dates); the notifications module lays it out as the other
 * e-mails are laid out (an HTML and a plain-text part from {@code templates/mail/sections.*}), keeps it in
 * the outbox and sends it. Names from users are put on one line before it is kept.
 *
 * @param subject the e-mail's subject
 * @param heading the heading above the sections
 * @param intro one paragraph under the heading, null for none
 * @param sections in order
 * @param footer one closing paragraph (why the reader receives it, how to stop it), null for none
 */
@NamedInterface("api")
public record SectionedMail(String subject, String heading, String intro, List<Section> sections, String footer) {

	public SectionedMail {
		sections = sections == null ? List.of() : List.copyOf(sections);
	}

	/**
	 * One section.
	 *
	 * @param title its heading
	 * @param empty what it says when it has no lines ("No tier changes await review.")
	 * @param lines its lines, in order
	 * @param more a last line after the lines ("and 12 more"), null for none
	 * @param moreLink where the last line leads (absolute), null for none
	 */
	@NamedInterface("api")
	public record Section(String title, String empty, List<Line> lines, String more, String moreLink) {

		public Section {
			lines = lines == null ? List.of() : List.copyOf(lines);
		}

	}

	/**
	 * One line of a section: a linked title and details under it.
	 *
	 * @param title what the line is about (a vendor's name)
	 * @param link where it leads (absolute), null for no link
	 * @param details short facts, each on a line of its own in the plain-text part
	 */
	@NamedInterface("api")
	public record Line(String title, String link, List<String> details) {

		public Line {
			details = details == null ? List.of() : List.copyOf(details);
		}

	}

}
