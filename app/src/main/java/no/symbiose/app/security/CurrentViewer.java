package no.symbiose.app.security;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The {@link Viewer} of the current request, read from {@code app_user} once per request
 * so a changed role or scope applies at the next click. Anyone without a registered role
 * (not logged in, or an OpenID Connect login unknown to {@code app_user}) is
 * {@link Viewer#anonymous()}. Controllers may simply declare a {@code Viewer} parameter.
 */
@Component
public class CurrentViewer {

	static final Set<String> REGISTERED_ROLES = Set.of("ROLE_" + Role.NATIONAL_ADMIN.name(),
			"ROLE_" + Role.COUNTY_OFFICER.name(), "ROLE_" + Role.PARK_FACILITATOR.name(),
			"ROLE_" + Role.COMPANY_REPORTER.name());

	private static final String ATTRIBUTE = CurrentViewer.class.getName();

	private final AppUsers users;

	CurrentViewer(AppUsers users) {
		this.users = users;
	}

	public Viewer get() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null
				&& request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Viewer cached) {
			return cached;
		}
		Viewer viewer = resolve(SecurityContextHolder.getContext().getAuthentication());
		if (request != null) {
			request.setAttribute(ATTRIBUTE, viewer, RequestAttributes.SCOPE_REQUEST);
		}
		return viewer;
	}

	private Viewer resolve(@Nullable Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Viewer.anonymous();
		}
		boolean registered = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(REGISTERED_ROLES::contains);
		if (!registered) {
			return Viewer.anonymous();
		}
		return this.users.byUsername(authentication.getName())
			.filter(AppUser::enabled)
			.map(AppUser::viewer)
			.orElseGet(Viewer::anonymous);
	}

}
