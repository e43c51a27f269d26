package no.symbiose.app.audit;

import java.util.Locale;

import no.symbiose.app.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who the audit log names for the writes of the current thread: the logged-in user with
 * their role; {@value #ANONYMOUS} in a request without a login; {@value #SYSTEM} outside
 * any request (start-up, the demo loader, migrations, commands). Read from Spring
 * Security's context, not from {@code app_user}, because it is asked while a connection
 * is being taken from the pool.
 */
record AuditActor(String name, @Nullable String roleKey) {

	static final String SYSTEM = "system";

	static final String ANONYMOUS = "anonymous";

	static AuditActor current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return new AuditActor(authentication.getName(), roleKey(authentication));
		}
		return new AuditActor((RequestContextHolder.getRequestAttributes() != null) ? ANONYMOUS : SYSTEM, null);
	}

	private static @Nullable String roleKey(Authentication authentication) {
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			String name = authority.getAuthority();
			if (name != null && name.startsWith("ROLE_")) {
				try {
					return Role.valueOf(name.substring("ROLE_".length()).toUpperCase(Locale.ROOT)).key();
				}
				catch (IllegalArgumentException ex) {
					// a role Symbiose does not know (e.g. OIDC_USER): look further
				}
			}
		}
		return null;
	}

}
