package health.covenant.notifications;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import health.covenant.shared.CovenantProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signed one-click links in e-mails: acknowledge or snooze one obligation, for one recipient, until
 * an expiry day. The token is {@code userId.obligationId.dueEpochDay.expiryEpochDay.signature}, the
 * signature an HMAC-SHA256 under a server secret, so a link cannot be altered to act on another
 * obligation or as another person. A link may acknowledge as often as it likes but snoozes once:
 * its signature, the link's id, is recorded when it snoozes ({@code action_link_use}), so a
 * forwarded or leaked link cannot keep an obligation quiet.
 */
@Component
public class ActionLinks {

	/** What a valid token proves; {@code linkId} names the link (its signature). */
	public record Claim(long userId, long obligationId, LocalDate dueDate, LocalDate expiresOn, String linkId) {
	}

	private final ReminderSettings settings;

	private final NotificationProperties properties;

	private final CovenantProperties covenant;

	private final JdbcClient jdbc;

	private final Clock clock;

	ActionLinks(ReminderSettings settings, NotificationProperties properties, CovenantProperties covenant,
			JdbcClient jdbc, Clock clock) {
		this.settings = settings;
		this.properties = properties;
		this.covenant = covenant;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public String token(long userId, long obligationId, LocalDate dueDate, LocalDate issuedOn) {
		return token(this.settings.linkSecret(), userId, obligationId, dueDate, issuedOn);
	}

	public String url(long userId, long obligationId, LocalDate dueDate, LocalDate issuedOn) {
		return signer().url(userId, obligationId, dueDate, issuedOn);
	}

	/**
	 * Links signed with the secret read once: for a reminder run that signs thousands of links
	 * (reading the secret costs queries).
	 */
	Signer signer() {
		byte[] secret = this.settings.linkSecret();
		return (userId, obligationId, dueDate, issuedOn) -> this.covenant.baseUrl()
				+ "/public/obligations/action?token=" + token(secret, userId, obligationId, dueDate, issuedOn);
	}

	/** Makes the acknowledge/snooze URL of one obligation for one recipient. */
	@FunctionalInterface
	interface Signer {

		String url(long userId, long obligationId, LocalDate dueDate, LocalDate issuedOn);

	}

	private String token(byte[] secret, long userId, long obligationId, LocalDate dueDate, LocalDate issuedOn) {
		LocalDate expiresOn = issuedOn.plusDays(this.properties.linkValidity().toDays());
		String payload = userId + "." + obligationId + "." + dueDate.toEpochDay() + "." + expiresOn.toEpochDay();
		return payload + "." + sign(secret, payload);
	}

	/** The claim of a well-formed, correctly signed token that has not expired on {@code today}. */
	public Optional<Claim> verify(String token, LocalDate today) {
		if (token == null || token.length() > 200) {
			return Optional.empty();
		}
		int last = token.lastIndexOf('.');
		if (last < 0) {
			return Optional.empty();
		}
		String payload = token.substring(0, last);
		byte[] expected = sign(this.settings.linkSecret(), payload).getBytes(StandardCharsets.US_ASCII);
		byte[] actual = token.substring(last + 1).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, actual)) {
			return Optional.empty();
		}
		String[] parts = payload.split("\\.");
		if (parts.length != 4) {
			return Optional.empty();
		}
		try {
			Claim claim = new Claim(Long.parseLong(parts[0]), Long.parseLong(parts[1]),
					LocalDate.ofEpochDay(Long.parseLong(parts[2])), LocalDate.ofEpochDay(Long.parseLong(parts[3])),
					token.substring(last + 1));
			return claim.expiresOn().isBefore(today) ? Optional.empty() : Optional.of(claim);
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	/** Whether this link has already snoozed. */
	@Transactional(readOnly = true)
	public boolean usedToSnooze(Claim claim) {
		return this.jdbc.sql("SELECT count(*) FROM action_link_use WHERE link_id = :id")
			.param("id", claim.linkId())
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Records that this link snoozes now; false if it already did (then it must not snooze again).
	 * Atomic: of two concurrent uses, one wins.
	 */
	@Transactional
	public boolean claimForSnooze(Claim claim) {
		return this.jdbc.sql("""
				INSERT INTO action_link_use (link_id, user_id, obligation_id, action, expires_on, used_at)
				VALUES (:id, :user, :obligation, 'SNOOZE', :expires, :now) ON CONFLICT (link_id) DO NOTHING""")
			.param("id", claim.linkId())
			.param("user", claim.userId())
			.param("obligation", claim.obligationId())
			.param("expires", claim.expiresOn())
			.param("now", Timestamp.from(this.clock.instant()))
			.update() == 1;
	}

	/** Forgets the uses of links that have expired (they no longer verify anyway). */
	@Transactional
	public int forgetExpired(LocalDate today) {
		return this.jdbc.sql("DELETE FROM action_link_use WHERE expires_on < :today").param("today", today).update();
	}

	private static String sign(byte[] secret, String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
