package no.symbiose.app.goals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
import no.symbiose.app.goals.GoalEntries.Entry;
import no.symbiose.app.goals.GoalEntries.EntryFilter;
import no.symbiose.app.goals.GoalEntries.EntryInput;
import no.symbiose.app.goals.GoalEntries.EntryScope;
import no.symbiose.app.goals.GoalFollowUp.IndicatorFollowUp;
import no.symbiose.app.security.Viewer;
import no.symbiose.engine.goals.Assessment;
import no.symbiose.engine.goals.Goal;
import no.symbiose.engine.goals.Indicator;
import no.symbiose.engine.goals.Observation;
import no.symbiose.engine.goals.Scope;
import org.jspecify.annotations.Nullable;

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
 * {@code /mal/park/{park}/registreringer} (login, access to the park): the park's
 * recorded entries grouped by goal, and for its facilitator (or a national administrator)
 * the form that records, changes and deletes them. A refused entry re-renders the page
 * with each wrong field marked and nothing written.
 */
@Controller
class GoalEntriesPageController {

	/**
	 * What the form shows: empty, an entry to change ({@code id}, {@code version}), or
	 * what was sent when it is re-rendered.
	 */
	record EntryForm(@Nullable Long id, @Nullable Integer version, String indicator, String year, String value,
			String eventDate, String evidence, String title, String description) {

		static final EntryForm EMPTY = new EntryForm(null, null, "", "", "", "", "", "", "");

		static EntryForm of(Entry entry) {
			return new EntryForm(entry.id(), entry.version(), entry.indicator().key(), String.valueOf(entry.year()),
					BigDecimal.valueOf(entry.value()).stripTrailingZeros().toPlainString(),
					entry.eventDate().toString(), entry.evidence(), entry.title(),
					entry.description() == null ? "" : entry.description());
		}

	}

	/** A recorded park indicator as the form's select offers it. */
	record IndicatorOption(String key, String name, String unit) {

	}

	/**
	 * A goal with its recorded park indicators and the park's entries of them, newest
	 * first.
	 */
	record GoalGroup(String key, String kind, int number, String title, List<IndicatorOption> indicators,
			List<IndicatorSummary> summaries, List<EntryRow> entries) {

		/** The indicators' names, for the line that says what is recorded. */
		public List<String> indicatorNames() {
			return this.indicators.stream().map(IndicatorOption::name).toList();
		}

	}

	/**
	 * An indicator of the park with entries: its values per year (oldest first) as
	 * {@link RecordedIndicatorValues} makes them, and its status.
	 *
	 * @param level whether a year's value is its latest entry (yes/no, %) rather than the
	 * sum
	 * @param unknownReason why the status is unknown, else null
	 */
	record IndicatorSummary(String key, String name, String unit, boolean level, List<Observation> values,
			String status, @Nullable String unknownReason) {

	}

	/** An entry as the table shows it. */
	record EntryRow(long id, int version, String indicatorKey, String indicatorName, String unit, int year,
			double value, String title, @Nullable String description, String evidence, @Nullable String evidenceLink,
			LocalDate eventDate, String recordedBy, LocalDate recordedOn) {

	}

	private final GoalEntries entries;

	private final Problems problems;

	private final GoalFollowUp followUp;

	GoalEntriesPageController(GoalEntries entries, Problems problems, GoalFollowUp followUp) {
		this.entries = entries;
		this.problems = problems;
		this.followUp = followUp;
	}

	/** {@code endre=<entry id>} opens the form on that entry. */
	@GetMapping("/mal/park/{park}/registreringer")
	String page(@PathVariable String park, @RequestParam(name = "endre", required = false) @Nullable Long change,
			Viewer viewer, Model model) {
		EntryScope scope = readablePark(park, viewer);
		EntryForm form = EntryForm.EMPTY;
		if (change != null && this.entries.mayEdit(viewer, scope)) {
			form = this.entries.list(viewer, EntryFilter.ofPark(park))
				.stream()
				.filter(entry -> entry.id() == change)
				.findFirst()
				.map(EntryForm::of)
				.orElse(form);
		}
		return render(model, scope, viewer, form, Map.of(), null);
	}

	@PostMapping("/mal/park/{park}/registreringer")
	String add(@PathVariable String park, @RequestParam(required = false) @Nullable String indicator,
			@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String value,
			@RequestParam(required = false) @Nullable String eventDate,
			@RequestParam(required = false) @Nullable String evidence,
			@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String description, Viewer viewer, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		EntryScope scope = readablePark(park, viewer);
		EntryForm form = new EntryForm(null, null, text(indicator), text(year), text(value), text(eventDate),
				text(evidence), text(title), text(description));
		return save(scope, form, viewer, model, response, redirect, (input, wrong) -> {
			// the scope is the park: who may not write it is told so before the form is
			// read
			if (!this.entries.mayEdit(viewer, scope)) {
				throw new ForbiddenException();
			}
			this.entries.add(viewer, input, wrong);
		}, "goals.entries.added");
	}

