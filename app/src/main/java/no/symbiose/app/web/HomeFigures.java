package no.symbiose.app.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The three totals on the front page. Counts only, so no confidential figure leaves the
 * database. Candidate for {@code RegistryQueries} once the registry offers totals.
 */
@Component
class HomeFigures {

	record Totals(long parks, long companies, long streams) {
	}

	private final JdbcClient jdbc;

	HomeFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Totals totals() {
		return jdbc
			.sql("select (select count(*) from park) as parks, (select count(*) from company) as companies,"
					+ " (select count(*) from stream where confidentiality = 'public') as streams")
			.query((rs, n) -> new Totals(rs.getLong("parks"), rs.getLong("companies"), rs.getLong("streams")))
			.single();
	}

}
