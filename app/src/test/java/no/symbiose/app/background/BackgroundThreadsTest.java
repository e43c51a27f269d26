package no.symbiose.app.background;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class BackgroundThreadsTest {

	@BeforeAll
	static void onLinuxAtNormalPriority() throws IOException {
		assumeTrue(Files.exists(Path.of("/proc/thread-self/stat")), "threads' nice values are read from /proc");
		// a test run that is itself niced may not go back to 10
		assumeTrue(niceOfCurrentThread() < 10, "the tests run at nice 10 or lower already");
	}

	@Test
	void aNamedThreadRunsAtTheBackgroundNiceValueAndTheCallerDoesNot() throws Exception {
		int callers = niceOfCurrentThread();
		ExecutorService executor = Executors
			.newSingleThreadExecutor(new BackgroundThreads(10).named("test-background"));
		try {
			String[] name = new String[1];
			int nice = executor.submit(() -> {
				name[0] = Thread.currentThread().getName();
				return niceOfCurrentThread();
			}).get(10, TimeUnit.SECONDS);
			assertThat(nice).isEqualTo(10);
			assertThat(name[0]).isEqualTo("test-background");
			assertThat(niceOfCurrentThread()).isEqualTo(callers);
		}
		finally {
			executor.shutdownNow();
		}
	}

	@Test
	void aParallelStreamStartedInThePoolRunsInItsLoweredThreads() throws Exception {
		ForkJoinPool pool = new BackgroundThreads(7).pool("test-workers");
		try {
			int[] nices = pool.submit(() -> IntStream.range(0, 64).parallel().map(i -> {
				assertThat(Thread.currentThread().getName()).startsWith("test-workers-");
				return niceOfCurrentThreadUnchecked();
			}).distinct().toArray()).get(10, TimeUnit.SECONDS);
			assertThat(nices).containsExactly(7);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void zeroLeavesThePriorityAlone() throws Exception {
		int callers = niceOfCurrentThread();
		int nice = CompletableFuture
			.supplyAsync(BackgroundThreadsTest::niceOfCurrentThreadUnchecked,
					Executors.newSingleThreadExecutor(new BackgroundThreads(0).named("test-normal")))
			.get(10, TimeUnit.SECONDS);
		assertThat(nice).isEqualTo(callers);
	}

	@Test
	void aNiceValueOutsideZeroToNineteenIsRefusedWithTheSettingsName() {
		assertThatIllegalArgumentException().isThrownBy(() -> new BackgroundThreads(-5))
			.withMessageContaining("symbiose.background.nice");
		assertThatIllegalArgumentException().isThrownBy(() -> new BackgroundThreads(20))
			.withMessageContaining("symbiose.background.nice");
	}

	static int niceOfCurrentThread() throws IOException {
		return ThreadNice.of(Path.of("/proc/thread-self"));
	}

	private static int niceOfCurrentThreadUnchecked() {
		try {
			return niceOfCurrentThread();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
