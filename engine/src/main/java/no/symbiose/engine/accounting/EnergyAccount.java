package no.symbiose.engine.accounting;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.registry.CompanyKey;
import no.symbiose.engine.registry.EnergyCarrier;
import no.symbiose.engine.units.Kilowatts;
import no.symbiose.engine.units.MegawattHours;

/**
 * A company's energy account for one year: use by carrier, self-produced electricity,
 * utilisation hours of its grid connection, and heat recovered from its excess heat (the
 * parks' goal 2, "higher utilisation of total energy"). Unknown figures are null; a
 * carrier missing from {@link #use()} is unknown, not zero.
 *
 * @param selfProducedShare self-produced electricity / electricity use (a fraction; above
 * 1 when the company produces more than it uses)
 * @param utilisationHours electricity use (MWh) / peak power (MW): the hours the
 * connection would need at full peak to deliver the year's electricity ("brukstid")
 */
public record EnergyAccount(CompanyKey company, int year, Map<EnergyCarrier, MegawattHours> use,
		@Nullable MegawattHours selfProducedElectricity, @Nullable Double selfProducedShare,
		@Nullable Kilowatts peakPower, @Nullable String transformerId, @Nullable Double utilisationHours,
		HeatRecovery heatRecovery, EnergySources sources) {

	public EnergyAccount {
		EnumMap<EnergyCarrier, MegawattHours> copy = new EnumMap<>(EnergyCarrier.class);
		copy.putAll(use);
		use = Collections.unmodifiableMap(copy);
	}

	/** The sum over the carriers reported; carriers not reported are unknown. */
	public MegawattHours reportedTotal() {
		return this.use.values().stream().reduce(MegawattHours.ZERO, MegawattHours::plus);
	}

	/**
	 * Excess heat put to use through realised heat synergies against the excess heat the
	 * company declares.
	 *
	 * @param recovered heat delivered through realised heat synergies that year; zero
	 * when there were none
	 * @param available the year's excess-heat streams; null when none is declared or one
	 * has no quantity
	 * @param efficiency recovered / available
	 */
	public record HeatRecovery(@Nullable MegawattHours recovered, @Nullable MegawattHours available,
			@Nullable Double efficiency) {
	}

	/** Why a split of energy by source (ESRS E1-5) cannot be made. */
	public enum SourceGap {

		/**
		 * Electricity or district heat bought: the registry does not record the
		 * supplier's disclosure or guarantees of origin, so its sources are unknown.
		 */
		PURCHASED_MIX_UNKNOWN,
		/** Hydrogen used: the registry does not say whether it was made from gas. */
		HYDROGEN_ORIGIN_UNKNOWN,
		/**
		 * Electricity produced on site: the registry does not say from what (own fuels,
		 * excess heat, sun, water).
		 */
		SELF_PRODUCED_ORIGIN_UNKNOWN

	}

	/**
	 * Energy consumption by source after ESRS E1-5 §37–38, over the carriers reported.
	 * Coal and coke, oil products and natural gas are fossil; biomass is a renewable
	 * fuel. A figure that depends on a source the registry does not know is null, and
	 * {@link #gaps()} says why.
	 *
	 * @param fossil fossil fuels + the fossil part of energy bought
	 * @param nuclear the nuclear part of energy bought
	 * @param renewable renewable fuels + the renewable part of energy bought +
	 * self-produced non-fuel renewable energy
	 * @param renewableFuel biomass
	 */
	public record EnergySources(@Nullable MegawattHours fossil, @Nullable MegawattHours nuclear,
			@Nullable MegawattHours renewable, @Nullable MegawattHours renewableFuel, @Nullable Double fossilShare,
			@Nullable Double renewableShare, Set<SourceGap> gaps) {

		public EnergySources {
			gaps = gaps.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(gaps));
		}

	}

}
