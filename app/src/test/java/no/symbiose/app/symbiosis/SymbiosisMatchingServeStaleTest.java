package no.symbiose.app.symbiosis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures.Row;
import no.symbiose.app.background.ThreadNice;
import no.symbiose.app.security.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@link SymbiosisMatching} with {@code symbiose.results.serve-stale=true}, as in
 * production: after a change of the data callers get the previous run at once, and the
 * new one once the background thread has computed it. Given, as in
 * {@link SymbiosisCandidatesApiTest}: a steelworks with slag (2 000 t/yr) and, about 10
 * km north, a cement works; a need for clinker there makes the candidate
 * {@code s<slag>>d<need>:slag-to-cement}.
 */
@IntegrationTest
@TestPropertySource(properties = { "symbiose.results.serve-stale=true", "symbiose.results.refresh-interval=0s",
		"symbiose.matching.refresh-interval=0s" })
class SymbiosisMatchingServeStaleTest {

	private static final Duration AT_MOST = Duration.ofSeconds(30);

	@Autowired
	SymbiosisMatching matching;

	@Autowired
	CandidateViews views;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	PlatformTransactionManager transactions;

	SymbiosisFixtures fixtures;

	Row steelworks;

	Row cementWorks;

	@BeforeEach
	void givenASteelworksAndACementWorks() {
		this.fixtures = new SymbiosisFixtures(this.jdbc);
		this.steelworks = this.fixtures.aCompanyAt("Testståleverk", 59.10, 9.60);
		this.cementWorks = this.fixtures.aCompanyAt("Testsementfabrikk", 59.19, 9.60);
	}

	@Test
	void servesThePreviousRunAtOnceAndTheNewOneOnceTheBackgroundHasComputedIt() {
		long slag = this.fixtures.slag(this.steelworks, 2000, "private");
		MatchRun before = settled();
		assertThat(before.streams()).containsKey("s" + slag);

		long need = this.fixtures.clinkerNeed(this.cementWorks, 1500, "private");
		String candidateId = "s" + slag + ">d" + need + ":slag-to-cement";
		MatchRun first = this.matching.current();

		assertThat(first).as("the first call after the change gets the previous run").isSameAs(before);
		assertThat(first.candidate(candidateId)).isEmpty();
		MatchRun later = awaitRun(run -> run.candidate(candidateId).isPresent());
		assertThat(later).isNotSameAs(before);
		assertThat(later.computedAt()).isAfterOrEqualTo(before.computedAt());
		assertThat(later.candidate(candidateId).orElseThrow().demand().id()).isEqualTo("d" + need);
		assertThat(this.matching.generation()).isGreaterThan(0);
	}

	@Test
	void aBackgroundRunIsComputedInThreadsOfBackgroundPriority() throws IOException {
		this.fixtures.slag(this.steelworks, 2000, "private");
		settled();
		long need = this.fixtures.clinkerNeed(this.cementWorks, 1500, "private");
		this.matching.current();
		awaitRun(run -> run.streams().containsKey("d" + need));

		// the pool's workers live on for a minute after a run
		assertThat(Thread.getAllStackTraces().keySet()).map(Thread::getName)
			.as("the run's pool, not the requests' common pool")
			.anyMatch(name -> name.startsWith("symbiose-matching-worker-"));
		Path tasks = Path.of("/proc/self/task");
		if (Files.isDirectory(tasks)) {
			// a test run already at a lower priority keeps it: none may raise its own
			int expected = Math.max(10, ThreadNice.of(Path.of("/proc/thread-self")));
			List<Integer> nices = new ArrayList<>();
			try (Stream<Path> threads = Files.list(tasks)) {
				for (Path thread : threads.toList()) {
					// the system's thread name is the first 15 characters of Java's
					if (Files.readString(thread.resolve("comm")).startsWith("symbiose-matchi")) {
						nices.add(ThreadNice.of(thread));
					}
				}
			}
			assertThat(nices).as("symbiose.background.nice of the scheduler and the workers").hasSizeGreaterThan(1);
			assertThat(nices).containsOnly(expected);
		}
	}

	@Test
	void aWriteToATableTheMatchingDoesNotReadKeepsTheRun() {
		this.fixtures.slag(this.steelworks, 2000, "private");
		MatchRun before = settled();
		long generation = this.matching.generation();

		// a new user: the database's snapshot changes, the matching's fingerprint does
		// not
		this.fixtures.registry().reporter(this.steelworks);
		MatchRun first = this.matching.current();
		awaitIdle();

		assertThat(first).isSameAs(before);
		assertThat(this.matching.current()).as("the background checked the fingerprint and kept the run")
			.isSameAs(before);
		assertThat(this.matching.generation()).isEqualTo(generation);
	}

