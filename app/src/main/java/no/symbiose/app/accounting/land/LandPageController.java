package no.symbiose.app.accounting.land;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import no.symbiose.app.accounting.AccountPageModel;
import no.symbiose.app.accounting.AccountScope;
import no.symbiose.app.accounting.land.LandPlots.PlotInput;
import no.symbiose.app.api.FieldProblem;
import no.symbiose.app.api.ForbiddenException;
import no.symbiose.app.api.InvalidInputException;
import no.symbiose.app.api.Problems;
import no.symbiose.app.security.Viewer;
import no.symbiose.engine.registry.ZoningStatus;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The land and building account ({@code /regnskap/areal}) for the nation, a county or a
 * park, and the form that adds a park's free plots. A refused plot re-renders the page
 * with each wrong field marked and nothing written.
 */
@Controller
class LandPageController {

	/** What the plot form sends back when it is re-rendered. */
	record PlotForm(String label, String areaDaa, String zoningStatus, String availableFrom, String source) {

		static final PlotForm EMPTY = new PlotForm("", "", ZoningStatus.ZONED.key(), "", "");

	}

	private final AccountPageModel pages;

	private final LandAccounts accounts;

	private final LandPlots plots;

	private final Problems problems;

	LandPageController(AccountPageModel pages, LandAccounts accounts, LandPlots plots, Problems problems) {
		this.pages = pages;
		this.accounts = accounts;
		this.plots = plots;
		this.problems = problems;
	}

	@GetMapping("/regnskap/areal")
	String land(@RequestParam(name = "fylke", required = false) @Nullable String county,
			@RequestParam(name = "park", required = false) @Nullable String park,
			@RequestParam(name = "ar", required = false) @Nullable Integer year, Viewer viewer, Model model) {
		return render(model, AccountScope.of(county, park), year, viewer, PlotForm.EMPTY, Map.of(), null);
	}

	@PostMapping("/regnskap/areal/tomter")
	String addPlot(@RequestParam(name = "park", required = false) @Nullable String park,
			@RequestParam(name = "ar", required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String label,
			@RequestParam(required = false) @Nullable String areaDaa,
			@RequestParam(required = false) @Nullable String zoningStatus,
			@RequestParam(required = false) @Nullable String availableFrom,
			@RequestParam(required = false) @Nullable String source, Viewer viewer, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (park == null || park.isBlank()) {
			throw new InvalidInputException(List.of(FieldProblem.of("park", park, "problem.field.required")));
		}
		AccountScope scope = AccountScope.of(null, park);
		PlotForm form = new PlotForm(text(label), text(areaDaa), text(zoningStatus), text(availableFrom), text(source));
		List<FieldProblem> wrong = new ArrayList<>();
		Double area = parseArea(areaDaa, wrong);
		LocalDate from = parseDate(availableFrom, wrong);
		Locale locale = LocaleContextHolder.getLocale();
		try {
			this.plots.add(viewer, scope.key(), new PlotInput(label, area, zoningStatus, from, source), wrong);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			Map<String, String> errors = new LinkedHashMap<>();
			for (FieldProblem problem : ex.problems()) {
				errors.putIfAbsent(problem.field(),
						this.problems.message(problem.messageKey(), problem.arguments(), locale));
			}
			return render(model, scope, year, viewer, form, errors, null);
		}
		catch (ForbiddenException ex) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return render(model, scope, year, viewer, form, Map.of(), "accounts.land.plot.forbidden");
		}
		redirect.addFlashAttribute("notice",
				this.problems.message("accounts.land.plot.added", new Object[] { form.label().strip() }, locale));
		return "redirect:" + back(scope.key(), year);
	}

	@PostMapping("/regnskap/areal/tomter/{id}/slett")
	String deletePlot(@PathVariable long id, @RequestParam(name = "ar", required = false) @Nullable Integer year,
			Viewer viewer, RedirectAttributes redirect) {
		Locale locale = LocaleContextHolder.getLocale();
		String parkKey = this.plots.parkKeyOf(id);
		try {
			this.plots.delete(viewer, id);
			redirect.addFlashAttribute("notice",
					this.problems.message("accounts.land.plot.deleted", new Object[0], locale));
		}
		catch (ForbiddenException ex) {
			redirect.addFlashAttribute("refused",
					this.problems.message("accounts.land.plot.forbidden", new Object[0], locale));
		}
		return "redirect:" + back(parkKey, year);
	}

	private String render(Model model, AccountScope scope, @Nullable Integer year, Viewer viewer, PlotForm form,
			Map<String, String> errors, @Nullable String refusedKey) {
		List<Integer> years = this.accounts.years();
		int shown = this.pages.prepare(model, scope, year != null ? year : this.accounts.defaultYear(scope));
		model.addAttribute("years", years);
		LandAccountView land = this.accounts.account(scope, shown);
		model.addAttribute("land", land);
		Long parkId = scope.level() == AccountScope.Level.PARK ? land.parkIds().get(scope.key()) : null;
		model.addAttribute("mayEditPlots", parkId != null && this.plots.mayEdit(viewer, parkId));
		model.addAttribute("plotForm", form);
		model.addAttribute("plotErrors", errors);
		model.addAttribute("zoningStatuses", List.of(ZoningStatus.values()).stream().map(ZoningStatus::key).toList());
		if (refusedKey != null) {
			model.addAttribute("refused",
					this.problems.message(refusedKey, new Object[0], LocaleContextHolder.getLocale()));
		}
		return "accounting/land";
	}

	private static String back(String parkKey, @Nullable Integer year) {
		return UriComponentsBuilder.fromPath("/regnskap/areal")
			.queryParam("park", parkKey)
			.queryParamIfPresent("ar", java.util.Optional.ofNullable(year))
			.fragment("tomter")
			.build()
			.encode()
			.toUriString();
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	/** A decimal comma is read as a point (12,5 daa). */
	private static @Nullable Double parseArea(@Nullable String text, List<FieldProblem> wrong) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(text.strip().replace('\u00A0', ' ').replace(" ", "").replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			wrong.add(FieldProblem.of("areaDaa", text, "problem.field.type"));
			return null;
		}
	}

	private static @Nullable LocalDate parseDate(@Nullable String text, List<FieldProblem> wrong) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			wrong.add(FieldProblem.of("availableFrom", text, "problem.field.date"));
			return null;
		}
	}

}
