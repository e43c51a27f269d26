package no.symbiose.app.security;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/me}: who the API takes the caller to be, with the keys of their
 * scope.
 */
@RestController
class ViewerController {

	private final JdbcClient jdbc;

	ViewerController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/api/v1/me")
	Me me(Viewer viewer) {
		String parkKey = viewer.parkId() == null ? null
				: this.jdbc.sql("select park_key from park where id = :id")
					.param("id", viewer.parkId())
					.query(String.class)
					.optional()
					.orElse(null);
		String companyKey = viewer.companyId() == null ? null
				: this.jdbc.sql("select company_key from company where id = :id")
					.param("id", viewer.companyId())
					.query(String.class)
					.optional()
					.orElse(null);
		return new Me(viewer.username(), viewer.role().key(), viewer.countyNumber(), parkKey, companyKey);
	}

	record Me(@Nullable String username, String role, @Nullable String countyNumber, @Nullable String parkKey,
			@Nullable String companyKey) {
	}

}
