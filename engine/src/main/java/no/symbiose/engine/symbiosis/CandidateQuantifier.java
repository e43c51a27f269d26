package no.symbiose.engine.symbiosis;

import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.registry.Availability;
import no.symbiose.engine.registry.AvailabilityKind;
import no.symbiose.engine.registry.MaterialClass;
import no.symbiose.engine.units.AnnualQuantity;
import no.symbiose.engine.units.FlowUnit;
import no.symbiose.engine.units.KgCo2e;
import no.symbiose.engine.units.Nok;

/**
 * Checks one supply–demand pair under one rule and works out its figures: the quantity
 * exchanged, CO2e avoided and added, value, costs and payback, with an explanation.
 *
 * <p>
 * Conventions: material is counted in tonnes (gases and liquids through the density
 * factors), heat in MWh delivered. Quantities overlap in time: a stream available in some
 * months offers its yearly amount spread evenly over those months. Transport emissions
 * are tonnes × km × the mode's factor, road km being the great-circle distance × the
 * detour factor; rail and ship use the great-circle distance, which understates their
 * route. Heat below the demand's temperature plus the margin is lifted by a heat pump
 * with COP = Carnot efficiency × T_sink / (T_sink − T_source) in kelvin, within the
 * pump's largest lift and sink temperature; its electricity is counted against the CO2e
 * avoided.
 */
public final class CandidateQuantifier {

	private static final double HOURS_PER_MONTH = 8760.0 / 12;

	private static final double KELVIN = 273.15;

	private final FactorTable factors;

	public CandidateQuantifier(FactorTable factors) {
		this.factors = factors;
	}

	/** Why a pair that the rule's classes allow is still not a candidate. */
	public enum Refusal {

		TOO_FAR, SEASONS_DO_NOT_OVERLAP, NOTHING_TO_EXCHANGE, HEAT_TOO_COLD, NO_LOCATION

	}

	/** A candidate, or the reason there is none. */
	public sealed interface Assessment permits Accepted, Refused {

	}

	public record Accepted(Candidate candidate) implements Assessment {
	}

	public record Refused(Refusal refusal) implements Assessment {
	}

	/**
	 * Assesses the pair. The rule's selectors are assumed to match already (the generator
	 * checks them through its index); distance is the great-circle distance in km, or 0
	 * within one company.
	 */
	public Assessment assess(MatchStream supply, MatchStream demand, SymbiosisRule rule, double distanceKm) {
		Set<CandidateFlag> flags = EnumSet.noneOf(CandidateFlag.class);
		List<Explanation.Step> steps = new ArrayList<>();
		boolean sameCompany = supply.company().equals(demand.company());
		TransportMode mode = null;
		if (sameCompany) {
			flags.add(CandidateFlag.SAME_COMPANY);
			steps.add(step("sameCompany"));
			distanceKm = 0;
		}
		else {
			mode = mode(rule, distanceKm);
			if (mode == null) {
				return new Refused(Refusal.TOO_FAR);
			}
			steps.add(step("distance", round(distanceKm, 1), mode.key(),
					round(rule.maxDistanceKm(mode).orElseThrow(), 0)));
		}
		if (demand.isImplicit()) {
			flags.add(CandidateFlag.IMPLICIT_DEMAND);
			steps.add(step("implicitDemand", rule.receivingNb(), rule.receivingEn()));
		}
		double seasonShareSupply;
		double seasonShareDemand;
		Set<Month> overlap = overlap(supply.availability(), demand.availability());
		if (overlap.isEmpty()) {
			return new Refused(Refusal.SEASONS_DO_NOT_OVERLAP);
		}
		if (supply.availability().kind() == AvailabilityKind.BATCH
				|| demand.availability().kind() == AvailabilityKind.BATCH) {
			flags.add(CandidateFlag.BATCH_AVAILABILITY);
		}
		seasonShareSupply = (double) overlap.size() / months(supply.availability()).size();
		seasonShareDemand = (double) overlap.size() / months(demand.availability()).size();
		if (overlap.size() < 12) {
			steps.add(step("seasons", overlap.size()));
		}
		FlowUnit unit = rule.kind() == RuleKind.HEAT ? FlowUnit.MEGAWATT_HOURS_PER_YEAR : FlowUnit.TONNES_PER_YEAR;
		Double supplyAmount = amount(supply, unit, flags);
		Double demandAmount = amount(demand, unit, flags);
		if ((supplyAmount != null && supplyAmount <= 0) || (demandAmount != null && demandAmount <= 0)) {
			return new Refused(Refusal.NOTHING_TO_EXCHANGE);
		}
		return rule.kind() == RuleKind.HEAT
				? heat(supply, demand, rule, distanceKm, flags, steps,
						supplyAmount == null ? null : supplyAmount * seasonShareSupply,
						demandAmount == null ? null : demandAmount * seasonShareDemand, overlap.size())
				: material(supply, demand, rule, distanceKm, mode, flags, steps,
						supplyAmount == null ? null : supplyAmount * seasonShareSupply,
						demandAmount == null ? null : demandAmount * seasonShareDemand);
	}

