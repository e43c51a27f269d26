package no.symbiose.app.api;

import java.util.List;

/** One page of a list, pages numbered from 0. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

	public static final int DEFAULT_SIZE = 50;

	public static final int MAX_SIZE = 500;

	public static <T> PageResponse<T> of(List<T> items, int page, int size, long totalItems) {
		return new PageResponse<>(items, page, size, totalItems, size == 0 ? 0 : (totalItems + size - 1) / size);
	}

	/** Rejects a page below 0 or a size outside 1–500, naming both problems at once. */
	public static void checkPaging(int page, int size) {
		List<FieldProblem> problems = new java.util.ArrayList<>();
		if (page < 0) {
			problems.add(FieldProblem.of("page", page, "problem.field.pageNegative"));
		}
		if (size < 1 || size > MAX_SIZE) {
			problems.add(FieldProblem.of("size", size, "problem.field.sizeRange", MAX_SIZE));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
