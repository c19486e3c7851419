package health.covenant.incidents;

/** To whom we owe notice of a breach. */
public enum NoticeAudience {

	/** The affected individuals (164.404). */
	INDIVIDUALS,
	/** The Secretary of HHS (164.408). */
	HHS,
	/** Prominent media outlets of each state with more than 500 affected residents (164.406). */
	MEDIA,
	/** The residents of one state whose law sets a shorter deadline. */
	STATE

}
