package no.symbiose.app.web;

import java.util.List;

import no.symbiose.app.registry.RegistryQueries;
import no.symbiose.app.registry.RegistryViews.MapSite;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sites the map page's script draws. Same public data as the map API; kept beside the page
 * so the page does not depend on the API's path or version.
 */
@RestController
class MapSitesController {

	private final RegistryQueries registry;

	MapSitesController(RegistryQueries registry) {
		this.registry = registry;
	}

	@GetMapping("/web/map/sites")
	List<MapSite> sites() {
		return registry.mapSites();
	}

}
