package no.symbiose.app.symbiosis;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import no.symbiose.app.api.NotFoundException;
import no.symbiose.app.api.PageResponse;
import no.symbiose.app.security.Viewer;

/**
 * Symbiosis over HTTP: the candidates the caller may see (see {@link CandidateViews}),
 * the knowledge base, and administrators' rules. Texts are in bokmål unless
 * Accept-Language asks for English.
 */
@RestController
@RequestMapping("/api/v1/symbiosis")
@Tag(name = "symbiosis", description = "Symbiosis candidates, knowledge base and allocation")
class SymbiosisApiController {

	private final CandidateViews candidates;

	private final SymbiosisMatching matching;

	private final KnowledgeBaseAdmin admin;

	private final SymbiosisAllocation allocation;

	SymbiosisApiController(CandidateViews candidates, SymbiosisMatching matching, KnowledgeBaseAdmin admin,
			SymbiosisAllocation allocation) {
		this.candidates = candidates;
		this.matching = matching;
		this.admin = admin;
		this.allocation = allocation;
	}

	@GetMapping("/allocation")
	@Operation(summary = "The best allocation of the candidates the caller may see in a county or park, "
			+ "optimal (min-cost flow) beside greedy; objective co2e (default) or value. Material (t/yr) and heat "
			+ "(MWh/yr) are separate problems; capacities are rounded to whole tonnes or MWh.")
	SymbiosisAllocation.AllocationView allocation(@RequestParam(required = false) @Nullable String objective,
			@RequestParam(required = false) @Nullable String county,
			@RequestParam(required = false) @Nullable String park, Viewer viewer) {
		return this.allocation.allocate(viewer, objective, county, park);
	}

	@GetMapping("/candidates")
	@Operation(summary = "Candidates the caller may see, best first (page from 0, size 1–500, default 50). "
			+ "A company reporter sees the counterpart anonymously until both sides opted in.")
	PageResponse<CandidateView> candidates(@RequestParam(required = false) @Nullable String company,
			@RequestParam(required = false) @Nullable String park,
			@RequestParam(required = false) @Nullable String county,
			@RequestParam(required = false) @Nullable String rule,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable Double minNetTonnesCo2e,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) int size, Viewer viewer) {
		PageResponse.checkPaging(page, size);
		CandidateFilter filter = CandidateFilter.of(company, park, county, rule, kind, minNetTonnesCo2e, sort);
		List<CandidateView> all = this.candidates.list(viewer, filter, LocaleContextHolder.getLocale());
		int from = (int) Math.min((long) page * size, all.size());
		int to = Math.min(from + size, all.size());
		return PageResponse.of(all.subList(from, to), page, size, all.size());
	}

	@GetMapping("/candidates/{id}")
	@Operation(summary = "One candidate by the id the caller was shown; 404 when the caller may not see it")
	CandidateView candidate(@PathVariable String id, Viewer viewer) {
		return this.candidates.one(id, viewer, LocaleContextHolder.getLocale())
			.orElseThrow(() -> new NotFoundException("candidate", id));
	}

	@GetMapping("/rules")
	@Operation(summary = "The knowledge base: version, rules and factors with their sources (public)")
	KnowledgeBaseView rules() {
		return KnowledgeBaseView.of(this.matching.knowledgeBase(), LocaleContextHolder.getLocale());
	}

	@PostMapping("/rules")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a rule, given as the columns of knowledge-base.csv (national admin)")
	KnowledgeBaseView.RuleView addRule(@RequestBody Map<String, String> columns, Viewer viewer) {
		String id = this.admin.add(viewer, columns);
		return rules().rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
	}

	@DeleteMapping("/rules/{ruleId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a rule an administrator added (national admin); built-in rules answer 404")
	void deleteRule(@PathVariable String ruleId, Viewer viewer) {
		this.admin.delete(viewer, ruleId);
	}

}