	private Assessment material(MatchStream supply, MatchStream demand, SymbiosisRule rule, double distanceKm,
			@Nullable TransportMode mode, Set<CandidateFlag> flags, List<Explanation.Step> steps,
			@Nullable Double supplyTonnes, @Nullable Double demandTonnes) {
		Exchange exchange = exchange(supplyTonnes, demandTonnes, flags, steps, "t");
		// Per tonne: avoided virgin production and disposal, minus transport.
		Double avoidedPerTonne = perTonne(rule.avoidedFactor(), supply, flags);
		Double disposalPerTonne = perTonne(rule.disposalFactor(), supply, flags);
		Double transportPerTonne = 0.0;
		Double costPerTonne = 0.0;
		double km = 0;
		if (mode != null) {
			km = routeKm(distanceKm, mode, flags);
			Double co2ePerTkm = factor(FactorTable.transportCo2e(mode), flags);
			Double nokPerTkm = factor(FactorTable.transportCost(mode), flags);
			transportPerTonne = co2ePerTkm == null ? null : co2ePerTkm * km;
			costPerTonne = nokPerTkm == null ? null : nokPerTkm * km;
		}
		Double valuePerTonne = rule.valueFactor() == null ? null : perTonne(rule.valueFactor(), supply, flags);
		if (avoidedPerTonne != null) {
			steps.add(step("avoided", rule.replacesNb(), rule.replacesEn(), round(avoidedPerTonne, 1),
					source(rule.avoidedFactor())));
		}
		if (disposalPerTonne != null) {
			steps.add(step("disposal", round(disposalPerTonne, 1), source(rule.disposalFactor())));
		}
		if (mode != null && transportPerTonne != null) {
			steps.add(step("transport", mode.key(), round(km, 1), round(transportPerTonne, 2),
					source(FactorTable.transportCo2e(mode))));
		}
		Double netPerTonne = avoidedPerTonne == null || transportPerTonne == null ? null
				: avoidedPerTonne + (disposalPerTonne == null ? 0 : disposalPerTonne) - transportPerTonne;
		Double netNokPerTonne = valuePerTonne == null || costPerTonne == null ? null : valuePerTonne - costPerTonne;
		Double q = exchange.quantity;
		KgCo2e avoided = times(avoidedPerTonne, q);
		KgCo2e disposal = times(disposalPerTonne, q);
		KgCo2e transport = times(transportPerTonne, q);
		KgCo2e net = times(netPerTonne, q);
		if (net != null) {
			steps.add(step("net", round(net.tonnes(), 1)));
		}
		else if (netPerTonne != null) {
			steps.add(step("netPerUnit", round(netPerTonne, 1), "t"));
		}
		Nok value = nok(valuePerTonne, q);
		Nok transportCost = nok(costPerTonne, q);
		if (value != null && transportCost != null) {
			steps.add(step("value", value.value(), transportCost.value(), source(rule.valueFactor())));
		}
		steps.add(step("pretreatment", rule.pretreatmentNb(), rule.pretreatmentEn()));
		steps.add(step("rule", rule.nameNb(), rule.nameEn(), rule.source()));
		Double tonneKm = q == null ? null : Double.valueOf(mode == null ? 0.0 : q * km);
		CandidateFigures figures = new CandidateFigures(FlowUnit.TONNES_PER_YEAR, q, exchange.upperBound, tonneKm,
				avoided, disposal, transport, null, net, netPerTonne, null, null, value, transportCost, null, null,
				netNokPerTonne, null);
		return accepted(supply, demand, rule, distanceKm, mode, flags, figures, steps);
	}