	@Test
	void aStreamMadePrivateIsNeverServedFromThePreviousRun() {
		long slag = this.fixtures.slag(this.steelworks, 2000, "public");
		this.fixtures.clinkerNeed(this.cementWorks, 1500, "public");
		MatchRun before = settled();

		// the update takes access away: the access epoch changes (V12)
		this.jdbc.sql("update stream set confidentiality = 'private', version = version + 1 where id = :id")
			.param("id", slag)
			.update();
		MatchRun first = this.matching.current();

		assertThat(before.stream("s" + slag).confidentiality()).isEqualTo("public");
		assertThat(first).as("computed while the caller waits, not the previous run").isNotSameAs(before);
		assertThat(first.stream("s" + slag).confidentiality()).isEqualTo("private");
	}

	@Test
	void aCandidateWhoseStreamWasDeletedIsNotShownFromThePreviousRun() {
		long slag = this.fixtures.slag(this.steelworks, 2000, "public");
		long need = this.fixtures.clinkerNeed(this.cementWorks, 1500, "public");
		String candidateId = "s" + slag + ">d" + need + ":slag-to-cement";
		MatchRun before = settled();
		assertThat(anonymouslyShown()).contains(candidateId);

		// a deletion takes nobody's access away: the previous run may be served
		this.jdbc.sql("delete from stream where id = :id").param("id", need).update();
		List<String> shownFromThePreviousRun = anonymouslyShown();

		assertThat(before.candidate(candidateId)).as("the previous run has the candidate").isPresent();
		assertThat(shownFromThePreviousRun).doesNotContain(candidateId);
		MatchRun later = awaitRun(run -> run != before);
		assertThat(later.candidate(candidateId)).isEmpty();
	}

	@Test
	void aRunComputedInATransactionThatWroteIsNotKept() {
		long slag = this.fixtures.slag(this.steelworks, 2000, "private");
		MatchRun before = settled();
		long generation = this.matching.generation();

		String candidateId = new TransactionTemplate(this.transactions).execute(status -> {
			long need = this.fixtures.clinkerNeed(this.cementWorks, 1500, "private");
			String id = "s" + slag + ">d" + need + ":slag-to-cement";
			assertThat(this.matching.current().candidate(id)).as("the writer sees its own stream").isPresent();
			status.setRollbackOnly();
			return id;
		});
		MatchRun afterRollback = this.matching.current();
		awaitIdle();

		assertThat(afterRollback).as("not the writer's run, which has the rolled-back stream").isSameAs(before);
		assertThat(afterRollback.candidate(candidateId)).isEmpty();
		assertThat(this.matching.current()).isSameAs(before);
		assertThat(this.matching.generation()).isEqualTo(generation);
	}

	@Test
	void aFailedBackgroundRunKeepsThePreviousRunAndIsTriedAgainOnlyAfterTheNextChange() {
		this.fixtures.slag(this.steelworks, 2000, "private");
		MatchRun before = settled();
		// a rule without columns: reading the knowledge base fails, so does the run
		this.jdbc.sql("insert into symbiosis_rule (rule_id, columns, created_by) values ('test-broken', '{}', 'test')")
			.update();
		try {
			MatchRun first = this.matching.current();
			awaitIdle();
			MatchRun afterTheFailure = this.matching.current();

			assertThat(first).isSameAs(before);
			assertThat(afterTheFailure).isSameAs(before);
			assertThat(this.matching.recomputing()).as("not tried again while the data stay as they were").isFalse();
		}
		finally {
			this.jdbc.sql("delete from symbiosis_rule where rule_id = 'test-broken'").update();
		}
		long need = this.fixtures.clinkerNeed(this.cementWorks, 1500, "private");
		MatchRun later = awaitRun(run -> run.streams().containsKey("d" + need));
		assertThat(later).isNotSameAs(before);
	}

	@Test
	void theCandidatesPageSaysWhenItsRunWasComputed() throws Exception {
		MatchRun run = settled();

		this.mvc.perform(get("/muligheter"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("candidatesComputedAt", run.computedAt()))
			.andExpect(model().attribute("candidatesRecomputing", false));
	}

	private List<String> anonymouslyShown() {
		return this.views.list(Viewer.anonymous(), CandidateFilter.NONE, Locale.forLanguageTag("nb"))
			.stream()
			.map(CandidateView::id)
			.toList();
	}

	/** The run once no computation is under way and it is confirmed current. */
	private MatchRun settled() {
		this.matching.current();
		awaitIdle();
		this.matching.current();
		awaitIdle();
		return this.matching.current();
	}

	private void awaitIdle() {
		long deadline = System.nanoTime() + AT_MOST.toNanos();
		while (this.matching.recomputing()) {
			assertThat(System.nanoTime()).as("the background run ends within %s", AT_MOST).isLessThan(deadline);
			pause();
		}
	}

	private MatchRun awaitRun(Predicate<MatchRun> wanted) {
		long deadline = System.nanoTime() + AT_MOST.toNanos();
		while (true) {
			MatchRun run = this.matching.current();
			if (wanted.test(run)) {
				return run;
			}
			assertThat(System.nanoTime()).as("a wanted run within %s", AT_MOST).isLessThan(deadline);
			pause();
		}
	}

	private static void pause() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
