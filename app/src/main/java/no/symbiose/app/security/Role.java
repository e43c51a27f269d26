package no.symbiose.app.security;

/** What a person may see and do. The key is the value stored in {@code app_user.role}. */
public enum Role {

	ANONYMOUS, COMPANY_REPORTER, PARK_FACILITATOR, COUNTY_OFFICER, NATIONAL_ADMIN;

	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public static Role fromKey(String key) {
		return valueOf(key.toUpperCase(java.util.Locale.ROOT));
	}

}
