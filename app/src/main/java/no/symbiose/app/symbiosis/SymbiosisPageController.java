package no.symbiose.app.symbiosis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import no.symbiose.app.api.FieldProblem;
import no.symbiose.app.api.InvalidInputException;
import no.symbiose.app.api.NotFoundException;
import no.symbiose.app.api.Problems;
import no.symbiose.app.referencedata.ReferenceQueries;
import no.symbiose.app.referencedata.ReferenceQueries.County;
import no.symbiose.app.security.Role;
import no.symbiose.app.security.Viewer;

/**
 * The symbiosis pages: opportunities (candidates) with filters, map and table, and the
 * knowledge base with the administrators' rule form.
 */
@Controller
class SymbiosisPageController {

	/** Rows of the opportunities table (and lines on its map); the API pages the rest. */
	static final int TABLE_LIMIT = 100;

	private final CandidateViews candidates;

	private final SymbiosisMatching matching;

	private final KnowledgeBaseAdmin admin;

	private final ReferenceQueries reference;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Problems problems;

	private final SymbiosisAllocation allocation;

	SymbiosisPageController(CandidateViews candidates, SymbiosisMatching matching, KnowledgeBaseAdmin admin,
			ReferenceQueries reference, JdbcClient jdbc, JsonMapper json, Problems problems,
			SymbiosisAllocation allocation) {
		this.allocation = allocation;
		this.candidates = candidates;
		this.matching = matching;
		this.admin = admin;
		this.reference = reference;
		this.jdbc = jdbc;
		this.json = json;
		this.problems = problems;
	}

	record ParkOption(String key, String name) {
	}

	/** One line on the map: the two sites, kind and net t CO2e for its look, a label. */
	record MapLine(String id, double[] from, double[] to, String kind, @Nullable Double netTonnes, String label,
			boolean approximate) {
	}

	@GetMapping("/muligheter")
	String candidates(@RequestParam(required = false) @Nullable String company,
			@RequestParam(required = false) @Nullable String park,
			@RequestParam(required = false) @Nullable String county,
			@RequestParam(required = false) @Nullable String rule,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String minNet,
			@RequestParam(required = false) @Nullable String sort, Viewer viewer, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		// A number the filter cannot read is said on the page and left out, not answered
		// with a 400.
		Double minNetTonnes = null;
		if (minNet != null && !minNet.isBlank()) {
			try {
				minNetTonnes = Double.valueOf(minNet.strip().replace(',', '.').replace(" ", ""));
			}
			catch (NumberFormatException ex) {
				model.addAttribute("minNetError", minNet);
			}
		}
		CandidateFilter filter = CandidateFilter.of(company, park, county, rule, kind, minNetTonnes, sort);
		List<CandidateView> all = this.candidates.list(viewer, filter, locale);
		List<CandidateView> shown = all.size() <= TABLE_LIMIT ? all : all.subList(0, TABLE_LIMIT);
		List<County> counties = this.reference.counties().stream().sorted(Comparator.comparing(County::name)).toList();
		model.addAttribute("filter", filter);
		model.addAttribute("candidates", shown);
		model.addAttribute("total", all.size());
		model.addAttribute("counties", counties);
		model.addAttribute("countyName",
				counties.stream()
					.filter(c -> c.number().equals(filter.county()))
					.map(County::name)
					.findFirst()
					.orElse(null));
		model.addAttribute("parks",
				this.jdbc.sql("select park_key, name from park order by name")
					.query((rs, n) -> new ParkOption(rs.getString(1), rs.getString(2)))
					.list());
		model.addAttribute("rules", KnowledgeBaseView.of(this.matching.knowledgeBase(), locale).rules());
		model.addAttribute("linesJson", linesJson(shown));
		// when the run behind the list was computed, and whether a newer one is (for "as
		// of")
		this.matching.computedAt().ifPresent(at -> model.addAttribute("candidatesComputedAt", at));
		model.addAttribute("candidatesRecomputing", this.matching.recomputing());
		return "symbiosis/candidates";
	}

