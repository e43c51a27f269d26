package no.symbiose.bench;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.registry.GeoPoint;

/**
 * One row of the Hotmaps Industrial Database (Manz &amp; Fleiter, Fraunhofer ISI, 2018,
 * CC BY 4.0). Energy figures in GWh per year as published; {@code null} where the file
 * has no value.
 *
 * @param excessHeat100To200Gwh excess heat potential 100–200 °C
 * @param excessHeat200To500Gwh excess heat potential 200–500 °C
 * @param excessHeatAbove500Gwh excess heat potential above 500 °C
 */
record HotmapsSite(int siteId, String subsector, @Nullable GeoPoint location, @Nullable Double fuelDemandGwh,
		@Nullable Double excessHeat100To200Gwh, @Nullable Double excessHeat200To500Gwh,
		@Nullable Double excessHeatAbove500Gwh) {

}
