package no.symbiose.app.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and creates rows of {@code app_user}. */
@Repository
class AppUsers {

	private final JdbcClient jdbc;

	AppUsers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<AppUser> byUsername(String username) {
		return this.jdbc.sql("select * from app_user where username = :username")
			.param("username", username)
			.query(AppUsers::row)
			.optional();
	}

	Optional<AppUser> byOidcSubject(String subject) {
		return this.jdbc.sql("select * from app_user where oidc_subject = :subject")
			.param("subject", subject)
			.query(AppUsers::row)
			.optional();
	}

	boolean exists(String username) {
		return this.jdbc.sql("select count(*) from app_user where username = :username")
			.param("username", username)
			.query(Long.class)
			.single() > 0;
	}

	void create(String username, String passwordHash, String displayName, Role role, @Nullable String countyNumber,
			@Nullable Long parkId, @Nullable Long companyId) {
		this.jdbc.sql("""
				insert into app_user (username, password_hash, display_name, role, county_number, park_id, company_id)
				values (:username, :hash, :displayName, :role, :county, :parkId, :companyId)""")
			.param("username", username)
			.param("hash", passwordHash)
			.param("displayName", displayName)
			.param("role", role.key())
			.param("county", countyNumber)
			.param("parkId", parkId)
			.param("companyId", companyId)
			.update();
	}

	/** Stores a new password hash; the old one is gone. */
	void changePassword(long userId, String passwordHash) {
		this.jdbc.sql("update app_user set password_hash = :hash where id = :id")
			.param("hash", passwordHash)
			.param("id", userId)
			.update();
	}

	Optional<Long> parkId(String parkKey) {
		return this.jdbc.sql("select id from park where park_key = :key")
			.param("key", parkKey)
			.query(Long.class)
			.optional();
	}

	Optional<Long> companyId(String companyKey) {
		return this.jdbc.sql("select id from company where company_key = :key")
			.param("key", companyKey)
			.query(Long.class)
			.optional();
	}

	private static AppUser row(ResultSet rs, int rowNum) throws SQLException {
		long parkId = rs.getLong("park_id");
		Long park = rs.wasNull() ? null : parkId;
		long companyId = rs.getLong("company_id");
		Long company = rs.wasNull() ? null : companyId;
		return new AppUser(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
				rs.getString("display_name"), Role.fromKey(rs.getString("role")), rs.getString("county_number"), park,
				company, rs.getBoolean("enabled"));
	}

}
