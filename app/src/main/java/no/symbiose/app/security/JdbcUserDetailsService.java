package no.symbiose.app.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Form and HTTP Basic login against {@code app_user}. Hashes are
 * DelegatingPasswordEncoder strings ({@code {bcrypt}...}). A user without a hash signs in
 * only through OpenID Connect. A username {@link LoginThrottle} has locked is refused.
 */
@Service
class JdbcUserDetailsService implements UserDetailsService {

	private final AppUsers users;

	private final LoginThrottle throttle;

	JdbcUserDetailsService(AppUsers users, LoginThrottle throttle) {
		this.users = users;
		this.throttle = throttle;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		AppUser user = this.users.byUsername(username)
			.filter(u -> u.passwordHash() != null)
			.orElseThrow(() -> new UsernameNotFoundException("No password login for this user"));
		return User.withUsername(user.username())
			.password(user.passwordHash())
			.roles(user.role().name())
			.disabled(!user.enabled())
			// too many wrong passwords lately: refused before the password is checked
			.accountLocked(this.throttle.locked(user.username()))
			.build();
	}

}
