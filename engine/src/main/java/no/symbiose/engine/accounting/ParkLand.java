package no.symbiose.engine.accounting;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.registry.BuildingUse;
import no.symbiose.engine.registry.CountyNumber;
import no.symbiose.engine.registry.LandUse;
import no.symbiose.engine.registry.ParkKey;

/**
 * A park's own land and building figures as the registry holds them, and the year they
 * describe. Figures without a year are shown with the park but added to no year's sums: a
 * snapshot of unknown date would mix years.
 *
 * @param figuresYear the year the figures describe; null = not stated
 */
public record ParkLand(ParkKey park, String name, @Nullable CountyNumber county, @Nullable Integer figuresYear,
		LandUse land, BuildingUse buildings, @Nullable String source) {

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