	@PostMapping("/mal/park/{park}/registreringer/{id}")
	String change(@PathVariable String park, @PathVariable long id,
			@RequestParam(required = false) @Nullable Integer version,
			@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String value,
			@RequestParam(required = false) @Nullable String eventDate,
			@RequestParam(required = false) @Nullable String evidence,
			@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String description, Viewer viewer, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		EntryScope scope = readablePark(park, viewer);
		Entry stored = entryOfPark(viewer, park, id);
		EntryForm form = new EntryForm(id, version, stored.indicator().key(), text(year), text(value), text(eventDate),
				text(evidence), text(title), text(description));
		return save(scope, form, viewer, model, response, redirect,
				(input, wrong) -> this.entries.change(viewer, id, input, version, wrong), "goals.entries.changed");
	}

	@PostMapping("/mal/park/{park}/registreringer/{id}/slett")
	String delete(@PathVariable String park, @PathVariable long id,
			@RequestParam(required = false) @Nullable Integer version, Viewer viewer, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		EntryScope scope = readablePark(park, viewer);
		Entry stored = entryOfPark(viewer, park, id);
		if (!this.entries.mayEdit(viewer, stored.scope())) {
			// a refusal is a 403, not a redirect that reads like the page's normal answer
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return render(model, scope, viewer, EntryForm.EMPTY, Map.of(), "goals.entries.forbidden");
		}
		Locale locale = LocaleContextHolder.getLocale();
		try {
			this.entries.delete(viewer, id, version);
			redirect.addFlashAttribute("notice",
					this.problems.message("goals.entries.deleted", new Object[] { stored.title() }, locale));
		}
		catch (ForbiddenException ex) {
			redirect.addFlashAttribute("refused",
					this.problems.message("goals.entries.forbidden", new Object[0], locale));
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("refused",
					this.problems.message("goals.entries.conflict", new Object[] { stored.title() }, locale));
		}
		return "redirect:" + back(park);
	}

