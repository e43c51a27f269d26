package no.symbiose.engine.accounting;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.registry.EwcCode;
import no.symbiose.engine.registry.StreamDirection;
import no.symbiose.engine.registry.TreatmentCode;
import no.symbiose.engine.units.AnnualQuantity;
import no.symbiose.engine.units.FlowUnit;
import no.symbiose.engine.units.Tonnes;

/**
 * A company's material flows in one year as ESRS E5 asks for them: resource inflows
 * (E5-4), products and waste (E5-5), waste split by hazard (the asterisk of the European
 * List of Waste, Commission Decision 2000/532/EC) and by what happens to it (the R and D
 * operations of the Waste Framework Directive 2008/98/EC, annexes I and II).
 *
 * <p>
 * Only flows in tonnes are added up; heat and energy are not materials. A figure is
 * unknown when a stream it needs has no quantity, is not in tonnes, or lacks the hazard
 * or treatment the split needs; nothing is left out silently. No stream of a kind
 * declared at all is unknown, not zero.
 *
 * @param inflows inputs that are materials (E5-4 §31), in tonnes
 * @param products products leaving the company (E5-5 §35), in tonnes
 * @param productNames the products' names, for the description E5-5 §35 asks for
 */
public record ResourceFlows(@Nullable Tonnes inflows, Set<Gap> inflowGaps, @Nullable Tonnes products,
		List<String> productNames, Set<Gap> productGaps, Waste waste) {

	public ResourceFlows {
		inflowGaps = copy(inflowGaps);
		productGaps = copy(productGaps);
		productNames = List.copyOf(productNames);
	}

	/**
	 * One stream as the flows need it.
	 *
	 * @param withheld the stream exists but whoever asks may not see it: its figures are
	 * not used, and the totals it belongs to are unknown rather than too small
	 */
	public record Flow(StreamDirection direction, String name, boolean heat, @Nullable AnnualQuantity quantity,
			@Nullable EwcCode ewc, @Nullable TreatmentCode treatment, boolean withheld) {

		public Flow(StreamDirection direction, String name, boolean heat, @Nullable AnnualQuantity quantity,
				@Nullable EwcCode ewc, @Nullable TreatmentCode treatment) {
			this(direction, name, heat, quantity, ewc, treatment, false);
		}

		/** A stream of the given kind that is withheld from whoever asks. */
		public static Flow withheld(StreamDirection direction) {
			return new Flow(direction, "", false, null, null, null, true);
		}

	}

	/** Why a figure is unknown. */
	public enum Gap {

		/** No stream of the kind is declared. */
		NONE_DECLARED,
		/** A stream has no quantity. */
		QUANTITY_UNKNOWN,
		/** A stream is measured in m3, Nm3 or MWh, not tonnes. */
		NOT_IN_TONNES,
		/** A waste code's hazard is not given in the List of Waste. */
		HAZARD_UNKNOWN,
		/** A waste stream has no R or D treatment code. */
		TREATMENT_UNKNOWN,
		/** A stream is withheld from whoever asks (confidential). */
		WITHHELD

	}

	/**
	 * What happens to waste, in the categories of ESRS E5 §40: diverted from disposal
	 * (recycling, other recovery) or directed to disposal (incineration, landfill, other
	 * disposal). Preparation for reuse has no R code of its own and is part of recycling
	 * here.
	 */
	public enum WasteRoute {

		/** R2–R11: material recovery. */
		RECYCLING,
		/** R1 (energy recovery), R12–R13 (pre-treatment and storage before recovery). */
		OTHER_RECOVERY,
		/** D10, D11. */
		INCINERATION,
		/** D1, D5, D12. */
		LANDFILL,
		/** D2–D4, D6–D9, D13–D15. */
		OTHER_DISPOSAL;

		public boolean isRecovery() {
			return this == RECYCLING || this == OTHER_RECOVERY;
		}

		public static WasteRoute of(TreatmentCode treatment) {
			int number = Integer.parseInt(treatment.code().substring(1));
			if (treatment.isRecovery()) {
				return number >= 2 && number <= 11 ? RECYCLING : OTHER_RECOVERY;
			}
			return switch (number) {
				case 10, 11 -> INCINERATION;
				case 1, 5, 12 -> LANDFILL;
				default -> OTHER_DISPOSAL;
			};
		}

	}

	/**
	 * Waste in tonnes: total, by hazard, by route, and by hazard and route. A map is null
	 * when its split is unknown; a route without waste is zero in a known map.
	 */
	public record Waste(@Nullable Tonnes total, @Nullable Tonnes hazardous, @Nullable Tonnes nonHazardous,
			@Nullable Map<WasteRoute, Tonnes> byRoute, @Nullable Map<WasteRoute, Tonnes> hazardousByRoute,
			@Nullable Map<WasteRoute, Tonnes> nonHazardousByRoute, Set<Gap> gaps) {

		public Waste {
			gaps = copy(gaps);
		}

		/** Waste diverted from disposal (all recovery routes). */
		public @Nullable Tonnes diverted(@Nullable Map<WasteRoute, Tonnes> routes) {
			return sum(routes, true);
		}

		/** Waste directed to disposal (all disposal routes). */
		public @Nullable Tonnes directedToDisposal(@Nullable Map<WasteRoute, Tonnes> routes) {
			return sum(routes, false);
		}

		/** Waste not recycled (E5-5 §37(c)): total minus recycling. */
		public @Nullable Tonnes nonRecycled() {
			return this.total == null || this.byRoute == null ? null
					: Tonnes.of(Math.max(0, this.total.value() - this.byRoute.get(WasteRoute.RECYCLING).value()));
		}

		private static @Nullable Tonnes sum(@Nullable Map<WasteRoute, Tonnes> routes, boolean recovery) {
			if (routes == null) {
				return null;
			}
			double total = 0;
			for (Map.Entry<WasteRoute, Tonnes> route : routes.entrySet()) {
				if (route.getKey().isRecovery() == recovery) {
					total += route.getValue().value();
				}
			}
			return Tonnes.of(total);
		}

	}

	/**
	 * @param hazardous the List of Waste's hazard of a code: true for an entry marked
	 * with an asterisk, false for one without, null when the list does not say
	 */
	public static ResourceFlows of(List<Flow> flows, Function<EwcCode, @Nullable Boolean> hazardous) {
		Sum inflows = new Sum();
		Sum products = new Sum();
		List<String> productNames = new java.util.ArrayList<>();
		Set<Gap> wasteGaps = EnumSet.noneOf(Gap.class);
		double wasteTotal = 0;
		double hazardousTotal = 0;
		Map<WasteRoute, Double> byRoute = zeroes();
		Map<WasteRoute, Double> hazardousByRoute = zeroes();
		Map<WasteRoute, Double> nonHazardousByRoute = zeroes();
		boolean anyWaste = false;
		for (Flow flow : flows) {
			if (flow.withheld()) {
				switch (flow.direction()) {
					case INPUT -> inflows.withhold();
					case PRODUCT -> products.withhold();
					case WASTE -> {
						anyWaste = true;
						wasteGaps.add(Gap.WITHHELD);
					}
					default -> {
						// not counted in E5
					}
				}
				continue;
			}
			switch (flow.direction()) {
				case INPUT -> {
					if (!flow.heat() && !isEnergy(flow.quantity())) {
						inflows.add(flow.quantity());
					}
				}
				case PRODUCT -> {
					products.add(flow.quantity());
					productNames.add(flow.name());
				}
				case WASTE -> {
					anyWaste = true;
					Double tonnes = tonnes(flow.quantity(), wasteGaps);
					Boolean hazard = flow.ewc() == null ? null : hazardous.apply(flow.ewc());
					if (hazard == null) {
						wasteGaps.add(Gap.HAZARD_UNKNOWN);
					}
					if (flow.treatment() == null) {
						wasteGaps.add(Gap.TREATMENT_UNKNOWN);
					}
					if (tonnes == null) {
						continue;
					}
					wasteTotal += tonnes;
					if (Boolean.TRUE.equals(hazard)) {
						hazardousTotal += tonnes;
					}
					if (flow.treatment() != null) {
						WasteRoute route = WasteRoute.of(flow.treatment());
						byRoute.merge(route, tonnes, Double::sum);
						if (hazard != null) {
							(hazard ? hazardousByRoute : nonHazardousByRoute).merge(route, tonnes, Double::sum);
						}
					}
				}
				default -> {
					// side streams and excess heat are offers, not flows E5 counts
				}
			}
		}
		if (!anyWaste) {
			wasteGaps.add(Gap.NONE_DECLARED);
		}
		boolean totalUnknown = wasteGaps.contains(Gap.NONE_DECLARED) || wasteGaps.contains(Gap.QUANTITY_UNKNOWN)
				|| wasteGaps.contains(Gap.NOT_IN_TONNES) || wasteGaps.contains(Gap.WITHHELD);
		boolean hazardUnknown = totalUnknown || wasteGaps.contains(Gap.HAZARD_UNKNOWN);
		boolean routeUnknown = totalUnknown || wasteGaps.contains(Gap.TREATMENT_UNKNOWN);
		Waste waste = new Waste(totalUnknown ? null : Tonnes.of(wasteTotal),
				hazardUnknown ? null : Tonnes.of(hazardousTotal),
				hazardUnknown ? null : Tonnes.of(wasteTotal - hazardousTotal), routeUnknown ? null : tonnes(byRoute),
				hazardUnknown || routeUnknown ? null : tonnes(hazardousByRoute),
				hazardUnknown || routeUnknown ? null : tonnes(nonHazardousByRoute), wasteGaps);
		return new ResourceFlows(inflows.total(), inflows.gaps, products.total(), productNames, products.gaps, waste);
	}

	private static boolean isEnergy(@Nullable AnnualQuantity quantity) {
		return quantity != null && quantity.unit() == FlowUnit.MEGAWATT_HOURS_PER_YEAR;
	}

	private static @Nullable Double tonnes(@Nullable AnnualQuantity quantity, Set<Gap> gaps) {
		if (quantity == null) {
			gaps.add(Gap.QUANTITY_UNKNOWN);
			return null;
		}
		if (quantity.unit() != FlowUnit.TONNES_PER_YEAR) {
			gaps.add(Gap.NOT_IN_TONNES);
			return null;
		}
		return quantity.amount();
	}

	private static Map<WasteRoute, Double> zeroes() {
		Map<WasteRoute, Double> map = new EnumMap<>(WasteRoute.class);
		for (WasteRoute route : WasteRoute.values()) {
			map.put(route, 0.0);
		}
		return map;
	}

	private static Map<WasteRoute, Tonnes> tonnes(Map<WasteRoute, Double> amounts) {
		Map<WasteRoute, Tonnes> map = new EnumMap<>(WasteRoute.class);
		amounts.forEach((route, amount) -> map.put(route, Tonnes.of(amount)));
		return Collections.unmodifiableMap(map);
	}

	private static Set<Gap> copy(Set<Gap> gaps) {
		return gaps.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(gaps));
	}

	/** A sum in tonnes that turns unknown on the first stream it cannot add. */
	private static final class Sum {

		private final Set<Gap> gaps = EnumSet.noneOf(Gap.class);

		private double total;

		private boolean any;

		void withhold() {
			this.any = true;
			this.gaps.add(Gap.WITHHELD);
		}

		void add(@Nullable AnnualQuantity quantity) {
			this.any = true;
			Double tonnes = tonnes(quantity, this.gaps);
			if (tonnes != null) {
				this.total += tonnes;
			}
		}

		@Nullable Tonnes total() {
			if (!this.any) {
				this.gaps.add(Gap.NONE_DECLARED);
			}
			return this.gaps.isEmpty() ? Tonnes.of(this.total) : null;
		}

	}

}
