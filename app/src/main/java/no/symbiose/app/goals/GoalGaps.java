package no.symbiose.app.goals;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import no.symbiose.app.accounting.AccountPageModel;
import no.symbiose.app.accounting.AccountPlacements;
import no.symbiose.app.accounting.AccountPlacements.Placement;
import no.symbiose.app.accounting.AccountScope;
import no.symbiose.app.database.DataVersionCache;
import no.symbiose.app.goals.GoalFollowUp.IndicatorFollowUp;
import no.symbiose.app.security.Viewer;
import no.symbiose.app.symbiosis.CandidateSavings;
import no.symbiose.app.symbiosis.CandidateSavings.Potential;
import no.symbiose.app.symbiosis.CandidateSavings.Saving;
import no.symbiose.app.symbiosis.pipeline.SynergyFigures;
import no.symbiose.app.symbiosis.pipeline.SynergyFigures.PipelineSynergy;
import no.symbiose.engine.accounting.Disclosure;
import no.symbiose.engine.accounting.Disclosure.Figure;
import no.symbiose.engine.goals.Indicator;
import no.symbiose.engine.goals.Observation;
import no.symbiose.engine.goals.Target;
import no.symbiose.engine.symbiosis.SynergyState;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * What would close the gap to each target a scope misses (issue 6, item 3).
 *
 * <p>
 * Listed: every indicator with a target whose latest value misses it, and the emissions
 * (goal 1) also when their value or target is unknown, with why. For the emissions, in t
 * CO2e per year:
 * <ul>
 * <li><b>gap</b> = latest value − target value;</li>
 * <li><b>the pipeline</b>: per state (identified … in operation) the synergies whose
 * supplier is placed in the scope this year ({@link AccountPlacements}), how many have no
 * expected figure, and the sum of the expected savings (the candidate's net CO2e when the
 * synergy was created). Each sum passes disclosure control like an account: a synergy the
 * viewer may not read is a hidden contribution of its supplier, so fewer than three such
 * suppliers, or one dominant, hide the sum. Counts name nobody and are always shown;</li>
 * <li><b>candidates</b>: the {@value #CANDIDATES_SHOWN} largest savings of the allocation
 * of the candidates nobody follows up yet ({@link CandidateSavings}), as the viewer may
 * see them;</li>
 * <li><b>remaining</b> = gap − the open pipeline (identified … agreed) − those
 * candidates. Synergies in operation are shown but not subtracted: they run already, so
 * the latest value is measured with them. Synergies without an expected figure count as
 * nothing, so the remainder is then an upper bound; the page says how many.</li>
 * </ul>
 * Caveat: a synergy's saving is net CO2e over its whole chain (avoided virgin material,
 * disposal, transport), not only the park's scope 1 and 2; set against the gap it says
 * how far the pipeline could go, not what the account will show.
 */
@Service("goalGaps")
public class GoalGaps {

	/** How many candidates a gap names. */
	public static final int CANDIDATES_SHOWN = 5;

	/** The states of the pipeline, in order, that a gap shows. */
	public static final List<SynergyState> PIPELINE = List.of(SynergyState.IDENTIFIED, SynergyState.CONTACTED,
			SynergyState.FEASIBILITY, SynergyState.AGREED, SynergyState.IN_OPERATION);

	/** Why a part of a gap is unknown. */
	public enum Missing {

		/** The indicator has no target. */
		NO_TARGET,
		/** No value is known (none computed, or every year hidden from the viewer). */
		NO_VALUE,
		/** A relative target without a baseline value has no value. */
		NO_TARGET_VALUE,
		/** The pipeline's sum is hidden by disclosure control. */
		PIPELINE_HIDDEN,
		/** No synergy of the open pipeline in the scope has an expected figure. */
		NO_PIPELINE_FIGURES,
		/** No candidate outside the pipeline that the viewer may see. */
		NO_CANDIDATES,
		/** Candidates exist, but none with a quantity and a CO2e figure to allocate. */
		NO_CANDIDATES_WITH_QUANTITIES;

		public String key() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		public String messageKey() {
			return "goals.gap.missing." + key();
		}

	}

	/**
	 * The synergies of one state.
	 *
	 * @param synergies how many have their supplier in the scope
	 * @param withoutFigure of those, how many have no expected saving
	 * @param tonnesCo2ePerYear the disclosed sum of the expected savings; null when
	 * hidden or when none has a figure
	 * @param hidden whether the sum is hidden from the viewer
	 * @param subtracted whether it counts towards the remainder (open, not yet in
	 * operation)
	 */
	public record StateSavings(SynergyState state, int synergies, int withoutFigure, @Nullable Double tonnesCo2ePerYear,
			boolean hidden, boolean subtracted) {
	}

