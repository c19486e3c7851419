package health.covenant.shared.web;

import java.util.Optional;

/**
 * A "whose" filter of a list as a URL has it: {@code mine}, {@code any}, or a user's id (the owner of
 * obligations, the assessor of assessments). Read by Spring's conversion ({@link #valueOf(String)});
 * anything else is a bad request. An empty value is {@code mine}; a list whose default is another one
 * declares it as the parameter's {@code defaultValue}.
 *
 * @param param the value as written in links
 * @param userId the user's id, or null for {@code mine} and {@code any}
 */
public record OwnerFilter(String param, Long userId) {

	public static final OwnerFilter MINE = new OwnerFilter("mine", null);

	public static final OwnerFilter ANY = new OwnerFilter("any", null);

	public static OwnerFilter valueOf(String value) {
		String param = value.strip();
		if (param.isEmpty() || MINE.param().equals(param)) {
			return MINE;
		}
		if (ANY.param().equals(param)) {
			return ANY;
		}
		if (!param.chars().allMatch(Character::isDigit) || param.length() > 18) {
			throw new IllegalArgumentException("not an owner filter");
		}
		return new OwnerFilter(param, Long.valueOf(param));
	}

	/**
	 * The user whose rows the list keeps: the one named, the signed-in one for {@code mine} (none matches
	 * when nobody is signed in), or null for {@code any}.
	 * @param currentUserId the signed-in user's id
	 */
	public Long userIdFor(Optional<Long> currentUserId) {
		if (this.userId != null || ANY.equals(this)) {
			return this.userId;
		}
		return currentUserId.orElse(-1L);
	}

}
