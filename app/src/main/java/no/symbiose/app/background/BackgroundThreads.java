package no.symbiose.app.background;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Threads for work nobody is waiting for: dashboards computed again after a change, the
 * symbiosis matching run again, the national report refreshed. They run at a lower
 * operating-system priority ({@code symbiose.background.nice}, default 10; 0 leaves them
 * as they are), so that on a busy machine the pages and API calls people wait for get the
 * cores first, while on an idle one the background work still runs at full speed. On two
 * cores under 50 users a run of the national matching took both cores for half a minute,
 * and pages slowed to seconds meanwhile ({@code docs/benchmarks.md}, "Load test").
 * <p>
 * Linux gives each thread its own nice value ({@code setpriority(2)} with the thread's
 * id); any process may lower its threads' priority, none may raise it again without
 * privileges, so a thread is lowered once, when it starts, and only threads made here
 * are. Where that is not possible (another system, no native access) the threads run at
 * normal priority and the platform says so once in its log.
 * <p>
 * A request that needs a result a background thread is computing waits for it; at nice 10
 * such a thread gets about a tenth of a busy core. The results' cache serves the previous
 * result meanwhile wherever it may ({@code DataVersionCache}), so that is rare.
 */
@Component
public class BackgroundThreads {

	private static final Logger log = LoggerFactory.getLogger(BackgroundThreads.class);

	/** The C library's {@code setpriority(2)}. */
	private interface CLibrary extends Library {

		int setpriority(int which, int who, int prio) throws LastErrorException;

	}

	/** {@code PRIO_PROCESS}: on Linux a thread id names that thread alone. */
	private static final int PRIO_PROCESS = 0;

	private static final AtomicBoolean WARNED = new AtomicBoolean();

	private static volatile @Nullable CLibrary libc;

	private final int nice;

	public BackgroundThreads(@Value("${symbiose.background.nice:10}") int nice) {
		if (nice < 0 || nice > 19) {
			throw new IllegalArgumentException(
					"symbiose.background.nice must be from 0 (normal priority) to 19 (lowest), not " + nice);
		}
		this.nice = nice;
	}

	/** Daemon threads of that name, at background priority. */
	public ThreadFactory named(String name) {
		return task -> {
			Thread thread = new Thread(() -> {
				lowerCurrentThread();
				task.run();
			}, name);
			thread.setDaemon(true);
			return thread;
		};
	}

	/**
	 * A fork-join pool of as many threads as there are cores, at background priority: a
	 * parallel stream started in one of its threads runs in it, not in the common pool of
	 * the requests.
	 */
	public ForkJoinPool pool(String name) {
		return new ForkJoinPool(Runtime.getRuntime().availableProcessors(), pool -> {
			ForkJoinWorkerThread thread = new ForkJoinWorkerThread(pool) {

				@Override
				protected void onStart() {
					super.onStart();
					lowerCurrentThread();
				}

			};
			thread.setName(name + "-" + thread.getPoolIndex());
			thread.setDaemon(true);
			return thread;
		}, null, false);
	}

	/**
	 * Gives the calling thread the background nice value.
	 * @return whether it has it now
	 */
	boolean lowerCurrentThread() {
		if (this.nice == 0) {
			return false;
		}
		try {
			Integer id = currentThreadId();
			if (id == null) {
				warnOnce("the thread's id cannot be read (not Linux)");
				return false;
			}
			library().setpriority(PRIO_PROCESS, id, this.nice);
			return true;
		}
		catch (LastErrorException | UnsatisfiedLinkError | NoClassDefFoundError ex) {
			warnOnce(ex.toString());
			return false;
		}
	}

	private static CLibrary library() {
		CLibrary loaded = libc;
		if (loaded == null) {
			loaded = Native.load("c", CLibrary.class);
			libc = loaded;
		}
		return loaded;
	}

	/**
	 * The calling thread's id on Linux, from {@code /proc/thread-self}, a link to
	 * {@code <pid>/task/<tid>}; null elsewhere.
	 */
	static @Nullable Integer currentThreadId() {
		try {
			Path link = Files.readSymbolicLink(Path.of("/proc/thread-self"));
			return Integer.valueOf(link.getFileName().toString());
		}
		catch (IOException | UnsupportedOperationException | NumberFormatException ex) {
			return null;
		}
	}

	private static void warnOnce(String reason) {
		if (WARNED.compareAndSet(false, true)) {
			log.info("Background work runs at normal priority: {}", reason);
		}
	}

}
