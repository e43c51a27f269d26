package no.symbiose.app.programme;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import no.symbiose.app.api.FieldProblem;
import no.symbiose.app.api.ForbiddenException;
import no.symbiose.app.api.InvalidInputException;
import no.symbiose.app.programme.Programme.ParkStatus;
import no.symbiose.app.programme.ProgrammeDecisions.DecisionInput;
import no.symbiose.app.security.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /program} (public overview), {@code /program/park/{park}} (login: criteria,
 * decisions, the decision form for national administrators) and
 * {@code /program/park/{park}/mangler} (login: what is missing before the deadline).
 */
@Controller
class ProgrammePageController {

	private final Programme programme;

	private final ProgrammeDecisions decisions;

	private final DataCompleteness completeness;

	private final MessageSource messages;

	ProgrammePageController(Programme programme, ProgrammeDecisions decisions, DataCompleteness completeness,
			MessageSource messages) {
		this.programme = programme;
		this.decisions = decisions;
		this.completeness = completeness;
		this.messages = messages;
	}

	/** A criterion as the park page shows it. */
	record CriterionRow(String key, String name, String outcome, String reason, String source) {

	}

	@GetMapping("/program")
	String overview(@RequestParam(name = "ar", required = false) @Nullable Integer year, Viewer viewer, Model model) {
		int shown = this.programme.year(year);
		boolean english = english();
		model.addAttribute("overview", this.programme.overview(shown, viewer));
		model.addAttribute("criteria", this.programme.criteria().criteria());
		model.addAttribute("english", english);
		years(model, shown);
		return "programme/overview";
	}

	@GetMapping("/program/park/{park}")
	String park(@PathVariable String park, @RequestParam(name = "ar", required = false) @Nullable Integer year,
			Viewer viewer, Model model) {
		parkModel(park, this.programme.year(year), viewer, model);
		model.addAttribute("form", new DecisionInput(null, null, null, null, null));
		return "programme/park";
	}

	@PostMapping("/program/park/{park}/vedtak")
	String decide(@PathVariable String park, @RequestParam(required = false) @Nullable String decision,
			@RequestParam(required = false) @Nullable String decidedOn,
			@RequestParam(required = false) @Nullable String decidedBy,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable Boolean netZero,
			@RequestParam(name = "ar", required = false) @Nullable Integer year, Viewer viewer, Model model,
			HttpServletResponse response) {
		DecisionInput input = new DecisionInput(decision, decidedOn, decidedBy, reason, netZero);
		try {
			this.decisions.record(viewer, park, input);
		}
		catch (InvalidInputException ex) {
			// The form comes back with what was typed and every problem, in the page's
			// language.
			Locale locale = LocaleContextHolder.getLocale();
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			parkModel(park, this.programme.year(year), viewer, model);
			model.addAttribute("form", input);
			model.addAttribute("errors", ex.problems().stream().map(problem -> error(problem, locale)).toList());
			return "programme/park";
		}
		catch (ForbiddenException ex) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			parkModel(park, this.programme.year(year), viewer, model);
			model.addAttribute("form", input);
			model.addAttribute("forbidden", true);
			return "programme/park";
		}
		return "redirect:/program/park/" + park + (year == null ? "" : "?ar=" + this.programme.year(year))
				+ "#programme-decisions";
	}

	@GetMapping("/program/park/{park}/mangler")
	String missing(@PathVariable String park, @RequestParam(name = "ar", required = false) @Nullable Integer year,
			Model model) {
		int shown = this.programme.year(year);
		model.addAttribute("completeness", this.completeness.of(park, shown));
		years(model, shown);
		return "programme/missing";
	}

	private void parkModel(String park, int year, Viewer viewer, Model model) {
		ParkStatus status = this.programme.of(park, year, viewer);
		Locale locale = LocaleContextHolder.getLocale();
		boolean english = english();
		List<CriterionRow> rows = status.qualification()
			.results()
			.stream()
			.map(result -> new CriterionRow(result.criterion().key(),
					english ? result.criterion().nameEn() : result.criterion().nameNb(),
					result.outcome().name().toLowerCase(Locale.ROOT),
					ProgrammeTexts.reason(this.messages, result, locale), result.criterion().source()))
			.toList();
		model.addAttribute("status", status);
		model.addAttribute("criteriaRows", rows);
		model.addAttribute("history", this.decisions.history(status.park().id()));
		model.addAttribute("mayDecide", this.decisions.mayDecide(viewer));
		model.addAttribute("netZeroKey", status.netZero().state().name().toLowerCase(Locale.ROOT));
		model.addAttribute("netZeroBasisKey", status.netZero().basis().name().toLowerCase(Locale.ROOT));
		years(model, year);
	}

	private String error(FieldProblem problem, Locale locale) {
		String field = this.messages.getMessage("programme.decision.field." + problem.field(), null, problem.field(),
				locale);
		return field + ": "
				+ this.messages.getMessage(problem.messageKey(), problem.arguments(), problem.messageKey(), locale);
	}

	private void years(Model model, int year) {
		model.addAttribute("year", year);
		model.addAttribute("years", this.programme.years());
	}

	private static boolean english() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage());
	}

}
