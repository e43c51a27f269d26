package no.symbiose.app.importing;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import no.symbiose.app.security.Role;
import no.symbiose.app.security.Viewer;

/**
 * The {@link Viewer} behind a request's authentication, read from {@code app_user}: an unknown
 * or disabled user is anonymous. Stop-gap until the security branch's {@code CurrentViewer}
 * reaches this branch; then the controllers take a {@code Viewer} parameter instead.
 */
@Component
class ImportViewers {

	private final JdbcClient jdbc;

	ImportViewers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Viewer of(@Nullable Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Viewer.anonymous();
		}
		return this.jdbc.sql("""
				select username, role, county_number, park_id, company_id from app_user
				where username = :username and enabled""")
			.param("username", authentication.getName())
			.query((rs, n) -> new Viewer(rs.getString("username"), Role.fromKey(rs.getString("role")),
					rs.getString("county_number"), (Long) rs.getObject("park_id"), (Long) rs.getObject("company_id")))
			.optional()
			.orElseGet(Viewer::anonymous);
	}

}