	/**
	 * One target the scope misses.
	 *
	 * @param latest the newest known value, or null
	 * @param targetValue the target in the indicator's unit, or null
	 * @param gap how far the latest value is from the target, in the unit (positive);
	 * null when a side is unknown
	 * @param savings whether the pipeline and the candidates apply (the emissions only)
	 * @param pipelineTonnesCo2ePerYear the disclosed open pipeline (identified … agreed)
	 * @param candidates the largest savings of candidates outside the pipeline
	 * @param candidatesTonnesCo2ePerYear the sum of {@code candidates}
	 * @param candidatesOutsidePipeline candidates outside the pipeline the viewer may see
	 * @param candidatesWithoutFigures of those, the ones without a quantity or CO2e
	 * figure
	 * @param remaining gap − pipeline − candidates; null when a part is unknown
	 * @param missing why parts are unknown
	 */
	public record GoalGap(Indicator indicator, @Nullable Observation latest, @Nullable Double targetValue,
			int targetYear, @Nullable Double gap, boolean savings, List<StateSavings> pipeline,
			@Nullable Double pipelineTonnesCo2ePerYear, int pipelineWithoutFigure, List<Saving> candidates,
			@Nullable Double candidatesTonnesCo2ePerYear, int candidatesOutsidePipeline, int candidatesWithoutFigures,
			@Nullable Double remaining, Set<Missing> missing) {

		public GoalGap {
			pipeline = List.copyOf(pipeline);
			candidates = List.copyOf(candidates);
			missing = missing.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(missing));
		}

		/** The indicator's name in the language of {@code locale} (bokmål by default). */
		public String indicatorName(Locale locale) {
			return "en".equals(locale.getLanguage()) ? this.indicator.nameEn() : this.indicator.nameNb();
		}

