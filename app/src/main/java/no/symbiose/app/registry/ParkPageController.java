package no.symbiose.app.registry;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import no.symbiose.app.accounting.land.LandAccounts;
import no.symbiose.app.audit.AuditLog;
import no.symbiose.app.registry.RegistryViews.ParkView;
import no.symbiose.app.security.Viewer;
import no.symbiose.app.symbiosis.CandidateFilter;
import no.symbiose.app.symbiosis.CandidateViews;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public pages of parks: the list and one park with its tenants. */
@Controller
class ParkPageController {

	private final RegistryQueries registry;

	private final CandidateViews candidates;

	private final LandAccounts land;

	ParkPageController(RegistryQueries registry, CandidateViews candidates, LandAccounts land) {
		this.registry = registry;
		this.candidates = candidates;
		this.land = land;
	}

	@GetMapping("/parks")
	String parks(Model model) {
		model.addAttribute("parks", registry.parks());
		return "registry/parks";
	}

	/**
	 * An unknown key gets the 404 page here, not the problem-detail JSON the API answers
	 * with.
	 */
	@GetMapping("/parks/{key}")
	String park(@PathVariable String key, Viewer viewer, Model model, HttpServletResponse response) {
		Optional<ParkView> found = registry.park(key);
		if (found.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "error/404";
		}
		ParkView park = found.get();
		model.addAttribute("park", park);
		model.addAttribute("tenants", registry.tenants(park.id()));
		model.addAttribute("candidates", candidates.top(viewer, CandidateFilter.ofPark(park.key()),
				CompanyPageController.TOP_CANDIDATES, LocaleContextHolder.getLocale()));
		model.addAttribute("land", this.land.forPark(park.key()));
		model.addAttribute("auditLink", AuditLog.mayReadPark(viewer, park.id()));
		return "registry/park";
	}

}
