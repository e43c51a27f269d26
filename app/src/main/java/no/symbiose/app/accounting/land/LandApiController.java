package no.symbiose.app.accounting.land;

import java.net.URI;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import no.symbiose.app.accounting.AccountPageModel;
import no.symbiose.app.accounting.AccountScope;
import no.symbiose.app.accounting.land.LandPlots.PlotInput;
import no.symbiose.app.api.FieldProblem;
import no.symbiose.app.api.InvalidInputException;
import no.symbiose.app.security.Viewer;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The land and building account over HTTP. Reads are public: park land figures and
 * surveys are park-level facts, not a company's confidential rows. Plots are written by
 * national administrators and the park's facilitator.
 */
@RestController
@RequestMapping("/api/v1/accounts/land")
@Tag(name = "accounts", description = "Climate, energy, land and material-flow accounts")
class LandApiController {

	private final AccountPageModel pages;

	private final LandAccounts accounts;

	private final LandPlots plots;

	LandApiController(AccountPageModel pages, LandAccounts accounts, LandPlots plots) {
		this.pages = pages;
		this.accounts = accounts;
		this.plots = plots;
	}

	@GetMapping
	@Operation(summary = "Land and building account of the nation, a county (fylke=40) or a park (park=heroya)"
			+ " for a year (ar=2024; default the newest year with land data); public")
	LandAccountJson account(@RequestParam(name = "fylke", required = false) @Nullable String county,
			@RequestParam(name = "park", required = false) @Nullable String park,
			@RequestParam(name = "ar", required = false) @Nullable Integer year) {
		AccountScope scope = AccountScope.of(county, park);
		this.pages.resolve(scope);
		if (year != null && (year < 1990 || year > 2100)) {
			throw new InvalidInputException(
					java.util.List.of(FieldProblem.of("ar", year, "accounts.scope.year", String.valueOf(year))));
		}
		int shown = year != null ? year : this.accounts.defaultYear(scope);
		return LandAccountJson.of(this.accounts.account(scope, shown));
	}

	@PostMapping("/plots")
	@Operation(summary = "Add a free plot to a park (national admin; facilitator: own park)")
	ResponseEntity<Map<String, Object>> addPlot(@RequestParam("park") String park, @RequestBody PlotInput body,
			Viewer viewer) {
		long id = this.plots.add(viewer, park, body);
		return ResponseEntity.created(URI.create("/api/v1/accounts/land/plots/" + id))
			.body(Map.of("id", id, "park", park));
	}

	@PutMapping("/plots/{id}")
	@Operation(summary = "Change a free plot (national admin; facilitator: own park); version: the one read")
	Map<String, Object> changePlot(@PathVariable long id,
			@RequestParam(name = "version", required = false) @Nullable Integer version, @RequestBody PlotInput body,
			Viewer viewer) {
		String park = this.plots.update(viewer, id, body, java.util.List.of(), version);
		return Map.of("id", id, "park", park);
	}

	@DeleteMapping("/plots/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a free plot (national admin; facilitator: own park)")
	void deletePlot(@PathVariable long id, Viewer viewer) {
		this.plots.delete(viewer, id);
	}

}