	private Assessment heat(MatchStream supply, MatchStream demand, SymbiosisRule rule, double distanceKm,
			Set<CandidateFlag> flags, List<Explanation.Step> steps, @Nullable Double supplyMwh,
			@Nullable Double demandMwh, int months) {
		Double needC = demand.temperature() != null ? Double.valueOf(demand.temperature().value())
				: rule.demandTemperature() != null ? Double.valueOf(rule.demandTemperature().value()) : null;
		Double supplyC = supply.temperature() == null ? null : supply.temperature().value();
		Double cop = null;
		if (needC == null || supplyC == null) {
			flags.add(CandidateFlag.TEMPERATURE_UNKNOWN);
			steps.add(step("temperatureUnknown"));
		}
		else {
			Double margin = factor(FactorTable.TEMPERATURE_MARGIN, flags);
			double marginK = margin == null ? 0 : margin;
			if (supplyC >= needC + marginK) {
				steps.add(step("heatDirect", round(supplyC, 0), round(needC, 0), round(marginK, 0)));
			}
			else {
				Double efficiency = factor(FactorTable.HEAT_PUMP_CARNOT_EFFICIENCY, flags);
				Double maxSink = factor(FactorTable.HEAT_PUMP_MAX_SINK, flags);
				Double maxLift = factor(FactorTable.HEAT_PUMP_MAX_LIFT, flags);
				double lift = needC + marginK - supplyC;
				if (efficiency == null || maxSink == null || maxLift == null || needC > maxSink || lift > maxLift) {
					return new Refused(Refusal.HEAT_TOO_COLD);
				}
				cop = efficiency * (needC + KELVIN) / lift;
				if (cop <= 1) {
					return new Refused(Refusal.HEAT_TOO_COLD);
				}
				flags.add(CandidateFlag.HEAT_PUMP);
				steps.add(step("heatPump", round(supplyC, 0), round(needC, 0), round(lift, 0), round(cop, 2),
						source(FactorTable.HEAT_PUMP_CARNOT_EFFICIENCY)));
			}
		}
		// A heat pump delivers the source heat plus its electricity: Q_out = Q_source ×
		// COP / (COP − 1).
		Double deliverableMwh = supplyMwh == null ? null : cop == null ? supplyMwh : supplyMwh * cop / (cop - 1);
		Exchange exchange = exchange(deliverableMwh, demandMwh, flags, steps, "MWh");
		Double avoidedPerMwh = rule.avoidedFactor() == null ? null : factor(rule.avoidedFactor(), flags);
		if (avoidedPerMwh != null) {
			steps.add(step("avoidedHeat", rule.replacesNb(), rule.replacesEn(), round(avoidedPerMwh, 1),
					source(rule.avoidedFactor())));
		}
		Double gridPerMwh = factor(FactorTable.ELECTRICITY_CO2E, flags);
		Double pricePerMwh = factor(FactorTable.ELECTRICITY_PRICE, flags);
		double electricityPerMwhDelivered = cop == null ? 0 : 1 / cop;
		Double electricityCo2ePerMwh = cop == null ? Double.valueOf(0)
				: gridPerMwh == null ? null : gridPerMwh * electricityPerMwhDelivered;
		Double electricityNokPerMwh = cop == null ? Double.valueOf(0)
				: pricePerMwh == null ? null : pricePerMwh * electricityPerMwhDelivered;
		if (cop != null && electricityCo2ePerMwh != null) {
			steps.add(step("heatPumpElectricity", round(electricityPerMwhDelivered, 3), round(electricityCo2ePerMwh, 2),
					source(FactorTable.ELECTRICITY_CO2E)));
		}
		Double netPerMwh = avoidedPerMwh == null || electricityCo2ePerMwh == null ? null
				: avoidedPerMwh - electricityCo2ePerMwh;
		Double valuePerMwh = rule.valueFactor() == null ? null : factor(rule.valueFactor(), flags);
		Double netNokPerMwh = valuePerMwh == null || electricityNokPerMwh == null ? null
				: valuePerMwh - electricityNokPerMwh;
		Double q = exchange.quantity;
		KgCo2e net = times(netPerMwh, q);
		if (net != null) {
			steps.add(step("net", round(net.tonnes(), 1)));
		}
		else if (netPerMwh != null) {
			steps.add(step("netPerUnit", round(netPerMwh, 1), "MWh"));
		}
		// Investment: a pipe along the road distance and a heat pump sized for the mean
		// load.
		Nok investment = null;
		Double paybackYears = null;
		if (q != null && !exchange.upperBound) {
			Double pipeNokPerM = distanceKm == 0 ? Double.valueOf(0) : factor(FactorTable.HEAT_PIPE_COST, flags);
			Double pumpNokPerKw = cop == null ? Double.valueOf(0) : factor(FactorTable.HEAT_PUMP_COST, flags);
			if (pipeNokPerM != null && pumpNokPerKw != null) {
				double pipeM = routeKm(distanceKm, TransportMode.PIPE, flags) * 1000;
				double meanKw = q * 1000 / (months * HOURS_PER_MONTH);
				investment = Nok.of(Math.round(pipeNokPerM * pipeM + pumpNokPerKw * meanKw));
				Nok yearly = nok(netNokPerMwh, q);
				if (yearly != null && yearly.value() > 0 && investment.value() > 0) {
					paybackYears = (double) investment.value() / yearly.value();
				}
				steps.add(step("investment", investment.value(), round(pipeM, 0), round(meanKw, 0),
						paybackYears == null ? "–" : round(paybackYears, 1)));
			}
		}
		steps.add(step("rule", rule.nameNb(), rule.nameEn(), rule.source()));
		CandidateFigures figures = new CandidateFigures(FlowUnit.MEGAWATT_HOURS_PER_YEAR, q, exchange.upperBound, null,
				times(avoidedPerMwh, q), null, KgCo2e.ZERO, times(electricityCo2ePerMwh, q), net, netPerMwh, cop,
				q == null || cop == null ? null : q / cop, nok(valuePerMwh, q), Nok.ZERO, nok(electricityNokPerMwh, q),
				investment, netNokPerMwh, paybackYears);
		return accepted(supply, demand, rule, distanceKm,
				distanceKm == 0 && flags.contains(CandidateFlag.SAME_COMPANY) ? null : TransportMode.PIPE, flags,
				figures, steps);
	}

