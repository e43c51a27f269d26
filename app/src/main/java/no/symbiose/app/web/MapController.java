package no.symbiose.app.web;

import java.util.List;
import java.util.stream.Collectors;

import no.symbiose.app.registry.RegistryQueries;
import no.symbiose.app.registry.RegistryViews.MapSite;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public map; the sites are also listed in a table below it for keyboard and screen
 * readers.
 */
@Controller
class MapController {

	private final RegistryQueries registry;

	MapController(RegistryQueries registry) {
		this.registry = registry;
	}

	@GetMapping("/map")
	String map(Model model) {
		List<MapSite> sites = registry.mapSites();
		model.addAttribute("sites", sites);
		model.addAttribute("parkNames",
				sites.stream()
					.filter(site -> site.kind().equals("park"))
					.collect(Collectors.toMap(MapSite::key, MapSite::name, (a, b) -> a)));
		return "map/index";
	}

}
