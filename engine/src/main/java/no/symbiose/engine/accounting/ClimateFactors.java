package no.symbiose.engine.accounting;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.registry.EnergyCarrier;

/**
 * The factors one climate account uses: combustion per fuel carrier (scope 1), and the
 * electricity grid's location-based and market-based factors (scope 2). A carrier without
 * a factor leaves its share unknown; nothing falls back to zero.
 *
 * @param gridLocationBased the grid's location-based factor; null when none is known for
 * the year, which leaves scope 2 of bought electricity unknown
 * @param districtHeat factor for district heat bought (scope 2), if any
 */
public record ClimateFactors(Map<EnergyCarrier, EmissionFactor> combustion, @Nullable EmissionFactor gridLocationBased,
		@Nullable EmissionFactor gridMarketBased, @Nullable EmissionFactor districtHeat) {

	public ClimateFactors {
		EnumMap<EnergyCarrier, EmissionFactor> copy = new EnumMap<>(EnergyCarrier.class);
		copy.putAll(combustion);
		if (copy.containsKey(EnergyCarrier.ELECTRICITY) || copy.containsKey(EnergyCarrier.DISTRICT_HEAT)) {
			throw new IllegalArgumentException("Electricity and district heat are bought energy (scope 2), not fuel");
		}
		combustion = Collections.unmodifiableMap(copy);
	}

	public Optional<EmissionFactor> combustion(EnergyCarrier carrier) {
		return Optional.ofNullable(this.combustion.get(carrier));
	}

}
