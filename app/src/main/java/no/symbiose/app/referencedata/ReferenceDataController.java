package no.symbiose.app.referencedata;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.symbiose.app.api.FieldProblem;
import no.symbiose.app.api.InvalidInputException;
import no.symbiose.app.api.PageResponse;
import no.symbiose.app.referencedata.ReferenceQueries.County;
import no.symbiose.app.referencedata.ReferenceQueries.EmissionFactor;
import no.symbiose.app.referencedata.ReferenceQueries.Municipality;
import no.symbiose.app.referencedata.ReferenceQueries.NaceEntry;
import no.symbiose.app.referencedata.ReferenceQueries.WasteCode;
import no.symbiose.engine.registry.NaceVersion;
import no.symbiose.engine.rules.RuleViolation;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The shipped reference data, public (sources and licences in NOTICE.md). */
@RestController
@RequestMapping("/api/v1/reference")
@Tag(name = "reference data", description = "Counties, municipalities, List of Waste, NACE, emission factors")
class ReferenceDataController {

	private final ReferenceQueries queries;

	ReferenceDataController(ReferenceQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/counties")
	@Operation(summary = "The counties of the 2024 division")
	List<County> counties() {
		return this.queries.counties();
	}

	@GetMapping("/municipalities")
	@Operation(summary = "The municipalities of the 2024 division, optionally of one county")
	List<Municipality> municipalities(@RequestParam(required = false) @Nullable String county) {
		return this.queries.municipalities(county);
	}

	@GetMapping("/ewc")
	@Operation(summary = "The European List of Waste with Norway's national codes, searchable and paged")
	PageResponse<WasteCode> wasteCodes(@RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) int size) {
		PageResponse.checkPaging(page, size);
		return this.queries.wasteCodes(q, page, size);
	}

	@GetMapping("/nace")
	@Operation(summary = "NACE codes of one version (SN2007 or SN2025), searchable and paged")
	PageResponse<NaceEntry> nace(@RequestParam(defaultValue = "SN2007") String version,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) int size) {
		NaceVersion known;
		try {
			known = NaceVersion.fromKey(version);
		}
		catch (RuleViolation violation) {
			throw new InvalidInputException(List.of(FieldProblem.of("version", version, violation)));
		}
		PageResponse.checkPaging(page, size);
		return this.queries.nace(known.name(), q, page, size);
	}

	@GetMapping("/emission-factors")
	@Operation(summary = "Emission factors, each with its source")
	List<EmissionFactor> emissionFactors() {
		return this.queries.emissionFactors();
	}

}
