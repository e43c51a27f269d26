package no.symbiose.app.registry;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import no.symbiose.app.registry.RegistryViews.ParkView;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public pages of parks: the list and one park with its tenants. */
@Controller
class ParkPageController {

	private final RegistryQueries registry;

	ParkPageController(RegistryQueries registry) {
		this.registry = registry;
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
	String park(@PathVariable String key, Model model, HttpServletResponse response) {
		Optional<ParkView> found = registry.park(key);
		if (found.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "error/404";
		}
		ParkView park = found.get();
		model.addAttribute("park", park);
		model.addAttribute("tenants", registry.tenants(park.id()));
		return "registry/park";
	}

}
