package no.symbiose.app.symbiosis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.symbiosis.Candidate;
import no.symbiose.engine.symbiosis.allocation.AllocationProblem;
import no.symbiose.engine.symbiosis.allocation.Arc;
import no.symbiose.engine.symbiosis.allocation.Demand;
import no.symbiose.engine.symbiosis.allocation.Supply;

/**
 * Turns candidates into the engine's integer {@link AllocationProblem}: the one place
 * where tonnes, MWh, kg CO2e and NOK are scaled to whole numbers.
 *
 * <ul>
 * <li>Only candidates with a known, comparable quantity take part
 * ({@link Candidate#isAllocatable()}); material and heat are separate problems, as tonnes
 * and MWh cannot share a capacity.</li>
 * <li>A supply's capacity is the largest quantity any of its candidates can exchange (its
 * yearly amount, over the months it overlaps a receiver), rounded to whole tonnes or MWh
 * with {@link Math#round(double)}; likewise a demand's.</li>
 * <li>One arc per (supply, demand) pair, keeping the rule with the highest benefit.</li>
 * <li>Benefit per unit: grams CO2e ({@code round(netKgCo2ePerUnit × 1000)}) for the
 * objective {@code co2e}, øre ({@code round(netNokPerUnit × 100)}) for {@code value}.
 * Candidates without that figure, or with no benefit, are left out.</li>
 * </ul>
 */
final class AllocationProblems {

	private AllocationProblems() {
	}

	/** What to maximise, and the unit its integer benefit is counted in. */
	enum Objective {

		/** Net CO2e avoided, in grams per unit. */
		CO2E(1000),
		/** Net value, in øre per unit. */
		VALUE(100);

		private final int scale;

		Objective(int scale) {
			this.scale = scale;
		}

		String key() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Objective fromKey(@Nullable String key) {
			return "value".equals(key) ? VALUE : CO2E;
		}

		/** Back from the integer benefit to t CO2e or NOK. */
		double toDisplay(long benefit) {
			return this == CO2E ? benefit / 1_000_000.0 : benefit / 100.0;
		}

		long benefitPerUnit(double perUnit) {
			return Math.round(perUnit * this.scale);
		}

	}

	/**
	 * A candidate as the allocation needs it.
	 *
	 * @param id the id shown to the viewer
	 * @param quantity the candidate's yearly quantity in its unit
	 */
	record Option(String id, String supplyId, String demandId, double quantity, @Nullable Double netKgCo2ePerUnit,
			@Nullable Double netNokPerUnit) {

		static @Nullable Option of(Candidate candidate, String shownId) {
			if (!candidate.isAllocatable()) {
				return null;
			}
			return new Option(shownId, candidate.supply().id(), candidate.demand().id(), candidate.figures().quantity(),
					candidate.figures().netKgCo2ePerUnit(), candidate.figures().netNokPerUnit());
		}

		@Nullable Double perUnit(Objective objective) {
			return objective == Objective.CO2E ? this.netKgCo2ePerUnit : this.netNokPerUnit;
		}

	}

	/** The problem, and for each of its arcs the option it came from. */
	record Built(AllocationProblem problem, List<Option> arcOptions) {
	}

	static Built build(List<Option> options, Objective objective) {
		Map<String, Integer> supplyIndex = new LinkedHashMap<>();
		Map<String, Integer> demandIndex = new LinkedHashMap<>();
		Map<String, Long> supplyCapacity = new LinkedHashMap<>();
		Map<String, Long> demandCapacity = new LinkedHashMap<>();
		Map<String, Option> bestPerPair = new LinkedHashMap<>();
		for (Option option : options) {
			Double perUnit = option.perUnit(objective);
			if (perUnit == null || objective.benefitPerUnit(perUnit) <= 0) {
				continue;
			}
			long capacity = Math.round(option.quantity());
			supplyCapacity.merge(option.supplyId(), capacity, Math::max);
			demandCapacity.merge(option.demandId(), capacity, Math::max);
			bestPerPair.merge(option.supplyId() + ">" + option.demandId(), option, (a, b) -> objective
				.benefitPerUnit(b.perUnit(objective)) > objective.benefitPerUnit(a.perUnit(objective)) ? b : a);
		}
		List<Supply> supplies = new ArrayList<>();
		supplyCapacity.forEach((id, capacity) -> {
			supplyIndex.put(id, supplies.size());
			supplies.add(new Supply(id, capacity));
		});
		List<Demand> demands = new ArrayList<>();
		demandCapacity.forEach((id, capacity) -> {
			demandIndex.put(id, demands.size());
			demands.add(new Demand(id, capacity));
		});
		List<Arc> arcs = new ArrayList<>();
		List<Option> arcOptions = new ArrayList<>();
		for (Option option : bestPerPair.values()) {
			arcs.add(new Arc(supplyIndex.get(option.supplyId()), demandIndex.get(option.demandId()),
					objective.benefitPerUnit(option.perUnit(objective))));
			arcOptions.add(option);
		}
		return new Built(new AllocationProblem(supplies, demands, arcs), arcOptions);
	}

}