	private Accepted accepted(MatchStream supply, MatchStream demand, SymbiosisRule rule, double distanceKm,
			@Nullable TransportMode mode, Set<CandidateFlag> flags, CandidateFigures figures,
			List<Explanation.Step> steps) {
		return new Accepted(
				new Candidate(supply, demand, rule, distanceKm, mode, flags, figures, new Explanation(steps)));
	}

	private record Exchange(@Nullable Double quantity, boolean upperBound) {
	}

	private Exchange exchange(@Nullable Double supply, @Nullable Double demand, Set<CandidateFlag> flags,
			List<Explanation.Step> steps, String unit) {
		if (supply != null && demand != null) {
			double q = Math.min(supply, demand);
			steps.add(step("quantity", round(q, 0), unit, round(supply, 0), round(demand, 0)));
			return new Exchange(q, false);
		}
		flags.add(CandidateFlag.QUANTITY_UNKNOWN);
		if (supply != null || demand != null) {
			double q = supply != null ? supply : demand;
			steps.add(step(supply != null ? "quantityUpToSupply" : "quantityUpToDemand", round(q, 0), unit));
			return new Exchange(q, true);
		}
		steps.add(step("quantityUnknown"));
		return new Exchange(null, false);
	}

	/**
	 * The stream's yearly amount in tonnes or MWh, or {@code null} when unknown or not
	 * convertible (then {@link CandidateFlag#UNITS_DIFFER}).
	 */
	public @Nullable Double amount(MatchStream stream, FlowUnit unit, Set<CandidateFlag> flags) {
		AnnualQuantity quantity = stream.quantity();
		if (quantity == null) {
			return null;
		}
		if (quantity.unit() == unit) {
			return quantity.amount();
		}
		if (unit == FlowUnit.TONNES_PER_YEAR && stream.material() != null
				&& (quantity.unit() == FlowUnit.NORMAL_CUBIC_METRES_PER_YEAR
						|| quantity.unit() == FlowUnit.CUBIC_METRES_PER_YEAR)) {
			Optional<Factor> density = this.factors.density(stream.material().key());
			if (density.isPresent() && density.get().perUnit().equals(volumeUnit(quantity.unit()))) {
				return quantity.amount() * density.get().value();
			}
		}
		flags.add(CandidateFlag.UNITS_DIFFER);
		return null;
	}