	@GetMapping("/muligheter/allokering")
	String allocation(@RequestParam(required = false) @Nullable String objective,
			@RequestParam(required = false) @Nullable String county,
			@RequestParam(required = false) @Nullable String park, Viewer viewer, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		SymbiosisAllocation.AllocationView result = this.allocation.allocate(viewer, objective, county, park);
		Map<String, CandidateView> byId = new LinkedHashMap<>();
		for (CandidateView view : this.candidates.list(viewer,
				new CandidateFilter(null, park, county, null, null, null, CandidateFilter.Sort.RANK), locale)) {
			byId.put(view.id(), view);
		}
		model.addAttribute("result", result);
		model.addAttribute("candidatesById", byId);
		model.addAttribute("county", county == null ? "" : county);
		model.addAttribute("park", park == null ? "" : park);
		model.addAttribute("counties",
				this.reference.counties().stream().sorted(Comparator.comparing(County::name)).toList());
		model.addAttribute("parks",
				this.jdbc.sql("select park_key, name from park order by name")
					.query((rs, n) -> new ParkOption(rs.getString(1), rs.getString(2)))
					.list());
		return "symbiosis/allocation";
	}

	@GetMapping("/kunnskapsbase")
	String knowledgeBase(Viewer viewer, Model model) {
		return knowledgeBasePage(viewer, model, RuleColumnsCheck.complete(Map.of()), List.of());
	}

	@PostMapping("/kunnskapsbase/regler")
	String addRule(@RequestParam MultiValueMap<String, String> form, Viewer viewer, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		requireAdmin(viewer);
		Map<String, String> columns = new LinkedHashMap<>();
		for (String column : RuleColumnsCheck.COLUMNS) {
			String value = form.getFirst(column);
			if (value != null && !value.isBlank()) {
				columns.put(column, value);
			}
		}
		try {
			String id = this.admin.add(viewer, columns);
			redirect.addFlashAttribute("added", id);
			return "redirect:/kunnskapsbase#rule-" + id;
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return knowledgeBasePage(viewer, model, RuleColumnsCheck.complete(columns), ex.problems());
		}
	}

	@PostMapping("/kunnskapsbase/regler/{ruleId}/slett")
	String deleteRule(@PathVariable String ruleId, Viewer viewer, RedirectAttributes redirect,
			HttpServletResponse response) {
		requireAdmin(viewer);
		try {
			this.admin.delete(viewer, ruleId);
		}
		catch (NotFoundException ex) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "error/404";
		}
		redirect.addFlashAttribute("deleted", ruleId);
		return "redirect:/kunnskapsbase";
	}

	private static void requireAdmin(Viewer viewer) {
		if (viewer.role() != Role.NATIONAL_ADMIN) {
			throw new AccessDeniedException("national administrators only");
		}
	}

	/** A field's problems as sentences, for the form. */
	record FormError(String field, String message) {
	}

	private String knowledgeBasePage(Viewer viewer, Model model, Map<String, String> form,
			List<FieldProblem> fieldProblems) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("kb", KnowledgeBaseView.of(this.matching.knowledgeBase(), locale));
		model.addAttribute("isAdmin", viewer.role() == Role.NATIONAL_ADMIN);
		model.addAttribute("columns", RuleColumnsCheck.COLUMNS);
		model.addAttribute("form", form);
		List<FormError> errors = new ArrayList<>();
		for (FieldProblem problem : fieldProblems) {
			errors.add(new FormError(problem.field(),
					this.problems.message(problem.messageKey(), problem.arguments(), locale)));
		}
		model.addAttribute("errors", errors);
		return "symbiosis/knowledge-base";
	}

	private String linesJson(List<CandidateView> shown) {
		List<MapLine> lines = new ArrayList<>();
		for (CandidateView c : shown) {
			if (c.supply().lat() == null || c.demand().lat() == null) {
				continue;
			}
			String label = c.supply().label() + " (" + c.supply().who() + ") → " + c.demand().label() + " ("
					+ c.demand().who() + "): " + c.rule().name();
			lines.add(new MapLine(c.id(), new double[] { c.supply().lat(), c.supply().lon() },
					new double[] { c.demand().lat(), c.demand().lon() }, c.rule().kind(),
					c.figures().netTonnesCo2ePerYear(), label, c.hasAnonymousSide()));
		}
		// inside <script>: no "</" may end the element early
		return this.json.writeValueAsString(lines).replace("<", "\\u003c");
	}

}
