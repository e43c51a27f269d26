package no.symbiose.app.security;

import org.jspecify.annotations.Nullable;

/**
 * A row of {@code app_user}. The password hash never leaves this package and is not
 * printed.
 */
record AppUser(long id, String username, @Nullable String passwordHash, String displayName, Role role,
		@Nullable String countyNumber, @Nullable Long parkId, @Nullable Long companyId, boolean enabled) {

	Viewer viewer() {
		return new Viewer(this.username, this.role, this.countyNumber, this.parkId, this.companyId);
	}

	@Override
	public String toString() {
		return "AppUser[username=%s, role=%s]".formatted(this.username, this.role.key());
	}

}