	/** The stream's yearly amount in tonnes or MWh, or {@code null}. */
	public @Nullable Double amount(MatchStream stream, FlowUnit unit) {
		return amount(stream, unit, EnumSet.noneOf(CandidateFlag.class));
	}

	private static String volumeUnit(FlowUnit unit) {
		return unit == FlowUnit.NORMAL_CUBIC_METRES_PER_YEAR ? "Nm3" : "m3";
	}

	/**
	 * A per-unit factor (kg CO2e or NOK) turned into per tonne, using a density if
	 * needed.
	 */
	private @Nullable Double perTonne(@Nullable String key, MatchStream supply, Set<CandidateFlag> flags) {
		if (key == null) {
			return null;
		}
		Optional<Factor> found = this.factors.find(key);
		if (found.isEmpty()) {
			flags.add(CandidateFlag.FACTOR_MISSING);
			return null;
		}
		Factor factor = found.get();
		String per = factor.perUnit();
		if (per.equals("t")) {
			return factor.value();
		}
		MaterialClass material = supply.material();
		if ((per.equals("Nm3") || per.equals("m3")) && material != null) {
			Optional<Factor> density = this.factors.density(material.key());
			if (density.isPresent() && density.get().perUnit().equals(per)) {
				return factor.value() / density.get().value();
			}
		}
		flags.add(CandidateFlag.FACTOR_MISSING);
		return null;
	}

	private @Nullable Double factor(String key, Set<CandidateFlag> flags) {
		Optional<Factor> factor = this.factors.find(key);
		if (factor.isEmpty()) {
			flags.add(CandidateFlag.FACTOR_MISSING);
			return null;
		}
		return factor.get().value();
	}

	private String source(@Nullable String key) {
		return this.factors.find(key)
			.map(f -> f.source() + (f.year() == null ? "" : " (" + f.year() + ")"))
			.orElse("–");
	}

	/** The first mode, in order of preference, whose longest distance covers this one. */
	static @Nullable TransportMode mode(SymbiosisRule rule, double distanceKm) {
		for (TransportMode mode : TransportMode.values()) {
			Optional<Double> max = rule.maxDistanceKm(mode);
			if (max.isPresent() && distanceKm <= max.get()) {
				return mode;
			}
		}
		return null;
	}

	private double routeKm(double distanceKm, TransportMode mode, Set<CandidateFlag> flags) {
		if (mode == TransportMode.TRUCK || mode == TransportMode.PIPE) {
			Optional<Factor> detour = this.factors.find(FactorTable.ROAD_DETOUR);
			if (detour.isEmpty()) {
				flags.add(CandidateFlag.FACTOR_MISSING);
				return distanceKm;
			}
			return distanceKm * detour.get().value();
		}
		return distanceKm;
	}

	static Set<Month> overlap(Availability a, Availability b) {
		EnumSet<Month> months = EnumSet.copyOf(months(a));
		months.retainAll(months(b));
		return months;
	}

	private static Set<Month> months(Availability availability) {
		return availability.kind() == AvailabilityKind.SEASONAL ? availability.months() : EnumSet.allOf(Month.class);
	}

	private static @Nullable KgCo2e times(@Nullable Double perUnit, @Nullable Double quantity) {
		return perUnit == null || quantity == null ? null : KgCo2e.of(perUnit * quantity);
	}

	private static @Nullable Nok nok(@Nullable Double perUnit, @Nullable Double quantity) {
		return perUnit == null || quantity == null ? null : Nok.of(Math.round(perUnit * quantity));
	}

	private static Explanation.Step step(String key, Object... args) {
		return new Explanation.Step("symbiosis.explain." + key, List.of(args));
	}

	/**
	 * Rounds for people: whole numbers as {@code long}, else a double with so many
	 * decimals.
	 */
	private static Object round(double value, int decimals) {
		if (decimals == 0) {
			return Math.round(value);
		}
		double scale = Math.pow(10, decimals);
		return Math.round(value * scale) / scale;
	}

}
