package no.symbiose.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Times a piece of work: some warm-up runs (not counted, they let the JIT compile), then
 * timed runs, reporting the median and the minimum. The machine's load average is read
 * before and after, because other builds share it.
 */
final class Timing {

	record Result<T>(T last, double medianSeconds, double minSeconds, int runs, String load) {
	}

	private Timing() {
	}

	static <T> Result<T> measure(int warmups, int runs, Supplier<T> work) {
		String before = load();
		for (int i = 0; i < warmups; i++) {
			work.get();
		}
		double[] seconds = new double[runs];
		T last = null;
		for (int i = 0; i < runs; i++) {
			last = null;
			System.gc();
			long t0 = System.nanoTime();
			last = work.get();
			seconds[i] = (System.nanoTime() - t0) / 1e9;
		}
		Arrays.sort(seconds);
		double median = runs % 2 == 1 ? seconds[runs / 2] : (seconds[runs / 2 - 1] + seconds[runs / 2]) / 2;
		return new Result<>(last, median, seconds[0], runs, before + " → " + load());
	}

	/** The 1-minute load average from /proc/loadavg, or "?" where there is none. */
	static String load() {
		try {
			List<String> parts = new ArrayList<>(Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")));
			return parts.get(0);
		}
		catch (IOException | RuntimeException ex) {
			return "?";
		}
	}

}
