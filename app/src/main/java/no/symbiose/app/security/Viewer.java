package no.symbiose.app.security;

import org.jspecify.annotations.Nullable;

/**
 * Who is asking, with the scope they speak for. Queries take a Viewer so that
 * confidentiality is enforced where data is read, not only in views. Scope ids are
 * database ids.
 */
public record Viewer(@Nullable String username, Role role, @Nullable String countyNumber, @Nullable Long parkId,
		@Nullable Long companyId) {

	public Viewer {
		if (role == Role.COUNTY_OFFICER && countyNumber == null) {
			throw new IllegalArgumentException("A county officer needs a county");
		}
		if (role == Role.PARK_FACILITATOR && parkId == null) {
			throw new IllegalArgumentException("A park facilitator needs a park");
		}
		if (role == Role.COMPANY_REPORTER && companyId == null) {
			throw new IllegalArgumentException("A company reporter needs a company");
		}
	}

	public static Viewer anonymous() {
		return new Viewer(null, Role.ANONYMOUS, null, null, null);
	}

	public static Viewer nationalAdmin(String username) {
		return new Viewer(username, Role.NATIONAL_ADMIN, null, null, null);
	}

	/**
	 * What decides what this viewer may read: role and scope, not the person. A result
	 * computed from what a viewer may read can be shared by every viewer with the same
	 * access (the cached accounts and goal values are).
	 */
	public Access access() {
		return new Access(this.role, this.countyNumber, this.parkId, this.companyId);
	}

	public record Access(Role role, @Nullable String countyNumber, @Nullable Long parkId, @Nullable Long companyId) {
	}

	public boolean isAnonymous() {
		return role == Role.ANONYMOUS;
	}

}
