package no.symbiose.app.registry;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.symbiose.app.api.NotFoundException;
import no.symbiose.app.api.PageResponse;
import no.symbiose.app.registry.RegistryInputs.CompanyInput;
import no.symbiose.app.registry.RegistryInputs.FactsInput;
import no.symbiose.app.registry.RegistryInputs.ParkInput;
import no.symbiose.app.registry.RegistryInputs.StreamInput;
import no.symbiose.app.registry.RegistryViews.CompanyView;
import no.symbiose.app.registry.RegistryViews.FactsView;
import no.symbiose.app.registry.RegistryViews.MapSite;
import no.symbiose.app.registry.RegistryViews.PageOf;
import no.symbiose.app.registry.RegistryViews.ParkView;
import no.symbiose.app.registry.RegistryViews.StreamView;
import no.symbiose.app.registry.RegistryWrites.Written;
import no.symbiose.app.security.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry over HTTP: parks, companies, yearly facts, streams. Reads of parks and the
 * map are public; everything else needs a login. Facts and streams come filtered by
 * {@link no.symbiose.app.security.Visibility}; one the caller may not see answers 404.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "registry", description = "Parks, companies, yearly facts and streams")
class RegistryApiController {

	private final RegistryQueries queries;

	private final RegistryWrites writes;

	RegistryApiController(RegistryQueries queries, RegistryWrites writes) {
		this.queries = queries;
		this.writes = writes;
	}

	@GetMapping("/parks")
	@Operation(summary = "All parks (public)")
	List<ParkView> parks() {
		return this.queries.parks();
	}

	@GetMapping("/parks/{parkKey}")
	@Operation(summary = "One park (public)")
	ParkView park(@PathVariable String parkKey) {
		return this.queries.park(parkKey).orElseThrow(() -> new NotFoundException("park", parkKey));
	}

	@GetMapping("/parks/{parkKey}/companies")
	@Operation(summary = "The park's active tenants (public)")
	List<CompanyView> parkCompanies(@PathVariable String parkKey) {
		return this.queries.tenants(park(parkKey).id());
	}

	@PutMapping("/parks/{parkKey}")
	@Operation(summary = "Create or change a park (national admin; facilitator: own park)")
	ResponseEntity<ParkView> putPark(@PathVariable String parkKey, @RequestBody ParkInput body, Viewer viewer) {
		return answer(this.writes.putPark(viewer, parkKey, body));
	}

	@DeleteMapping("/parks/{parkKey}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a park with its tenancies (national admin)")
	void deletePark(@PathVariable String parkKey, @RequestParam(required = false) @Nullable Integer version,
			Viewer viewer) {
		this.writes.deletePark(viewer, parkKey, version);
	}

	@GetMapping("/companies")
	@Operation(summary = "Companies, filtered and paged (page from 0, size 1–500, default 50)")
	PageResponse<CompanyView> companies(@RequestParam(required = false) @Nullable String park,
			@RequestParam(required = false) @Nullable String county, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) int size) {
		PageResponse.checkPaging(page, size);
		PageOf<CompanyView> result = this.queries.companies(park, county, q, page, size);
		return PageResponse.of(result.items(), result.page(), result.size(), result.totalItems());
	}

	@GetMapping("/companies/{companyKey}")
	@Operation(summary = "One company; its identity is a public registry fact")
	CompanyView company(@PathVariable String companyKey) {
		return this.queries.company(companyKey).orElseThrow(() -> new NotFoundException("company", companyKey));
	}

	@PutMapping("/companies/{companyKey}")
	@Operation(summary = "Create or change a company (national admin; facilitator: tenants of own park)")
	ResponseEntity<CompanyView> putCompany(@PathVariable String companyKey, @RequestBody CompanyInput body,
			Viewer viewer) {
		return answer(this.writes.putCompany(viewer, companyKey, body));
	}

	@DeleteMapping("/companies/{companyKey}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a company with its facts and streams")
	void deleteCompany(@PathVariable String companyKey, @RequestParam(required = false) @Nullable Integer version,
			Viewer viewer) {
		this.writes.deleteCompany(viewer, companyKey, version);
	}

	@GetMapping("/companies/{companyKey}/facts")
	@Operation(summary = "The company's yearly facts the caller may see, newest first")
	List<FactsView> facts(@PathVariable String companyKey, Viewer viewer) {
		return this.queries.facts(company(companyKey).id(), viewer);
	}

	@GetMapping("/companies/{companyKey}/facts/{year}")
	@Operation(summary = "One year's facts; 404 also when the caller may not see them")
	FactsView factsOfYear(@PathVariable String companyKey, @PathVariable int year, Viewer viewer) {
		return facts(companyKey, viewer).stream()
			.filter(f -> f.year() == year)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("facts", companyKey + "/" + year));
	}

	@PutMapping("/companies/{companyKey}/facts/{year}")
	@Operation(summary = "Create or change one year's facts (admin, facilitator of a tenant, the company's reporter)")
	ResponseEntity<FactsView> putFacts(@PathVariable String companyKey, @PathVariable int year,
			@RequestBody FactsInput body, Viewer viewer) {
		return answer(this.writes.putFacts(viewer, companyKey, year, body));
	}

	@DeleteMapping("/companies/{companyKey}/facts/{year}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete one year's facts")
	void deleteFacts(@PathVariable String companyKey, @PathVariable int year,
			@RequestParam(required = false) @Nullable Integer version, Viewer viewer) {
		this.writes.deleteFacts(viewer, companyKey, year, version);
	}

	@GetMapping("/companies/{companyKey}/streams")
	@Operation(summary = "The company's streams the caller may see; one year or all")
	List<StreamView> streams(@PathVariable String companyKey, @RequestParam(required = false) @Nullable Integer year,
			Viewer viewer) {
		return this.queries.streams(company(companyKey).id(), year, viewer);
	}

	@GetMapping("/companies/{companyKey}/streams/{year}/{streamKey}")
	@Operation(summary = "One stream; 404 also when the caller may not see it")
	StreamView stream(@PathVariable String companyKey, @PathVariable int year, @PathVariable String streamKey,
			Viewer viewer) {
		return streams(companyKey, year, viewer).stream()
			.filter(s -> s.streamKey().equals(streamKey))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("stream", companyKey + "/" + year + "/" + streamKey));
	}

	@PutMapping("/companies/{companyKey}/streams/{year}/{streamKey}")
	@Operation(summary = "Create or change a stream (admin, facilitator of a tenant, the company's reporter)")
	ResponseEntity<StreamView> putStream(@PathVariable String companyKey, @PathVariable int year,
			@PathVariable String streamKey, @RequestBody StreamInput body, Viewer viewer) {
		return answer(this.writes.putStream(viewer, companyKey, year, streamKey, body));
	}

	@DeleteMapping("/companies/{companyKey}/streams/{year}/{streamKey}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a stream")
	void deleteStream(@PathVariable String companyKey, @PathVariable int year, @PathVariable String streamKey,
			@RequestParam(required = false) @Nullable Integer version, Viewer viewer) {
		this.writes.deleteStream(viewer, companyKey, year, streamKey, version);
	}

	@GetMapping("/map/sites")
	@Operation(summary = "Parks and company sites for the public map")
	List<MapSite> mapSites() {
		return this.queries.mapSites();
	}

	private static <T> ResponseEntity<T> answer(Written<T> written) {
		return ResponseEntity.status(written.created() ? HttpStatus.CREATED : HttpStatus.OK).body(written.record());
	}

}
