package no.symbiose.engine.accounting;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.accounting.EnergyAccount.EnergySources;
import no.symbiose.engine.accounting.EnergyAccount.HeatRecovery;
import no.symbiose.engine.accounting.EnergyAccount.SourceGap;
import no.symbiose.engine.registry.EnergyCarrier;
import no.symbiose.engine.registry.YearlyFacts;
import no.symbiose.engine.units.MegawattHours;

/**
 * Works out a company's energy account from its yearly facts, its excess-heat streams and
 * the heat it delivered through realised synergies:
 * <ul>
 * <li>use by carrier as reported;</li>
 * <li>share of self-produced electricity = self-produced / electricity use;</li>
 * <li>utilisation hours ("brukstid") = electricity use (MWh) × 1 000 / peak power (kW);
 * for a transformer shared by several companies see {@link TransformerLoad};</li>
 * <li>thermal recovery efficiency = heat delivered through realised heat synergies (MWh)
 * / excess heat available (the year's excess-heat streams, MWh/yr);</li>
 * <li>energy by source after ESRS E1-5, where every reported carrier has a known
 * source.</li>
 * </ul>
 */
public final class EnergyAccounting {

	private static final Set<EnergyCarrier> FOSSIL_FUELS = EnumSet.of(EnergyCarrier.COAL_AND_COKE,
			EnergyCarrier.OIL_PRODUCTS, EnergyCarrier.NATURAL_GAS);

	private EnergyAccounting() {
	}

	/**
	 * @param excessHeat the company's excess-heat streams of the year, each null when its
	 * quantity is unknown
	 * @param heatDelivered heat the company delivered through realised heat synergies
	 * that year
	 */
	public static EnergyAccount of(YearlyFacts facts, List<Optional<MegawattHours>> excessHeat,
			MegawattHours heatDelivered) {
		Map<EnergyCarrier, MegawattHours> use = facts.energyUse();
		MegawattHours electricity = use.get(EnergyCarrier.ELECTRICITY);
		MegawattHours own = facts.selfProducedElectricity();
		Double ownShare = electricity == null || own == null || electricity.value() == 0 ? null
				: own.value() / electricity.value();
		Double hours = electricity == null || facts.peakPower() == null || facts.peakPower().value() == 0 ? null
				: electricity.value() * 1000 / facts.peakPower().value();
		return new EnergyAccount(facts.company(), facts.year(), use, own, ownShare, facts.peakPower(),
				facts.transformerId(), hours, heatRecovery(excessHeat, heatDelivered), sources(facts));
	}

	private static HeatRecovery heatRecovery(List<Optional<MegawattHours>> excessHeat,
			@Nullable MegawattHours delivered) {
		MegawattHours available = excessHeat.isEmpty() || excessHeat.stream().anyMatch(Optional::isEmpty) ? null
				: excessHeat.stream().map(Optional::orElseThrow).reduce(MegawattHours.ZERO, MegawattHours::plus);
		Double efficiency = delivered == null || available == null || available.value() == 0 ? null
				: delivered.value() / available.value();
		return new HeatRecovery(delivered, available, efficiency);
	}

	/**
	 * ESRS E1-5 by source. The split is made only when every reported carrier has a known
	 * source; otherwise fossil, nuclear and renewable stay unknown and the gaps say why.
	 * Biomass alone (renewable fuel, E1-5 §37(c)(i)) is always known when reported.
	 */
	static EnergySources sources(YearlyFacts facts) {
		Map<EnergyCarrier, MegawattHours> use = facts.energyUse();
		Set<SourceGap> gaps = EnumSet.noneOf(SourceGap.class);
		MegawattHours own = facts.selfProducedElectricity();
		MegawattHours electricity = use.get(EnergyCarrier.ELECTRICITY);
		double bought = electricity == null ? 0 : Math.max(0, electricity.value() - (own == null ? 0 : own.value()));
		if (bought > 0 || positive(use.get(EnergyCarrier.DISTRICT_HEAT))) {
			gaps.add(SourceGap.PURCHASED_MIX_UNKNOWN);
		}
		if (positive(use.get(EnergyCarrier.HYDROGEN))) {
			gaps.add(SourceGap.HYDROGEN_ORIGIN_UNKNOWN);
		}
		if (positive(own)) {
			gaps.add(SourceGap.SELF_PRODUCED_ORIGIN_UNKNOWN);
		}
		MegawattHours biomass = use.get(EnergyCarrier.BIOMASS);
		if (!gaps.isEmpty()) {
			return new EnergySources(null, null, null, biomass, null, null, gaps);
		}
		double fossil = 0;
		for (EnergyCarrier carrier : FOSSIL_FUELS) {
			MegawattHours amount = use.get(carrier);
			fossil += amount == null ? 0 : amount.value();
		}
		double renewable = biomass == null ? 0 : biomass.value();
		double total = facts.totalEnergyUse().value();
		return new EnergySources(MegawattHours.of(fossil), MegawattHours.ZERO, MegawattHours.of(renewable), biomass,
				total == 0 ? null : fossil / total, total == 0 ? null : renewable / total, gaps);
	}

	private static boolean positive(@Nullable MegawattHours energy) {
		return energy != null && energy.value() > 0;
	}

}
