package no.symbiose.app.security;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Maps an OpenID Connect login (ID-porten, Keycloak, ...) to a row of {@code app_user}:
 * first by {@code oidc_subject} = the {@code sub} claim, else by {@code username} = the
 * verified {@code email} claim (Keycloak) or the {@code pid} claim (ID-porten's national
 * identity number). A person found gets the row's role; anyone else is logged in but has
 * no role, so they see what anonymous visitors see.
 */
class OidcUserMapper implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private static final Logger log = LoggerFactory.getLogger(OidcUserMapper.class);

	/**
	 * The registration id whose {@code pid} claim (national identity number) is trusted.
	 */
	static final String ID_PORTEN = "idporten";

	private final OidcUserService delegate = new OidcUserService();

	private final AppUsers users;

	OidcUserMapper(AppUsers users) {
		this.users = users;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser oidcUser = this.delegate.loadUser(request);
		Optional<AppUser> user = find(oidcUser, request.getClientRegistration().getRegistrationId())
			.filter(AppUser::enabled);
		if (user.isEmpty()) {
			log.info("OpenID Connect login by a person unknown to app_user (issuer {}); no role given",
					oidcUser.getIssuer());
			return new MappedOidcUser(List.of(), oidcUser, null);
		}
		return new MappedOidcUser(List.of(new SimpleGrantedAuthority("ROLE_" + user.get().role().name())), oidcUser,
				user.get().username());
	}

	/**
	 * The e-mail counts only when the provider says it is verified, and the national
	 * identity number only from the registration named {@code idporten}: another provider
	 * could let anyone claim an e-mail address or a {@code pid}.
	 */
	private Optional<AppUser> find(OidcUser oidcUser, String registrationId) {
		Optional<AppUser> bySubject = this.users.byOidcSubject(oidcUser.getSubject());
		if (bySubject.isPresent()) {
			return bySubject;
		}
		String email = oidcUser.getEmail();
		if (email != null && Boolean.TRUE.equals(oidcUser.getEmailVerified())) {
			Optional<AppUser> byEmail = this.users.byUsername(email);
			if (byEmail.isPresent()) {
				return byEmail;
			}
		}
		String pid = ID_PORTEN.equals(registrationId) ? oidcUser.getClaimAsString("pid") : null;
		return pid == null ? Optional.empty() : this.users.byUsername(pid);
	}

	/**
	 * An OIDC user whose name is the app_user username, so the rest of the app finds the
	 * person the same way as after a form login. An unmapped user keeps the subject as
	 * name.
	 */
	static final class MappedOidcUser extends DefaultOidcUser {

		private final @Nullable String username;

		MappedOidcUser(List<GrantedAuthority> authorities, OidcUser user, @Nullable String username) {
			super(authorities, user.getIdToken(), user.getUserInfo());
			this.username = username;
		}

		@Override
		public String getName() {
			return this.username != null ? this.username : "oidc:" + getSubject();
		}

	}

}
