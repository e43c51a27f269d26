package no.symbiose.engine.goals;

import java.util.Objects;

/**
 * A goal for 2030 as its document states it.
 *
 * @param key stable key, e.g. {@code goal-1-co2}
 * @param number the goal's or mission's number in its document
 * @param source document and section, e.g. {@code 002 Målbilder, mål 1}
 */
public record Goal(String key, GoalKind kind, int number, String titleNb, String titleEn, String source) {

	public Goal {
		Objects.requireNonNull(kind, "kind");
		GoalCatalogue.requireText(key, "key");
		GoalCatalogue.requireText(titleNb, "title_nb");
		GoalCatalogue.requireText(titleEn, "title_en");
		GoalCatalogue.requireText(source, "source");
		if (number < 1) {
			throw new IllegalArgumentException("goal %s: number %d is not 1 or more".formatted(key, number));
		}
	}

}
