package no.symbiose.app.goals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.symbiose.app.accounting.AccountScope;
import no.symbiose.app.api.NotFoundException;
import no.symbiose.app.database.DataVersionCache;
import no.symbiose.app.goals.ParkTargets.AdoptedTarget;
import no.symbiose.app.goals.ParkTargets.Origin;
import no.symbiose.app.security.Viewer;
import no.symbiose.engine.goals.Assessment;
import no.symbiose.engine.goals.GoalCatalogue;
import no.symbiose.engine.goals.Indicator;
import no.symbiose.engine.goals.Observation;
import no.symbiose.engine.goals.Scope;
import no.symbiose.engine.goals.StatusRule;
import no.symbiose.engine.goals.Target;

import org.springframework.stereotype.Service;

/**
 * The follow-up of every indicator of a scope: its values (from the
 * {@link IndicatorValues} bean that names it), its target, baseline and status by
 * {@link StatusRule#DEFAULT}.
 * <ul>
 * <li>A park follows its park-level indicators against its adopted targets
 * ({@link ParkTargets}: national by default, its own when its facilitator set them).</li>
 * <li>A county follows the park-level indicators summed over its area, plus the
 * county-level ones; the nation follows all. Both against the national targets.</li>
 * </ul>
 * The baseline is the park's fixed one when set, else the value computed for the
 * indicator's baseline year; an absolute target without a baseline year counts from the
 * first known value. An indicator no source computes yet has no values, so its status is
 * unknown with the reason; nothing is guessed.
 */
@Service
public class GoalFollowUp {

	/**
	 * An indicator of a scope with its known values and its status.
	 *
	 * @param values the known values, oldest first; unknown years are left out
	 * @param baseline the baseline the status was measured from, if any
	 */
	public record IndicatorFollowUp(Indicator indicator, Origin origin, Target target, int targetYear,
			List<Observation> values, Optional<Observation> baseline, Assessment assessment) {

		/** The newest known value. */
		public Optional<Observation> latest() {
			return this.values.isEmpty() ? Optional.empty() : Optional.of(this.values.get(this.values.size() - 1));
		}

	}

	private final GoalCatalogue catalogue = GoalCatalogue.builtIn();

	private final ParkTargets targets;

	private final Map<String, IndicatorValues> sources = new HashMap<>();

	private final DataVersionCache cache;

	GoalFollowUp(ParkTargets targets, List<IndicatorValues> sources, DataVersionCache cache) {
		this.targets = targets;
		this.cache = cache;
		for (IndicatorValues source : sources) {
			for (String key : source.indicators()) {
				if (this.catalogue.indicator(key).isEmpty()) {
					throw new IllegalStateException(
							"%s gives values for %s, which the goal catalogue does not have".formatted(source, key));
				}
				IndicatorValues earlier = this.sources.put(key, source);
				if (earlier != null) {
					throw new IllegalStateException(
							"indicator %s has two sources: %s and %s".formatted(key, earlier, source));
				}
			}
		}
	}

	public GoalCatalogue catalogue() {
		return this.catalogue;
	}

	/** Whether some source gives values for the indicator. */
	public boolean hasSource(String indicatorKey) {
		return this.sources.containsKey(indicatorKey);
	}

	/**
	 * Every indicator the scope follows, in catalogue order.
	 * @throws NotFoundException the park does not exist
	 */
	public List<IndicatorFollowUp> of(AccountScope scope, Viewer viewer) {
		List<IndicatorFollowUp> result = new ArrayList<>();
		for (AdoptedTarget adopted : adoptedTargets(scope)) {
			result.add(followUp(adopted, scope, viewer));
		}
		return List.copyOf(result);
	}

	/**
	 * The indicators of one goal the scope follows, in catalogue order: for a map
	 * coloured by one goal, without computing the others.
	 * @throws NotFoundException the park does not exist
	 */
	public List<IndicatorFollowUp> ofGoal(AccountScope scope, String goalKey, Viewer viewer) {
		return ofGoal(scope, goalKey, viewer, adoptedTargets(scope));
	}

