package no.symbiose.app.goals;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.symbiose.app.accounting.AccountScope;
import no.symbiose.app.api.FieldProblem;
import no.symbiose.app.api.InvalidInputException;
import no.symbiose.app.goals.GoalFollowUp.IndicatorFollowUp;
import no.symbiose.app.goals.GoalGaps.GoalGap;
import no.symbiose.app.goals.GoalGaps.StateSavings;
import no.symbiose.app.security.Viewer;
import no.symbiose.app.symbiosis.CandidateSavings.Saving;
import no.symbiose.engine.goals.Assessment;
import no.symbiose.engine.goals.Observation;
import no.symbiose.engine.goals.Target;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The follow-up and the gaps of the nation, a county or a park over HTTP. The nation and
 * a county are public, every figure as disclosure control lets the caller see it; a park
 * needs a login (its figures can be close to one tenant's), which the security
 * configuration enforces. A malformed or double scope is a 400, an unknown one a 404.
 */
@RestController
@RequestMapping("/api/v1/goals")
@Tag(name = "goals", description = "Goals and follow-up: status per indicator and what would close the gap")
class GoalApiController {

	private final GoalFollowUp followUp;

	private final GoalGaps gaps;

	GoalApiController(GoalFollowUp followUp, GoalGaps gaps) {
		this.followUp = followUp;
		this.gaps = gaps;
	}

	/** A value of one year. */
	record ValueJson(int year, double value) {

		static @Nullable ValueJson of(@Nullable Observation observation) {
			return observation == null ? null : new ValueJson(observation.year(), observation.value());
		}

	}

	/**
	 * One indicator's follow-up; values in {@code unit}, unknown years left out.
	 *
	 * @param targetValue the target in {@code unit}, null when none or it needs an
	 * unknown baseline
	 * @param status {@code on_track}, {@code at_risk}, {@code off_track} or
	 * {@code unknown}
	 * @param unknownReason why the status is unknown, else null
	 * @param expectedValue the trajectory's value in the latest year, when assessed
	 * @param shortfall how far the latest value is behind the trajectory, when assessed
	 */
	record FollowUpJson(String indicator, String name, String unit, String direction, String origin, String targetKind,
			@Nullable Double targetValue, int targetYear, @Nullable ValueJson baseline, List<ValueJson> values,
			String status, @Nullable String unknownReason, @Nullable ValueJson latest, @Nullable Double expectedValue,
			@Nullable Double shortfall, @Nullable Double trendPerYear, @Nullable Integer yearTargetReachedByTrend) {

		static FollowUpJson of(IndicatorFollowUp one, Locale locale) {
			Double target = one.target() instanceof Target.None ? null
					: one.target()
						.valueFrom(one.baseline()
							.map(b -> java.util.OptionalDouble.of(b.value()))
							.orElse(java.util.OptionalDouble.empty()))
						.stream()
						.boxed()
						.findFirst()
						.orElse(null);
			String kind = one.target() instanceof Target.None ? "none"
					: one.target() instanceof Target.Absolute ? "absolute" : "relative_change";
			Assessment assessment = one.assessment();
			Assessment.Assessed assessed = assessment instanceof Assessment.Assessed a ? a : null;
			return new FollowUpJson(one.indicator().key(),
					"en".equals(locale.getLanguage()) ? one.indicator().nameEn() : one.indicator().nameNb(),
					one.indicator().unit(), one.indicator().direction().name().toLowerCase(Locale.ROOT),
					one.origin().name().toLowerCase(Locale.ROOT), kind, target, one.targetYear(),
					ValueJson.of(one.baseline().orElse(null)), one.values().stream().map(ValueJson::of).toList(),
					assessment.status().name().toLowerCase(Locale.ROOT),
					assessment instanceof Assessment.Unknown unknown ? unknown.reason().name().toLowerCase(Locale.ROOT)
							: null,
					assessed == null ? null : ValueJson.of(assessed.latest()),
					assessed == null ? null : assessed.expectedValue(), assessed == null ? null : assessed.shortfall(),
					assessed == null ? null : assessed.forecast().map(f -> f.slopePerYear()).orElse(null),
					assessed == null ? null
							: assessed.forecast()
								.flatMap(f -> f.yearTargetReached().isPresent()
										? java.util.Optional.of(f.yearTargetReached().getAsInt())
										: java.util.Optional.<Integer>empty())
								.orElse(null));
		}

	}

	/**
	 * A state of the pipeline: counts always; the sum of expected savings (t CO2e/yr)
	 * only when disclosed.
	 */
	record StateJson(String state, int synergies, int withoutFigure, @Nullable Double tonnesCo2ePerYear, boolean hidden,
			boolean subtracted) {

		static StateJson of(StateSavings state) {
			return new StateJson(state.state().key(), state.synergies(), state.withoutFigure(),
					state.tonnesCo2ePerYear(), state.hidden(), state.subtracted());
		}

	}

	/** A missed target with what would close it; see docs/goals.md. */
	record GapJson(String indicator, String unit, @Nullable ValueJson latest, @Nullable Double targetValue,
			int targetYear, @Nullable Double gap, List<StateJson> pipeline, @Nullable Double pipelineTonnesCo2ePerYear,
			int pipelineWithoutFigure, List<Saving> candidates, @Nullable Double candidatesTonnesCo2ePerYear,
			int candidatesOutsidePipeline, int candidatesWithoutFigures, @Nullable Double remaining,
			List<String> missing) {

		static GapJson of(GoalGap gap) {
			return new GapJson(gap.indicator().key(), gap.indicator().unit(), ValueJson.of(gap.latest()),
					gap.targetValue(), gap.targetYear(), gap.gap(), gap.pipeline().stream().map(StateJson::of).toList(),
					gap.pipelineTonnesCo2ePerYear(), gap.pipelineWithoutFigure(), gap.candidates(),
					gap.candidatesTonnesCo2ePerYear(), gap.candidatesOutsidePipeline(), gap.candidatesWithoutFigures(),
					gap.remaining(), gap.missingInOrder().stream().map(GoalGaps.Missing::key).toList());
		}

	}

	@GetMapping("/follow-up")
	@Operation(summary = "Every indicator the nation (no parameter), a county or a park follows, with its values,"
			+ " target and status; a park needs a login")
	List<FollowUpJson> followUp(
			@Parameter(description = "county number, e.g. 40") @RequestParam(required = false) @Nullable String county,
			@Parameter(description = "park key, e.g. heroya") @RequestParam(required = false) @Nullable String park,
			Viewer viewer) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.followUp.of(scope(county, park), viewer).stream().map(one -> FollowUpJson.of(one, locale)).toList();
	}

	@GetMapping("/gap")
	@Operation(summary = "Each target the nation (no parameter), a county or a park misses, with the gap, the"
			+ " pipeline's expected savings per state, the best candidates nobody follows up, and what remains;"
			+ " a park needs a login")
	List<GapJson> gap(
			@Parameter(description = "county number, e.g. 40") @RequestParam(required = false) @Nullable String county,
			@Parameter(description = "park key, e.g. heroya") @RequestParam(required = false) @Nullable String park,
			Viewer viewer) {
		return this.gaps.of(scope(county, park), viewer).stream().map(GapJson::of).toList();
	}

	/** {@link AccountScope#of}, with the problems named after this API's parameters. */
	private static AccountScope scope(@Nullable String county, @Nullable String park) {
		try {
			return AccountScope.of(county, park);
		}
		catch (InvalidInputException ex) {
			throw new InvalidInputException(ex.problems()
				.stream()
				.map(p -> "fylke".equals(p.field())
						? new FieldProblem("county", p.value(), p.messageKey(), p.arguments()) : p)
				.toList());
		}
	}

}
