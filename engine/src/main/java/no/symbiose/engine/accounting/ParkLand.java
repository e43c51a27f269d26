package no.symbiose.engine.accounting;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.registry.BuildingUse;
import no.symbiose.engine.registry.CountyNumber;
import no.symbiose.engine.registry.LandUse;
import no.symbiose.engine.registry.ParkKey;
import no.symbiose.engine.registry.RuleViolation;

/**
 * A park's own land and building figures as the registry holds them, and the year they
 * describe. Figures without a year are shown with the park but added to no year's sums: a
 * snapshot of unknown date would mix years.
 *
 * @param figuresYear the year the figures describe; null = not stated
 */
public record ParkLand(ParkKey park, String name, @Nullable CountyNumber county, @Nullable Integer figuresYear,
		LandUse land, BuildingUse buildings, @Nullable String source) {

	public ParkLand {
		if (figuresYear != null) {
			requireYear(figuresYear);
		}
	}

	/**
	 * The year of a park's land figures lies in 1990–2100, as every year of the registry.
	 */
	public static int requireYear(int year) {
		if (year < 1990 || year > 2100) {
			throw new RuleViolation("registry.year.range", "Year %d is outside 1990–2100".formatted(year),
					String.valueOf(year));
		}
		return year;
	}

	/** At least one land or building figure is known. */
	public boolean hasFigures() {
		return this.land.total() != null || this.land.used() != null || this.land.freeZoned() != null
				|| this.buildings.total() != null || this.buildings.used() != null;
	}

	/** Has figures, and they describe the year. */
	public boolean hasFiguresFor(int year) {
		return hasFigures() && this.figuresYear != null && this.figuresYear == year;
	}

}
