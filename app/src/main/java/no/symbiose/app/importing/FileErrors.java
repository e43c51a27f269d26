package no.symbiose.app.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The errors of one file: keeps the first {@code limit} in the order found and counts the
 * rest, so a file with a million bad rows cannot exhaust memory.
 */
final class FileErrors {

	private final int limit;

	private final List<Problem> kept = new ArrayList<>();

	private long dropped;

	FileErrors(int limit) {
		this.limit = limit;
	}

	void add(Problem problem) {
		if (this.kept.size() < this.limit) {
			this.kept.add(problem);
		}
		else {
			this.dropped++;
		}
	}

	void addCounted(List<Problem> problems, long total) {
		problems.forEach(this::add);
		this.dropped += Math.max(0, total - problems.size());
	}

	boolean isEmpty() {
		return this.kept.isEmpty() && this.dropped == 0;
	}

	/** By row, then column order of discovery. */
	List<Problem> kept() {
		List<Problem> sorted = new ArrayList<>(this.kept);
		sorted.sort(Comparator.comparingLong(Problem::row));
		return sorted;
	}

	long dropped() {
		return this.dropped;
	}

}
