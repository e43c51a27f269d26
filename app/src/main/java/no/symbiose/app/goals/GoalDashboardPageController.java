package no.symbiose.app.goals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import no.symbiose.app.accounting.AccountScope;
import no.symbiose.app.api.ConflictException;
import no.symbiose.app.api.FieldProblem;
import no.symbiose.app.api.ForbiddenException;
import no.symbiose.app.api.InvalidInputException;
import no.symbiose.app.api.NotFoundException;
import no.symbiose.app.api.Problems;
import no.symbiose.app.goals.GoalDashboards.AreaStatus;
import no.symbiose.app.goals.GoalDashboards.ChartYear;
import no.symbiose.app.goals.GoalDashboards.GoalView;
import no.symbiose.app.goals.GoalDashboards.IndicatorView;
import no.symbiose.app.goals.ParkTargets.TargetInput;
import no.symbiose.app.security.Viewer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The goal dashboards: {@code /mal} (the nation, public), {@code /mal/fylke/{nr}} (a
 * county, public aggregates) and {@code /mal/park/{park}} (a park, login; its facilitator
 * adopts the park's own targets there). Every model has {@code scope}, {@code viewer} and
 * {@code year} for the fragments of {@code goals/extensions}.
 */
@Controller
class GoalDashboardPageController {

	private static final List<String> FORM_ORDER = List.of("indicator", "kind", "value", "baselineYear",
			"baselineValue", "source");

	private final GoalDashboards dashboards;

	private final ParkTargets targets;

	private final Problems problems;

	private final JsonMapper json;

	GoalDashboardPageController(GoalDashboards dashboards, ParkTargets targets, Problems problems, JsonMapper json) {
		this.dashboards = dashboards;
		this.targets = targets;
		this.problems = problems;
		this.json = json;
	}

	/** The target form as typed, so a refused form shows what was sent. */
	record TargetForm(String indicator, String kind, String value, String baselineYear, String baselineValue,
			String source) {

		static final TargetForm EMPTY = new TargetForm("", "relative_change", "", "", "", "");

	}

	/** An indicator the target form offers. */
	record IndicatorOption(String key, String name) {

	}

	/** One place on the status map; {@code url} is the dashboard it links to. */
	record MapArea(String key, String name, @Nullable Double lat, @Nullable Double lon, String status, String url) {

	}

	record MapData(List<MapArea> counties, List<MapArea> parks, @Nullable String focusCounty) {

	}

	@GetMapping("/mal")
	String nation(Viewer viewer, Model model) {
		GoalDashboards.Nation nation = this.dashboards.nation(viewer, locale());
		common(model, AccountScope.nation(), viewer, nation.year(), nation.goals());
		model.addAttribute("counties", nation.counties());
		model.addAttribute("parks", nation.parks());
		model.addAttribute("mapJson", mapJson(nation.counties(), nation.parks(), null));
		return "goals/nation";
	}

	@GetMapping("/mal/fylke/{county}")
	String county(@PathVariable String county, Viewer viewer, Model model) {
		if (!county.matches("\\d{2}")) {
			throw new NotFoundException("county", county);
		}
		GoalDashboards.County view = this.dashboards.county(county, viewer, locale());
		common(model, view.scope().scope(), viewer, view.year(), view.goals());
		model.addAttribute("scopeView", view.scope());
		model.addAttribute("parks", view.parks());
		model.addAttribute("mapJson", mapJson(List.of(), view.parks(), county));
		return "goals/county";
	}

	@GetMapping("/mal/park/{park}")
	String park(@PathVariable String park, Viewer viewer, Model model) {
		return park(park, viewer, model, TargetForm.EMPTY, Map.of(), null);
	}

	@PostMapping("/mal/park/{park}/mal")
	String adopt(@PathVariable String park, @RequestParam(defaultValue = "") String indicator,
			@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String value,
			@RequestParam(defaultValue = "") String baselineYear, @RequestParam(defaultValue = "") String baselineValue,
			@RequestParam(defaultValue = "") String source, @RequestParam(required = false) @Nullable List<String> seen,
			Viewer viewer, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		TargetForm form = new TargetForm(indicator.strip(), kind.strip(), value.strip(), baselineYear.strip(),
				baselineValue.strip(), source.strip());
		Locale locale = locale();
		try {
			// who may not set the park's targets is told so, not what is wrong in the
			// form
			this.targets.checkMayEdit(viewer, park);
			List<FieldProblem> wrong = new java.util.ArrayList<>();
			Double number = decimal("value", form.value(), wrong);
			// The form asks a relative change in per cent; ParkTargets keeps a fraction.
			if (number != null && "relative_change".equals(form.kind())) {
				number = number / 100;
			}
			Integer year = integer("baselineYear", form.baselineYear(), wrong);
			Double baseline = decimal("baselineValue", form.baselineValue(), wrong);
			if (form.indicator().isEmpty()) {
				wrong.add(FieldProblem.of("indicator", null, "goals.dash.form.indicatorMissing"));
			}
			if (!wrong.isEmpty()) {
				throw new InvalidInputException(wrong);
			}
			TargetInput input = new TargetInput(form.kind(), number, year, baseline,
					form.source().isEmpty() ? null : form.source());
			try {
				this.targets.adopt(viewer, park, form.indicator(), input, seenVersion(seen, form.indicator()));
			}
			catch (NotFoundException ex) {
				// the park is checked below when the page renders; here it is the
				// indicator
				this.dashboards.park(park, viewer, locale);
				throw new InvalidInputException(
						List.of(FieldProblem.of("indicator", form.indicator(), "goals.dash.form.indicatorUnknown")));
			}
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			Map<String, String> byField = new LinkedHashMap<>();
			for (FieldProblem problem : ex.problems()) {
				byField.putIfAbsent(problem.field(),
						this.problems.message(problem.messageKey(), problem.arguments(), locale));
			}
			// in the form's order, so the summary reads top to bottom like the form
			Map<String, String> errors = new LinkedHashMap<>();
			for (String field : FORM_ORDER) {
				if (byField.containsKey(field)) {
					errors.put(field, byField.remove(field));
				}
			}
			errors.putAll(byField);
			return park(park, viewer, model, form, errors, null);
		}
		catch (ForbiddenException ex) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return park(park, viewer, model, form, Map.of(), "goals.dash.form.forbidden");
		}
		catch (ConflictException ex) {
			// someone else set this target since the page was opened: say what it is now,
			// keep what was typed, and offer the new version so saving again is a choice
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("targetConflict", conflict(park, form.indicator(), locale));
			return park(park, viewer, model, form, Map.of(), null);
		}
		redirect.addFlashAttribute("notice", this.problems.message("goals.dash.form.saved", new Object[0], locale));
		return "redirect:/mal/park/" + park + "#park-target-form";
	}

	/**
	 * The version the page showed for the chosen indicator, from the form's
	 * {@code seen=indicator:version} fields; null when the form sent none.
	 */
	static @Nullable Integer seenVersion(@Nullable List<String> seen, String indicator) {
		if (seen == null) {
			return null;
		}
		for (String pair : seen) {
			int colon = pair.lastIndexOf(':');
			if (colon > 0 && pair.substring(0, colon).equals(indicator)) {
				try {
					return Integer.valueOf(pair.substring(colon + 1));
				}
				catch (NumberFormatException ex) {
					return null;
				}
			}
		}
		return null;
	}

	/** What the target is now, for the message that someone else changed it. */
	private String conflict(String parkKey, String indicatorKey, Locale locale) {
		java.text.DecimalFormat number = new java.text.DecimalFormat("0.###",
				java.text.DecimalFormatSymbols.getInstance(locale));
		String now = this.targets.of(parkKey)
			.stream()
			.filter(adopted -> adopted.indicator().key().equals(indicatorKey))
			.findFirst()
			.map(adopted -> (adopted.target() instanceof no.symbiose.engine.goals.Target.RelativeChange change)
					? this.problems.message("goals.dash.form.conflict.relative",
							new Object[] { number.format(change.fraction() * 100) }, locale)
					: this.problems.message("goals.dash.form.conflict.absolute",
							new Object[] {
									number
										.format(((no.symbiose.engine.goals.Target.Absolute) adopted.target()).value()),
									adopted.indicator().unit() },
							locale))
			.orElse("–");
		String name = this.dashboards.parkIndicators()
			.stream()
			.filter(i -> i.key().equals(indicatorKey))
			.findFirst()
			.map(GoalDashboardPageController::name)
			.orElse(indicatorKey);
		return this.problems.message("goals.dash.form.conflict", new Object[] { name, now }, locale);
	}

	private String park(String parkKey, Viewer viewer, Model model, TargetForm form, Map<String, String> errors,
			@Nullable String refusedKey) {
		GoalDashboards.Park view = this.dashboards.park(parkKey, viewer, locale());
		common(model, view.scope().scope(), viewer, view.year(), view.goals());
		model.addAttribute("scopeView", view.scope());
		model.addAttribute("park", view.park());
		model.addAttribute("tenants", view.tenants());
		model.addAttribute("mayEdit", this.targets.mayEdit(viewer, view.park().id()));
		model.addAttribute("formIndicators",
				this.dashboards.parkIndicators().stream().map(i -> new IndicatorOption(i.key(), name(i))).toList());
		model.addAttribute("targetForm", form);
		model.addAttribute("targetVersions", this.targets.versions(parkKey));
		model.addAttribute("targetErrors", errors);
		model.addAttribute("refused", refusedKey);
		return "goals/park";
	}

	private static String name(no.symbiose.engine.goals.Indicator indicator) {
		return "en".equals(locale().getLanguage()) ? indicator.nameEn() : indicator.nameNb();
	}

	private void common(Model model, AccountScope scope, Viewer viewer, int year, List<GoalView> goals) {
		model.addAttribute("scope", scope);
		model.addAttribute("viewer", viewer);
		model.addAttribute("year", year);
		model.addAttribute("level", switch (scope.level()) {
			case NATION -> "nation";
			case COUNTY -> "county";
			case PARK -> "park";
		});
		model.addAttribute("goals", goals);
		model.addAttribute("parkGoals", goals.stream().filter(g -> !g.mission()).toList());
		model.addAttribute("goal1", goals.stream().filter(g -> g.key().equals(GoalDashboards.GOAL_1)).toList());
		model.addAttribute("missions", goals.stream().filter(GoalView::mission).toList());
		Map<String, String> charts = new LinkedHashMap<>();
		for (GoalView goal : goals) {
			for (IndicatorView indicator : goal.indicators()) {
				if (!indicator.chart().isEmpty()) {
					charts.put(indicator.key(), chartJson(indicator.chart()));
				}
			}
		}
		model.addAttribute("charts", charts);
	}

	private String chartJson(List<ChartYear> chart) {
		return this.json.writeValueAsString(chart);
	}

	private String mapJson(List<AreaStatus> counties, List<AreaStatus> parks, @Nullable String focusCounty) {
		List<MapArea> countyAreas = counties.stream()
			.map(c -> new MapArea(c.key(), c.name(), c.lat(), c.lon(), c.of(GoalDashboards.GOAL_1).name(),
					"/mal/fylke/" + c.key()))
			.toList();
		List<MapArea> parkAreas = parks.stream()
			.filter(p -> p.lat() != null && p.lon() != null)
			.map(p -> new MapArea(p.key(), p.name(), p.lat(), p.lon(), p.of(GoalDashboards.GOAL_1).name(),
					"/mal/park/" + p.key()))
			.toList();
		// inside <script>: no "</" may end the element early
		return this.json.writeValueAsString(new MapData(countyAreas, parkAreas, focusCounty)).replace("<", "\\u003c");
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	private static @Nullable Double decimal(String field, String text, List<FieldProblem> wrong) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			double value = Double
				.parseDouble(text.replace('\u00A0', ' ').replace(" ", "").replace(',', '.').replace('\u2212', '-'));
			if (!Double.isFinite(value)) {
				throw new NumberFormatException(text);
			}
			return value;
		}
		catch (NumberFormatException ex) {
			wrong.add(FieldProblem.of(field, text, "goals.dash.form.notANumber"));
			return null;
		}
	}

	private static @Nullable Integer integer(String field, String text, List<FieldProblem> wrong) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Integer.valueOf(text.replace(" ", ""));
		}
		catch (NumberFormatException ex) {
			wrong.add(FieldProblem.of(field, text, "goals.dash.form.notAYear"));
			return null;
		}
	}

}
