package no.symbiose.engine.accounting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.registry.EnergyCarrier;
import no.symbiose.engine.registry.YearlyFacts;
import no.symbiose.engine.units.MegawattHours;
import no.symbiose.engine.units.TonnesCo2e;

/**
 * Works out a company's climate account from its yearly facts and the factors, after the
 * GHG Protocol Corporate Standard:
 * <ul>
 * <li>Scope 1: the reported direct emissions where there are any; otherwise the sum of
 * fuel use × combustion factor (natural gas, oil products, coal and coke, hydrogen).
 * Biomass is biogenic: kept out of the scopes and shown apart. A fuel without a factor
 * makes a calculated scope 1 unknown rather than too small.</li>
 * <li>Scope 2: electricity bought (use minus self-produced) × the grid factor,
 * location-based and market-based, plus district heat × its factor where there is
 * one.</li>
 * <li>Scope 3 category 4: the transport of side streams received through realised
 * synergies, worked out by {@link UpstreamTransport} and passed in.</li>
 * <li>Change against the baseline: scope 1 + scope 2 location-based, against the same of
 * the baseline year.</li>
 * </ul>
 */
public final class ClimateAccounting {

	private ClimateAccounting() {
	}

	/**
	 * @param upstreamTransport scope 3 category 4 of the same company and year
	 * @param baseline the baseline year's account, if there is one
	 */
	public static ClimateAccount of(YearlyFacts facts, ClimateFactors factors,
			ClimateAccount.UpstreamTransportAccount upstreamTransport, @Nullable ClimateAccount baseline) {
		ClimateAccount.Scope1 scope1 = scope1(facts, factors);
		ClimateAccount.Scope2 scope2 = scope2(facts, factors);
		ClimateAccount account = new ClimateAccount(facts.company(), facts.year(), scope1, scope2, upstreamTransport,
				null, null);
		if (baseline == null) {
			return account;
		}
		TonnesCo2e now = account.scope1And2LocationBased();
		TonnesCo2e then = baseline.scope1And2LocationBased();
		Double change = now == null || then == null || then.value() == 0 ? null
				: (now.value() - then.value()) / then.value();
		return new ClimateAccount(facts.company(), facts.year(), scope1, scope2, upstreamTransport, baseline.year(),
				change);
	}

	private static ClimateAccount.Scope1 scope1(YearlyFacts facts, ClimateFactors factors) {
		List<ClimateAccount.Line> lines = new ArrayList<>();
		List<EnergyCarrier> withoutFactor = new ArrayList<>();
		MegawattHours biogenic = null;
		double calculated = 0;
		for (Map.Entry<EnergyCarrier, MegawattHours> use : facts.energyUse().entrySet()) {
			EnergyCarrier carrier = use.getKey();
			if (carrier == EnergyCarrier.ELECTRICITY || carrier == EnergyCarrier.DISTRICT_HEAT) {
				continue;
			}
			if (carrier == EnergyCarrier.BIOMASS) {
				biogenic = use.getValue();
				continue;
			}
			EmissionFactor factor = factors.combustion(carrier).orElse(null);
			if (factor == null) {
				withoutFactor.add(carrier);
				continue;
			}
			TonnesCo2e emissions = tonnes(use.getValue(), factor);
			lines.add(new ClimateAccount.Line(carrier, use.getValue(), factor, emissions));
			calculated += emissions.value();
		}
		if (facts.directEmissions() != null) {
			return new ClimateAccount.Scope1(ClimateAccount.Method.REPORTED, facts.directEmissions(), lines, biogenic,
					withoutFactor);
		}
		if (!withoutFactor.isEmpty() || lines.isEmpty()) {
			return new ClimateAccount.Scope1(ClimateAccount.Method.UNKNOWN, null, lines, biogenic, withoutFactor);
		}
		return new ClimateAccount.Scope1(ClimateAccount.Method.CALCULATED_FROM_FUEL, TonnesCo2e.of(calculated), lines,
				biogenic, withoutFactor);
	}

	private static ClimateAccount.Scope2 scope2(YearlyFacts facts, ClimateFactors factors) {
		MegawattHours electricity = facts.energyUse().get(EnergyCarrier.ELECTRICITY);
		MegawattHours heat = facts.energyUse().get(EnergyCarrier.DISTRICT_HEAT);
		if (electricity == null && heat == null) {
			return new ClimateAccount.Scope2(null, null, List.of(), List.of());
		}
		List<ClimateAccount.Line> location = new ArrayList<>();
		List<ClimateAccount.Line> market = new ArrayList<>();
		boolean heatUnknown = false;
		if (electricity != null) {
			MegawattHours own = facts.selfProducedElectricity();
			// Self-produced electricity used on site is not bought; it cannot make
			// purchases negative.
			MegawattHours bought = own == null ? electricity
					: MegawattHours.of(Math.max(0, electricity.value() - own.value()));
			if (factors.gridLocationBased() != null) {
				location.add(line(EnergyCarrier.ELECTRICITY, bought, factors.gridLocationBased()));
			}
			if (factors.gridMarketBased() != null) {
				market.add(line(EnergyCarrier.ELECTRICITY, bought, factors.gridMarketBased()));
			}
		}
		if (heat != null) {
			if (factors.districtHeat() == null) {
				heatUnknown = true;
			}
			else {
				location.add(line(EnergyCarrier.DISTRICT_HEAT, heat, factors.districtHeat()));
				market.add(line(EnergyCarrier.DISTRICT_HEAT, heat, factors.districtHeat()));
			}
		}
		TonnesCo2e locationTotal = heatUnknown || (electricity != null && factors.gridLocationBased() == null) ? null
				: sum(location);
		TonnesCo2e marketTotal = heatUnknown || (electricity != null && factors.gridMarketBased() == null) ? null
				: sum(market);
		return new ClimateAccount.Scope2(locationTotal, marketTotal, location, market);
	}

	private static ClimateAccount.Line line(EnergyCarrier carrier, MegawattHours energy, EmissionFactor factor) {
		return new ClimateAccount.Line(carrier, energy, factor, tonnes(energy, factor));
	}

	private static TonnesCo2e sum(List<ClimateAccount.Line> lines) {
		double total = 0;
		for (ClimateAccount.Line line : lines) {
			total += line.emissions().value();
		}
		return TonnesCo2e.of(total);
	}

	private static TonnesCo2e tonnes(MegawattHours energy, EmissionFactor factor) {
		return TonnesCo2e.of(energy.value() * factor.kgCo2ePerMwh() / 1000.0);
	}

}
