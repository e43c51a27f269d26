package no.symbiose.app.accounting.land;

import java.math.BigDecimal;
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
import no.symbiose.app.api.ConflictException;
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

	/**
	 * What the plot form shows: empty, a plot to change ({@code id}, {@code version}), or
	 * what was sent back when it is re-rendered.
	 */
	record PlotForm(@Nullable Long id, @Nullable Integer version, String label, String areaDaa, String zoningStatus,
			String availableFrom, String source) {

		static final PlotForm EMPTY = new PlotForm(null, null, "", "", ZoningStatus.ZONED.key(), "", "");

		static PlotForm of(LandRegister.PlotRow row) {
			return new PlotForm(row.id(), row.version(), row.plot().label(),
					BigDecimal.valueOf(row.plot().area().value()).stripTrailingZeros().toPlainString(),
					row.plot().zoning().key(),
					row.plot().availableFrom() == null ? "" : row.plot().availableFrom().toString(),
					row.plot().source() == null ? "" : row.plot().source());
		}

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

	/** {@code endre=<plot id>} opens the form on that plot of the park. */
	@GetMapping("/regnskap/areal")
	String land(@RequestParam(name = "fylke", required = false) @Nullable String county,
			@RequestParam(name = "park", required = false) @Nullable String park,
			@RequestParam(name = "ar", required = false) @Nullable Integer year,
			@RequestParam(name = "endre", required = false) @Nullable Long change, Viewer viewer, Model model) {
		return render(model, AccountScope.of(county, park), year, viewer, change, PlotForm.EMPTY, Map.of(), null);
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
		PlotForm form = new PlotForm(null, null, text(label), text(areaDaa), text(zoningStatus), text(availableFrom),
				text(source));
		return save(AccountScope.of(null, park), year, form, viewer, model, response, redirect,
				(input, wrong) -> this.plots.add(viewer, park.strip(), input, wrong), "accounts.land.plot.added");
	}

	@PostMapping("/regnskap/areal/tomter/{id}")
	String changePlot(@PathVariable long id, @RequestParam(name = "ar", required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable Integer version,
			@RequestParam(required = false) @Nullable String label,
			@RequestParam(required = false) @Nullable String areaDaa,
			@RequestParam(required = false) @Nullable String zoningStatus,
			@RequestParam(required = false) @Nullable String availableFrom,
			@RequestParam(required = false) @Nullable String source, Viewer viewer, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		AccountScope scope = AccountScope.park(this.plots.parkKeyOf(id));
		PlotForm form = new PlotForm(id, version, text(label), text(areaDaa), text(zoningStatus), text(availableFrom),
				text(source));
		return save(scope, year, form, viewer, model, response, redirect,
				(input, wrong) -> this.plots.update(viewer, id, input, wrong, version), "accounts.land.plot.changed");
	}

	/** Adds or changes a plot, or shows the form again with what was wrong. */
	private String save(AccountScope scope, @Nullable Integer year, PlotForm form, Viewer viewer, Model model,
			HttpServletResponse response, RedirectAttributes redirect,
			java.util.function.BiConsumer<PlotInput, List<FieldProblem>> write, String doneKey) {
		List<FieldProblem> wrong = new ArrayList<>();
		Double area = parseArea(form.areaDaa(), wrong);
		LocalDate from = parseDate(form.availableFrom(), wrong);
		Locale locale = LocaleContextHolder.getLocale();
		try {
			write.accept(new PlotInput(form.label(), area, form.zoningStatus(), from, form.source()), wrong);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			Map<String, String> errors = new LinkedHashMap<>();
			for (FieldProblem problem : ex.problems()) {
				errors.putIfAbsent(problem.field(),
						this.problems.message(problem.messageKey(), problem.arguments(), locale));
			}
			return render(model, scope, year, viewer, null, form, errors, null);
		}
		catch (ForbiddenException ex) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return render(model, scope, year, viewer, null, form, Map.of(), "accounts.land.plot.forbidden");
		}
		catch (ConflictException ex) {
			// the table shows the plot as it is now; the form keeps what was typed, with
			// the
			// new version, so saving again replaces it on purpose
			response.setStatus(HttpStatus.CONFLICT.value());
			PlotForm kept = (ex.currentVersion() < 0) ? form : new PlotForm(form.id(), (int) ex.currentVersion(),
					form.label(), form.areaDaa(), form.zoningStatus(), form.availableFrom(), form.source());
			return render(model, scope, year, viewer, null, kept, Map.of(),
					(ex.currentVersion() < 0) ? "accounts.land.plot.conflict" : "accounts.land.plot.conflictKept");
		}
		redirect.addFlashAttribute("notice",
				this.problems.message(doneKey, new Object[] { form.label().strip() }, locale));
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

	/**
	 * @param change the plot whose values fill the form, when the viewer may change it
	 */
	private String render(Model model, AccountScope scope, @Nullable Integer year, Viewer viewer, @Nullable Long change,
			PlotForm form, Map<String, String> errors, @Nullable String refusedKey) {
		List<Integer> years = this.accounts.years();
		int shown = this.pages.prepare(model, scope, year != null ? year : this.accounts.defaultYear(scope));
		model.addAttribute("years", years);
		LandAccountView land = this.accounts.account(scope, shown);
		model.addAttribute("land", land);
		Long parkId = scope.level() == AccountScope.Level.PARK ? land.parkIds().get(scope.key()) : null;
		boolean mayEdit = parkId != null && this.plots.mayEdit(viewer, parkId);
		model.addAttribute("mayEditPlots", mayEdit);
		PlotForm filled = form;
		if (mayEdit && change != null) {
			filled = land.plots().stream().filter(p -> p.id() == change).findFirst().map(PlotForm::of).orElse(form);
		}
		model.addAttribute("plotForm", filled);
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
	private static @Nullable Double parseArea(String text, List<FieldProblem> wrong) {
		if (text.isBlank()) {
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

	private static @Nullable LocalDate parseDate(String text, List<FieldProblem> wrong) {
		if (text.isBlank()) {
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
