package no.symbiose.app.background;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A Linux thread's nice value, as the tests read it. */
public final class ThreadNice {

	private ThreadNice() {
	}

	/**
	 * Field 19 of the thread's {@code stat} ({@code /proc/thread-self} or
	 * {@code /proc/self/task/<tid>}); the name before it may hold spaces.
	 */
	public static int of(Path thread) throws IOException {
		String stat = Files.readString(thread.resolve("stat"));
		return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[19 - 3]);
	}

}
