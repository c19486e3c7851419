package health.covenant.obligations.web;

/**
 * The owner filter of the obligations list as a URL has it: {@code mine} (the default), {@code any},
 * or a user's id. Read by Spring's conversion ({@link #valueOf(String)}); anything else is a bad request.
 *
 * @param param the value as written in links
 * @param userId the user's id, or null for {@code mine} and {@code any}
 */
record OwnerFilter(String param, Long userId) {

	static final OwnerFilter MINE = new OwnerFilter("mine", null);

	static final OwnerFilter ANY = new OwnerFilter("any", null);

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

}
