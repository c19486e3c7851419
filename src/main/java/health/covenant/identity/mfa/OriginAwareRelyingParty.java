package health.covenant.identity.mfa;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The WebAuthn relying party: its id is the host of {@code covenant.base-url}; the origins accepted
 * are that of the base URL and the origin of the current request when its host is the relying
 * party id (another port of the same host, as in tests on a random port, or the public origin
 * behind a proxy). The browser itself only lets pages of that host use this relying party id.
 */
class OriginAwareRelyingParty implements WebAuthnRelyingPartyOperations {

	private final PublicKeyCredentialUserEntityRepository userEntities;

	private final UserCredentialRepository userCredentials;

	private final PublicKeyCredentialRpEntity rp;

	private final String baseOrigin;

	private final Map<String, Webauthn4JRelyingPartyOperations> byOrigin = new ConcurrentHashMap<>();

	OriginAwareRelyingParty(PublicKeyCredentialUserEntityRepository userEntities,
			UserCredentialRepository userCredentials, String rpName, String baseUrl) {
		this.userEntities = userEntities;
		this.userCredentials = userCredentials;
		URI base = URI.create(baseUrl);
		this.rp = PublicKeyCredentialRpEntity.builder().id(base.getHost()).name(rpName).build();
		this.baseOrigin = origin(base.getScheme(), base.getHost(), base.getPort());
	}

	String rpId() {
		return this.rp.getId();
	}

	private static String origin(String scheme, String host, int port) {
		boolean defaultPort = port < 0 || ("http".equals(scheme) && port == 80)
				|| ("https".equals(scheme) && port == 443);
		return scheme + "://" + host + (defaultPort ? "" : ":" + port);
	}

	private WebAuthnRelyingPartyOperations current() {
		String origin = this.baseOrigin;
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			if (this.rp.getId().equalsIgnoreCase(request.getServerName())) {
				origin = origin(request.getScheme(), request.getServerName(), request.getServerPort());
			}
		}
		return this.byOrigin.computeIfAbsent(origin, (requestOrigin) -> {
			Set<String> origins = new LinkedHashSet<>();
			origins.add(this.baseOrigin);
			origins.add(requestOrigin);
			Webauthn4JRelyingPartyOperations operations = new Webauthn4JRelyingPartyOperations(this.userEntities,
					this.userCredentials, this.rp, origins);
			// A passkey counts as a full sign-in only with user verification (PIN, fingerprint, face).
			operations.setCustomizeCreationOptions((options) -> options
				.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
					.userVerification(UserVerificationRequirement.REQUIRED)
					.residentKey(ResidentKeyRequirement.REQUIRED)
					.build()));
			operations.setCustomizeRequestOptions(
					(options) -> options.userVerification(UserVerificationRequirement.REQUIRED));
			return operations;
		});
	}

	@Override
	public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
			PublicKeyCredentialCreationOptionsRequest request) {
		return current().createPublicKeyCredentialCreationOptions(request);
	}

	@Override
	public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
		return current().registerCredential(request);
	}

	@Override
	public PublicKeyCredentialRequestOptions createCredentialRequestOptions(
			PublicKeyCredentialRequestOptionsRequest request) {
		return current().createCredentialRequestOptions(request);
	}

	@Override
	public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
		return current().authenticate(request);
	}

}