		/** The reasons in a stable order, for pages and JSON. */
		public List<Missing> missingInOrder() {
			return missing.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(missing));
		}

	}

	private final GoalFollowUp followUp;

	private final SynergyFigures synergies;

	private final CandidateSavings candidates;

	private final AccountPlacements placements;

	private final AccountPageModel scopes;

	private final Clock clock;

	private final DataVersionCache cache;

	GoalGaps(GoalFollowUp followUp, SynergyFigures synergies, CandidateSavings candidates, AccountPlacements placements,
			AccountPageModel scopes, Clock clock, DataVersionCache cache) {
		this.cache = cache;
		this.followUp = followUp;
		this.synergies = synergies;
		this.candidates = candidates;
		this.placements = placements;
		this.scopes = scopes;
		this.clock = clock;
	}

	/**
	 * The gaps of the scope, in catalogue order.
	 * @throws no.symbiose.app.api.NotFoundException the county or park does not exist
	 */
	public List<GoalGap> of(AccountScope scope, Viewer viewer) {
		this.scopes.resolve(scope);
		// The candidates' texts are in the request's language.
		Locale locale = LocaleContextHolder.getLocale();
		// Not a transaction: the candidates may wait for a match run, and a request
		// waiting should hold no pooled connection. The run can be newer than the
		// database's snapshot (computed in the background, CandidateSavings): a gap
		// of another run is not current, and is served only while the gap of the new
		// run is computed (every import starts a run: as part of the key, each would
		// make every gap wait).
		return this.cache.getAlso(new CacheKey(scope, viewer.access(), locale), this.candidates::runGeneration,
				() -> compute(scope, viewer, locale));
	}

	private record CacheKey(AccountScope scope, Viewer.Access viewer, Locale locale) {
	}

	/**
	 * @param locale the key's language: a refresh runs on a background thread, which has
	 * no request and so not its language
	 */
	private List<GoalGap> compute(AccountScope scope, Viewer viewer, Locale locale) {
		List<GoalGap> gaps = new ArrayList<>();
		for (IndicatorFollowUp one : this.followUp.of(scope, viewer)) {
			boolean emissions = ClimateIndicatorValues.CO2.equals(one.indicator().key());
			if (!emissions && one.target() instanceof Target.None) {
				continue;
			}
			Observation latest = one.latest().orElse(null);
			OptionalDouble target = one.target()
				.valueFrom(one.baseline().map(b -> OptionalDouble.of(b.value())).orElse(OptionalDouble.empty()));
			Double targetValue = target.isPresent() ? target.getAsDouble() : null;
			Double gap = latest == null || targetValue == null ? null
					: one.indicator().direction().shortfall(latest.value(), targetValue);
			if (gap != null && gap <= 0) {
				continue;
			}
			if (!emissions && gap == null) {
				continue;
			}
			Set<Missing> missing = EnumSet.noneOf(Missing.class);
			if (one.target() instanceof Target.None) {
				missing.add(Missing.NO_TARGET);
			}
			else if (targetValue == null) {
				missing.add(Missing.NO_TARGET_VALUE);
			}
			if (latest == null) {
				missing.add(Missing.NO_VALUE);
			}
			gaps.add(emissions ? emissions(one, scope, viewer, locale, latest, targetValue, gap, missing)
					: new GoalGap(one.indicator(), latest, targetValue, one.targetYear(), gap, false, List.of(), null,
							0, List.of(), null, 0, 0, null, missing));
		}
		return List.copyOf(gaps);
	}

	private GoalGap emissions(IndicatorFollowUp one, AccountScope scope, Viewer viewer, Locale locale,
			@Nullable Observation latest, @Nullable Double targetValue, @Nullable Double gap, Set<Missing> missing) {
		List<StateSavings> pipeline = pipeline(scope, viewer);
		int withoutFigure = 0;
		int open = 0;
		boolean hidden = false;
		double openSum = 0;
		for (StateSavings state : pipeline) {
			if (state.subtracted()) {
				open += state.synergies();
				withoutFigure += state.withoutFigure();
				hidden |= state.hidden();
				openSum += state.tonnesCo2ePerYear() == null ? 0 : state.tonnesCo2ePerYear();
			}
		}
		Double pipelineSum = hidden ? null : openSum;
		if (hidden) {
			missing.add(Missing.PIPELINE_HIDDEN);
		}
		else if (open > 0 && open == withoutFigure) {
			missing.add(Missing.NO_PIPELINE_FIGURES);
		}
		Potential potential = this.candidates.outsidePipeline(viewer,
				scope.level() == AccountScope.Level.COUNTY ? scope.key() : null,
				scope.level() == AccountScope.Level.PARK ? scope.key() : null, locale, CANDIDATES_SHOWN);
		List<Saving> best = potential.allocated();
		double candidatesSum = best.stream().mapToDouble(Saving::tonnesCo2ePerYear).sum();
		if (potential.candidates() == 0) {
			missing.add(Missing.NO_CANDIDATES);
		}
		else if (best.isEmpty()) {
			missing.add(Missing.NO_CANDIDATES_WITH_QUANTITIES);
		}
		Double remaining = gap == null || pipelineSum == null ? null : gap - pipelineSum - candidatesSum;
		return new GoalGap(one.indicator(), latest, targetValue, one.targetYear(), gap, true, pipeline, pipelineSum,
				withoutFigure, best, candidatesSum, potential.candidates(),
				potential.candidates() - potential.withFigures(), remaining, missing);
	}

	/** Per state: count, without figure, disclosed sum, over the scope's suppliers. */
	private List<StateSavings> pipeline(AccountScope scope, Viewer viewer) {
		Map<Long, Placement> placed = this.placements.forYear(Year.now(this.clock).getValue());
		List<PipelineSynergy> open = this.synergies.open(viewer);
		List<StateSavings> states = new ArrayList<>();
		java.util.function.Supplier<Disclosure.Tree> trees = AccountPlacements.trees(placed.values());
		for (SynergyState state : PIPELINE) {
			Disclosure.Tree tree = trees.get();
			int count = 0;
			int withoutFigure = 0;
			for (PipelineSynergy synergy : open) {
				Placement supplier = placed.get(synergy.supplyCompanyId());
				if (synergy.state() != state || supplier == null) {
					continue;
				}
				if (scope.contains(supplier)) {
					count++;
					if (synergy.expectedTonnesCo2ePerYear() == null) {
						withoutFigure++;
					}
				}
				if (synergy.expectedTonnesCo2ePerYear() != null) {
					tree.add(AccountPlacements.nodeOf(supplier),
							AccountPlacements.contributor(synergy.supplyCompanyId()),
							synergy.expectedTonnesCo2ePerYear(), !synergy.readable());
				}
			}
			Figure figure = tree.disclose().get(scope.nodeKey());
			boolean hidden = figure != null && figure.suppressed();
			Double sum = figure == null || hidden || figure.empty() ? null : figure.total();
			states.add(new StateSavings(state, count, withoutFigure, sum, hidden, state != SynergyState.IN_OPERATION));
		}
		return states;
	}

}