	/**
	 * {@link #ofGoal(AccountScope, String, Viewer)} of a park with every park's targets
	 * read before ({@link #everyParksTargets()}), for a page that colours many parks.
	 * @throws NotFoundException the park is not among them
	 */
	public List<IndicatorFollowUp> ofGoal(AccountScope scope, String goalKey, Viewer viewer,
			Map<String, List<AdoptedTarget>> everyParksTargets) {
		if (scope.level() != AccountScope.Level.PARK) {
			return ofGoal(scope, goalKey, viewer);
		}
		List<AdoptedTarget> own = everyParksTargets.get(scope.key());
		if (own == null) {
			throw new NotFoundException("park", scope.key());
		}
		return ofGoal(scope, goalKey, viewer, parkTargets(own));
	}

	/** Every park's targets, by park key, in one read. */
	public Map<String, List<AdoptedTarget>> everyParksTargets() {
		return this.targets.ofEveryPark();
	}

	private List<IndicatorFollowUp> ofGoal(AccountScope scope, String goalKey, Viewer viewer,
			List<AdoptedTarget> adoptedTargets) {
		List<IndicatorFollowUp> result = new ArrayList<>();
		for (AdoptedTarget adopted : adoptedTargets) {
			if (adopted.indicator().goalKey().equals(goalKey)) {
				result.add(followUp(adopted, scope, viewer));
			}
		}
		return List.copyOf(result);
	}

	/**
	 * One indicator of the scope.
	 * @throws NotFoundException the park or indicator does not exist, or the scope does
	 * not follow the indicator
	 */
	public IndicatorFollowUp of(AccountScope scope, String indicatorKey, Viewer viewer) {
		return adoptedTargets(scope).stream()
			.filter(adopted -> adopted.indicator().key().equals(indicatorKey))
			.findFirst()
			.map(adopted -> followUp(adopted, scope, viewer))
			.orElseThrow(() -> new NotFoundException("indicator", indicatorKey));
	}

	/** The values alone, without a target: empty when no source computes it. */
	public List<Observation> values(Indicator indicator, AccountScope scope, Viewer viewer) {
		IndicatorValues source = this.sources.get(indicator.key());
		if (source == null) {
			return List.of();
		}
		// a dashboard follows the nation, 15 counties and every park: each value once per
		// version of the data
		return this.cache.get(new ValuesKey(indicator.key(), scope, viewer.access()),
				() -> source.values(indicator, scope, viewer));
	}

	private record ValuesKey(String indicator, AccountScope scope, Viewer.Access viewer) {
	}

	private List<AdoptedTarget> adoptedTargets(AccountScope scope) {
		if (scope.level() == AccountScope.Level.PARK) {
			return parkTargets(this.targets.of(scope.key()));
		}
		return this.catalogue.indicators()
			.stream()
			.filter(indicator -> indicator.scope() == Scope.PARK || indicator.scope() == Scope.COUNTY
					|| scope.level() == AccountScope.Level.NATION)
			.map(GoalFollowUp::national)
			.toList();
	}

	/**
	 * A park's indicators: its targets, and those without one followed with their values.
	 */
	private List<AdoptedTarget> parkTargets(List<AdoptedTarget> targets) {
		Map<String, AdoptedTarget> own = new HashMap<>();
		for (AdoptedTarget adopted : targets) {
			own.put(adopted.indicator().key(), adopted);
		}
		// Indicators without a target are followed too, with their values.
		return this.catalogue.indicators()
			.stream()
			.filter(indicator -> indicator.scope() == Scope.PARK)
			.map(indicator -> own.getOrDefault(indicator.key(), national(indicator)))
			.toList();
	}

	private static AdoptedTarget national(Indicator indicator) {
		return new AdoptedTarget(indicator, Origin.NATIONAL, indicator.target(), indicator.targetYear(),
				Optional.empty());
	}

	private IndicatorFollowUp followUp(AdoptedTarget adopted, AccountScope scope, Viewer viewer) {
		Indicator indicator = adopted.indicator();
		List<Observation> values = values(indicator, scope, viewer);
		Integer baselineYear = indicator.baselineYear();
		Optional<Observation> baseline = adopted.baseline()
			.or(() -> baselineYear != null ? values.stream().filter(value -> value.year() == baselineYear).findFirst()
					// An absolute target needs no baseline year: progress counts from the
					// first
					// known value.
					: values.stream().findFirst().filter(first -> adopted.target() instanceof Target.Absolute));
		Assessment assessment = StatusRule.DEFAULT.assess(indicator.direction(), adopted.target(), adopted.targetYear(),
				baseline, values);
		return new IndicatorFollowUp(indicator, adopted.origin(), adopted.target(), adopted.targetYear(), values,
				baseline, assessment);
	}

}
