package no.symbiose.app.web;

import java.time.Duration;
import java.util.List;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.referencedata.ReferenceQueries;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PageWarmUp}: one round asks for every public dashboard, account and park page as
 * an anonymous visitor, and each answers 200; without time it asks for nothing.
 */
@IntegrationTest
class PageWarmUpTest {

	@Autowired
	PageWarmUp warmUp;

	@Autowired
	ReferenceQueries reference;

	@Autowired
	JdbcClient jdbc;

	@Test
	void oneRoundAsksForEveryPublicPageAndEachAnswers() {
		List<String> paths = this.warmUp.paths();
		assertThat(paths).contains("/", "/mal", "/regnskap", "/parks");
		this.reference.counties()
			.forEach(county -> assertThat(paths).contains("/mal/fylke/" + county.number(),
					"/regnskap/klima?fylke=" + county.number()));
		long parks = this.jdbc.sql("select count(*) from park").query(Long.class).single();
		assertThat(paths.stream().filter(path -> path.startsWith("/parks/"))).hasSize((int) Math.min(parks, 12));

		PageWarmUp.Outcome outcome = this.warmUp.run(Duration.ofMinutes(5), 1);

		assertThat(outcome.requests()).isEqualTo(paths.size());
		assertThat(outcome.failed()).as("pages not answered 200").isZero();
	}

	@Test
	void withoutTimeNothingIsAskedFor() {
		assertThat(this.warmUp.run(Duration.ZERO, 1)).isEqualTo(new PageWarmUp.Outcome(0, 0));
	}

}
