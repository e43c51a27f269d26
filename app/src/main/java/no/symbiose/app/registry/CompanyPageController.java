package no.symbiose.app.registry;

import java.util.Comparator;

import no.symbiose.app.referencedata.ReferenceQueries;
import no.symbiose.app.referencedata.ReferenceQueries.County;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import no.symbiose.app.registry.RegistryViews.CompanyView;
import no.symbiose.app.security.Viewer;
import no.symbiose.app.symbiosis.CandidateFilter;
import no.symbiose.app.symbiosis.CandidateViews;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The company pages: a searchable list and one company with the yearly facts and streams
 * the viewer may see. Search-as-you-type asks for the same address with htmx and gets
 * only the results table back.
 */
@Controller
class CompanyPageController {

	static final int PAGE_SIZE = 25;

	/** Symbiosis opportunities shown on the page; the full list is one link away. */
	static final int TOP_CANDIDATES = 10;

	private final RegistryQueries registry;

	private final ReferenceQueries reference;

	private final CandidateViews candidates;

	CompanyPageController(RegistryQueries registry, ReferenceQueries reference, CandidateViews candidates) {
		this.registry = registry;
		this.reference = reference;
		this.candidates = candidates;
	}

	@GetMapping("/companies")
	String companies(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String county,
			@RequestParam(required = false) @Nullable String park, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
			Model model, HttpServletResponse response) {
		model.addAttribute("q", q == null ? "" : q.strip());
		model.addAttribute("county", county == null ? "" : county);
		model.addAttribute("park", park == null ? "" : park);
		model.addAttribute("page", registry.companies(park, county, q, Math.max(page, 0), PAGE_SIZE));
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		if ("true".equals(htmx) && !"true".equals(historyRestore)) {
			return "registry/companies :: results";
		}
		model.addAttribute("counties", counties());
		model.addAttribute("parks", registry.parks());
		return "registry/companies";
	}

	@GetMapping("/companies/{key}")
	String company(@PathVariable String key, Viewer viewer, Model model, HttpServletResponse response) {
		Optional<CompanyView> found = registry.company(key);
		if (found.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "error/404";
		}
		CompanyView company = found.get();
		model.addAttribute("company", company);
		model.addAttribute("facts", registry.facts(company.id(), viewer));
		model.addAttribute("streams", registry.streams(company.id(), null, viewer));
		model.addAttribute("candidates", candidates.top(viewer, CandidateFilter.ofCompany(company.key()),
				TOP_CANDIDATES, LocaleContextHolder.getLocale()));
		return "registry/company";
	}

	/** The county filter, in alphabetical order as a person looks for a name. */
	private List<County> counties() {
		return this.reference.counties().stream().sorted(Comparator.comparing(County::name)).toList();
	}

}
