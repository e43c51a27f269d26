package no.symbiose.app;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Named fixture rows for integration tests that share one database: every key carries a
 * random suffix so tests never see each other's rows. Parks lie in Telemark (40,
 * Porsgrunn 4001), which the reference data provides.
 */
public final class RegistryFixtures {

	public static final String PASSWORD = "secret-pw";

	private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private static final String PASSWORD_HASH = ENCODER.encode(PASSWORD);

	private final JdbcClient jdbc;

	public RegistryFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A park in Porsgrunn, Telemark. */
	public Row aPark() {
		String key = unique("t-park-");
		long id = this.jdbc.sql("""
				insert into park (park_key, name, kind, county_number, municipality_number, lat, lon)
				values (:key, :name, 'industripark', '40', '4001', 59.12, 9.62) returning id""")
			.param("key", key)
			.param("name", "Testpark " + key)
			.query(Long.class)
			.single();
		return new Row(id, key);
	}

	public Row aCompany() {
		String key = unique("test:");
		long id = this.jdbc
			.sql("""
					insert into company (company_key, name, municipality_number) values (:key, :name, '4001') returning id""")
			.param("key", key)
			.param("name", "Testbedrift " + key)
			.query(Long.class)
			.single();
		return new Row(id, key);
	}

	/** A company with an active tenancy in the park since 2024. */
	public Row aTenantOf(Row park) {
		Row company = aCompany();
		this.jdbc.sql("insert into tenancy (company_id, park_id, valid_from) values (:c, :p, date '2024-01-01')")
			.param("c", company.id())
			.param("p", park.id())
			.update();
		return company;
	}

	public void facts(Row company, int year, String confidentiality, double emissionsTCo2e) {
		this.jdbc.sql("""
				insert into yearly_facts (company_id, year, direct_emissions_t_co2e, confidentiality, source)
				values (:c, :year, :emissions, :confidentiality, 'test')""")
			.param("c", company.id())
			.param("year", year)
			.param("emissions", emissionsTCo2e)
			.param("confidentiality", confidentiality)
			.update();
	}

	/** A side stream of slag, 1 000 t/yr. */
	public void stream(Row company, int year, String streamKey, String confidentiality) {
		this.jdbc
			.sql("""
					insert into stream (company_id, year, stream_key, direction, name, material_class, quantity, unit,
					confidentiality) values (:c, :year, :key, 'side_stream', 'Slagg', 'slag', 1000, 't/yr', :confidentiality)""")
			.param("c", company.id())
			.param("year", year)
			.param("key", streamKey)
			.param("confidentiality", confidentiality)
			.update();
	}

	/** A user with password {@link #PASSWORD}; scope columns as the role needs them. */
	public String user(String role, String countyNumber, Long parkId, Long companyId) {
		String username = unique("u-" + role.replace('_', '-') + "-");
		this.jdbc.sql("""
				insert into app_user (username, password_hash, display_name, role, county_number, park_id, company_id)
				values (:username, :hash, :username, :role, :county, :park, :company)""")
			.param("username", username)
			.param("hash", PASSWORD_HASH)
			.param("role", role)
			.param("county", countyNumber)
			.param("park", parkId)
			.param("company", companyId)
			.update();
		return username;
	}

	public String admin() {
		return user("national_admin", null, null, null);
	}

	public String countyOfficer(String countyNumber) {
		return user("county_officer", countyNumber, null, null);
	}

	public String facilitator(Row park) {
		return user("park_facilitator", null, park.id(), null);
	}

	public String reporter(Row company) {
		return user("company_reporter", null, null, company.id());
	}

	public record Row(long id, String key) {
	}

}
