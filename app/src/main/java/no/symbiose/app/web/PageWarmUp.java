package no.symbiose.app.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.symbiose.app.referencedata.ReferenceQueries;

/**
 * Asks for the public pages over loopback for a while after start, once their results are
 * computed ({@code ResultsWarmUp}), as an anonymous visitor would: the dashboards, the
 * accounts and park pages of every county. A page's first few hundred renderings run in
 * the JVM's interpreter and first compiler, several times slower than later; under the
 * load test the first two minutes after a start were where almost all slow requests were
 * (docs/benchmarks.md, "Fourth round"). One request at a time, so a core stays free for
 * the compiler and for early visitors. {@code symbiose.results.warm-up-pages} is how long
 * (0 turns it off); it stops early when a round of pages fails.
 */
@Component
public class PageWarmUp {

	private static final Logger log = LoggerFactory.getLogger(PageWarmUp.class);

	/** Parks whose pages are asked for: park pages share one template. */
	private static final int PARKS = 12;

	private final Environment environment;

	private final JdbcClient jdbc;

	private final ReferenceQueries reference;

	private final Duration budget;

	PageWarmUp(Environment environment, JdbcClient jdbc, ReferenceQueries reference,
			@Value("${symbiose.results.warm-up-pages:30s}") Duration budget) {
		this.environment = environment;
		this.jdbc = jdbc;
		this.reference = reference;
		this.budget = budget;
	}

	/** The paths asked for, in the order of one round. */
	List<String> paths() {
		List<String> paths = new ArrayList<>(List.of("/", "/mal", "/regnskap", "/parks", "/program"));
		for (ReferenceQueries.County county : this.reference.counties()) {
			paths.add("/mal/fylke/" + county.number());
			paths.add("/regnskap/klima?fylke=" + county.number());
			paths.add("/regnskap/energi?fylke=" + county.number());
		}
		this.jdbc.sql("select park_key from park order by id limit :n")
			.param("n", PARKS)
			.query(String.class)
			.list()
			.forEach(key -> paths.add("/parks/" + key));
		return paths;
	}

	/** Asks for the pages until the time is up, in a thread of its own. */
	public void start() {
		Thread thread = new Thread(this::run, "symbiose-page-warm-up");
		thread.setDaemon(true);
		thread.start();
	}

	void run() {
		long started = System.nanoTime();
		Outcome outcome = run(this.budget, Integer.MAX_VALUE);
		if (outcome.requests() > 0) {
			log.info("Pages rendered ahead of the first visitors: {} requests ({} not answered 200) in {} s",
					outcome.requests(), outcome.failed(), (System.nanoTime() - started) / 1_000_000_000);
		}
	}

	/** How many pages were asked for, and how many did not answer 200. */
	record Outcome(int requests, int failed) {
	}

	/**
	 * Asks for the pages, round after round, until the time is up or the rounds are done;
	 * stops after a round where no page answered.
	 */
	Outcome run(Duration budget, int rounds) {
		String port = this.environment.getProperty("local.server.port");
		if (budget.isZero() || budget.isNegative() || port == null) {
			return new Outcome(0, 0); // off, or no web server
		}
		String base = "http://localhost:" + port + this.environment.getProperty("server.servlet.context-path", "");
		List<String> paths = paths();
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		long deadline = System.nanoTime() + budget.toNanos();
		int requests = 0;
		int failed = 0;
		for (int round = 0; round < rounds; round++) {
			int failedInRound = 0;
			for (String path : paths) {
				if (System.nanoTime() >= deadline || Thread.currentThread().isInterrupted()) {
					return new Outcome(requests, failed);
				}
				requests++;
				if (!ok(client, base + path)) {
					failed++;
					failedInRound++;
				}
			}
			if (failedInRound == paths.size()) {
				break; // the server does not answer: nothing to warm
			}
		}
		return new Outcome(requests, failed);
	}

	private static boolean ok(HttpClient client, String url) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "text/html")
			.header("Accept-Language", "nb")
			.GET()
			.build();
		try {
			return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (IOException ex) {
			log.debug("Warm-up request {} failed", url, ex);
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