	/** Records or changes an entry, or shows the form again with what was wrong. */
	private String save(EntryScope scope, EntryForm form, Viewer viewer, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Write write, String doneKey) {
		List<FieldProblem> wrong = new ArrayList<>();
		Integer year = parseYear(form.year(), wrong);
		Double value = parseValue(form.value(), wrong);
		LocalDate date = parseDate(form.eventDate(), wrong);
		Locale locale = LocaleContextHolder.getLocale();
		EntryInput input = new EntryInput(form.indicator(), scope.parkKey(), null, year, value, form.title(),
				form.description(), form.evidence(), date);
		try {
			write.accept(input, wrong);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			Map<String, String> errors = new LinkedHashMap<>();
			for (FieldProblem problem : ex.problems()) {
				errors.putIfAbsent(field(problem.field()),
						this.problems.message(problem.messageKey(), problem.arguments(), locale));
			}
			return render(model, scope, viewer, form, errors, null);
		}
		catch (ForbiddenException ex) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return render(model, scope, viewer, form, Map.of(), "goals.entries.forbidden");
		}
		catch (ConflictException ex) {
			// the list shows the entry as it is now; the form keeps what was typed, with
			// the
			// new version, so saving again replaces it on purpose
			response.setStatus(HttpStatus.CONFLICT.value());
			EntryForm kept = (ex.currentVersion() < 0) ? form
					: new EntryForm(form.id(), (int) ex.currentVersion(), form.indicator(), form.year(), form.value(),
							form.eventDate(), form.evidence(), form.title(), form.description());
			return render(model, scope, viewer, kept, Map.of(), "goals.entries.conflict");
		}
		redirect.addFlashAttribute("notice",
				this.problems.message(doneKey, new Object[] { form.title().strip() }, locale));
		return "redirect:" + back(scope.parkKey());
	}

	/**
	 * The form has no field for the version or the park: their problems go with the form.
	 */
	private static String field(String field) {
		return switch (field) {
			case "indicator", "year", "value", "eventDate", "evidence", "title", "description" -> field;
			default -> "form";
		};
	}

	@FunctionalInterface
	private interface Write {

		void accept(EntryInput input, List<FieldProblem> alreadyFound);

	}

	private String render(Model model, EntryScope scope, Viewer viewer, EntryForm form, Map<String, String> errors,
			@Nullable String refusedKey) {
		Locale locale = LocaleContextHolder.getLocale();
		boolean english = "en".equals(locale.getLanguage());
		List<Entry> stored = this.entries.list(viewer, EntryFilter.ofPark(scope.parkKey()));
		List<Indicator> recorded = this.entries.recordedIndicators(Scope.PARK);
		List<GoalGroup> groups = new ArrayList<>();
		for (Goal goal : this.entries.catalogue().goals()) {
			List<Indicator> ofGoal = recorded.stream().filter(i -> i.goalKey().equals(goal.key())).toList();
			if (ofGoal.isEmpty()) {
				continue;
			}
			List<EntryRow> rows = stored.stream()
				.filter(entry -> entry.indicator().goalKey().equals(goal.key()))
				.map(entry -> row(entry, english))
				.toList();
			List<IndicatorSummary> summaries = ofGoal.stream()
				.filter(i -> rows.stream().anyMatch(row -> row.indicatorKey().equals(i.key())))
				.map(i -> summary(scope, i, viewer, english))
				.toList();
			groups.add(new GoalGroup(goal.key(), goal.kind().name().toLowerCase(Locale.ROOT), goal.number(),
					english ? goal.titleEn() : goal.titleNb(),
					ofGoal.stream()
						.map(i -> new IndicatorOption(i.key(), english ? i.nameEn() : i.nameNb(), i.unit()))
						.toList(),
					summaries, rows));
		}
		model.addAttribute("parkKey", scope.parkKey());
		model.addAttribute("parkName", scope.parkName());
		model.addAttribute("groups", groups);
		model.addAttribute("entryCount", stored.size());
		model.addAttribute("mayEdit", this.entries.mayEdit(viewer, scope));
		model.addAttribute("entryForm", form);
		model.addAttribute("entryErrors", errors);
		model.addAttribute("formIndicator",
				form.id() == null ? null
						: recorded.stream()
							.filter(i -> i.key().equals(form.indicator()))
							.findFirst()
							.map(i -> new IndicatorOption(i.key(), english ? i.nameEn() : i.nameNb(), i.unit()))
							.orElse(null));
		if (refusedKey != null) {
			model.addAttribute("refused", this.problems.message(refusedKey, new Object[] { form.title() }, locale));
		}
		return "goals/entries";
	}

	private IndicatorSummary summary(EntryScope scope, Indicator indicator, Viewer viewer, boolean english) {
		IndicatorFollowUp followed = this.followUp.of(AccountScope.park(scope.parkKey()), indicator.key(), viewer);
		Assessment assessment = followed.assessment();
		return new IndicatorSummary(indicator.key(), english ? indicator.nameEn() : indicator.nameNb(),
				indicator.unit(), RecordedIndicatorValues.isLevel(indicator.unit()), followed.values(),
				assessment.status().name(), assessment instanceof Assessment.Unknown unknown
						? unknown.reason().name().toLowerCase(Locale.ROOT) : null);
	}

	private static EntryRow row(Entry entry, boolean english) {
		return new EntryRow(entry.id(), entry.version(), entry.indicator().key(),
				english ? entry.indicator().nameEn() : entry.indicator().nameNb(), entry.unit(), entry.year(),
				entry.value(), entry.title(), entry.description(), entry.evidence(), entry.evidenceLink().orElse(null),
				entry.eventDate(), entry.recordedBy(), entry.recordedAt().toLocalDate());
	}

	/** The park, if the viewer may read its entries; else 404, as for an unknown park. */
	private EntryScope readablePark(String parkKey, Viewer viewer) {
		EntryScope scope = this.entries.park(parkKey).orElseThrow(() -> new NotFoundException("park", parkKey));
		if (!this.entries.mayReadPark(viewer, parkKey)) {
			throw new NotFoundException("park", parkKey);
		}
		return scope;
	}

	private Entry entryOfPark(Viewer viewer, String parkKey, long id) {
		Entry entry = this.entries.entry(viewer, id);
		if (!parkKey.equals(entry.scope().parkKey())) {
			throw new NotFoundException("goalEntry", String.valueOf(id));
		}
		return entry;
	}

	private static String back(@Nullable String parkKey) {
		return UriComponentsBuilder.fromPath("/mal/park/{park}/registreringer")
			.fragment("registreringer")
			.buildAndExpand(parkKey)
			.encode()
			.toUriString();
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	private static @Nullable Integer parseYear(String text, List<FieldProblem> wrong) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			wrong.add(FieldProblem.of("year", text, "goals.entries.problem.yearFormat"));
			return null;
		}
	}

	/** A decimal comma is read as a point, spaces between thousands are dropped. */
	private static @Nullable Double parseValue(String text, List<FieldProblem> wrong) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return Double
				.valueOf(text.strip().replace('\u00A0', ' ').replace('\u202F', ' ').replace(" ", "").replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			wrong.add(FieldProblem.of("value", text, "goals.entries.problem.valueFormat"));
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
			wrong.add(FieldProblem.of("eventDate", text, "goals.entries.problem.dateFormat"));
			return null;
		}
	}

}
