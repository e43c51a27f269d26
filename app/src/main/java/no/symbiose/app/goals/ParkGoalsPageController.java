package no.symbiose.app.goals;

import java.util.List;
import java.util.Locale;

import no.symbiose.app.accounting.AccountPageModel;
import no.symbiose.app.accounting.AccountScope;
import no.symbiose.app.goals.GoalFollowUp.IndicatorFollowUp;
import no.symbiose.app.goals.ParkTargets.AdoptedTarget;
import no.symbiose.app.security.Viewer;
import no.symbiose.engine.goals.Assessment;
import no.symbiose.engine.goals.Observation;
import no.symbiose.engine.goals.Target;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /mal/park/{park}}: a park's adopted targets and goal 1 followed up (login). */
@Controller
class ParkGoalsPageController {

	private final ParkTargets targets;

	private final GoalFollowUp followUp;

	private final AccountPageModel scopes;

	ParkGoalsPageController(ParkTargets targets, GoalFollowUp followUp, AccountPageModel scopes) {
		this.targets = targets;
		this.followUp = followUp;
		this.scopes = scopes;
	}

	/**
	 * A target as the page shows it; the fields the fragment {@code targetCell} reads.
	 */
	record TargetRow(String key, String name, String unit, String origin, String targetKind,
			@Nullable Double targetValue, int targetYear, @Nullable Integer baselineYear,
			@Nullable Double baselineValue) {

	}

	/**
	 * One year of goal 1: the value and, from the baseline on, the trajectory's value.
	 */
	record YearRow(int year, double value, @Nullable Double trajectory) {

	}

	@GetMapping("/mal/park/{park}")
	String park(@PathVariable String park, Viewer viewer, Model model) {
		AccountPageModel.ScopeView scope = this.scopes.resolve(AccountScope.park(park));
		boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
		List<TargetRow> rows = this.targets.of(park).stream().map(t -> row(t, english)).toList();
		IndicatorFollowUp co2 = this.followUp.of(AccountScope.park(park), ClimateIndicatorValues.CO2, viewer);
		Assessment assessment = co2.assessment();
		List<YearRow> years = co2.values()
			.stream()
			.map(value -> new YearRow(value.year(), value.value(), trajectoryAt(assessment, value)))
			.toList();
		model.addAttribute("parkName", scope.parkName());
		model.addAttribute("parkKey", park);
		model.addAttribute("targets", rows);
		model.addAttribute("co2", co2);
		model.addAttribute("co2Years", years);
		model.addAttribute("assessed", assessment instanceof Assessment.Assessed assessed ? assessed : null);
		model.addAttribute("unknownReason", assessment instanceof Assessment.Unknown unknown
				? unknown.reason().name().toLowerCase(Locale.ROOT) : null);
		return "goals/park";
	}

	private static @Nullable Double trajectoryAt(Assessment assessment, Observation value) {
		if (assessment instanceof Assessment.Assessed assessed
				&& value.year() >= assessed.trajectory().baselineYear()) {
			return assessed.trajectory().valueAt(value.year());
		}
		return null;
	}

	private static TargetRow row(AdoptedTarget adopted, boolean english) {
		String kind = "absolute";
		double value;
		if (adopted.target() instanceof Target.RelativeChange relative) {
			kind = "relative";
			value = relative.fraction() * 100;
		}
		else {
			value = ((Target.Absolute) adopted.target()).value();
			if (adopted.indicator().unit().equals("yes/no")) {
				kind = "yes";
			}
		}
		Integer baselineYear = adopted.baseline().map(Observation::year).orElse(adopted.indicator().baselineYear());
		return new TargetRow(adopted.indicator().key(),
				english ? adopted.indicator().nameEn() : adopted.indicator().nameNb(), adopted.indicator().unit(),
				adopted.origin().name().toLowerCase(Locale.ROOT), kind, value, adopted.targetYear(), baselineYear,
				adopted.baseline().map(Observation::value).orElse(null));
	}

}
