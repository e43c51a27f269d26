package no.symbiose.app.goals;

import java.util.List;
import java.util.Locale;

import no.symbiose.engine.goals.GoalCatalogue;
import no.symbiose.engine.goals.Indicator;
import no.symbiose.engine.goals.Target;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The read-only page {@code /mal/katalog}: goals, missions, indicators, national targets,
 * sources.
 */
@Controller
class GoalsPageController {

	private final GoalCatalogue catalogue = GoalCatalogue.builtIn();

	@GetMapping("/mal/katalog")
	String goals(Model model) {
		boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
		List<GoalSection> sections = this.catalogue.goals()
			.stream()
			.map(goal -> new GoalSection(goal.key(), goal.kind().name().toLowerCase(Locale.ROOT), goal.number(),
					english ? goal.titleEn() : goal.titleNb(), goal.source(),
					this.catalogue.indicatorsOf(goal.key()).stream().map(i -> row(i, english)).toList()))
			.toList();
		model.addAttribute("version", this.catalogue.version());
		model.addAttribute("parkGoals", sections.stream().filter(s -> s.kind().equals("park_goal")).toList());
		model.addAttribute("missions", sections.stream().filter(s -> s.kind().equals("mission")).toList());
		model.addAttribute("nationalTargets",
				this.catalogue.indicators().stream().filter(Indicator::hasTarget).map(i -> row(i, english)).toList());
		return "goals/goals";
	}

	private static IndicatorRow row(Indicator indicator, boolean english) {
		Target target = indicator.target();
		String targetKind = "none";
		@Nullable Double targetValue = null;
		if (target instanceof Target.Absolute absolute) {
			targetKind = indicator.unit().equals("yes/no") ? "yes" : "absolute";
			targetValue = absolute.value();
		}
		else if (target instanceof Target.RelativeChange relative) {
			targetKind = "relative";
			targetValue = relative.fraction() * 100;
		}
		return new IndicatorRow(indicator.key(), english ? indicator.nameEn() : indicator.nameNb(), indicator.unit(),
				indicator.scope().name().toLowerCase(Locale.ROOT),
				indicator.direction().name().toLowerCase(Locale.ROOT),
				indicator.measurement().name().toLowerCase(Locale.ROOT),
				indicator.computedFrom() == null ? null : indicator.computedFrom().code(), indicator.baselineYear(),
				indicator.targetYear(), targetKind, targetValue, indicator.source());
	}

	/** One goal or mission with its indicators, in the viewer's language. */
	record GoalSection(String key, String kind, int number, String title, String source,
			List<IndicatorRow> indicators) {

	}

	/**
	 * One indicator as the page shows it; {@code targetValue} is in the unit for an
	 * absolute target and in per cent of the baseline for a relative one.
	 */
	record IndicatorRow(String key, String name, String unit, String scope, String direction, String measurement,
			@Nullable String computedFrom, @Nullable Integer baselineYear, int targetYear, String targetKind,
			@Nullable Double targetValue, String source) {

	}

}
