package no.symbiose.app.symbiosis.pipeline;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.symbiose.app.api.FieldProblem;
import no.symbiose.app.api.InvalidInputException;
import no.symbiose.app.api.NotFoundException;
import no.symbiose.app.api.PageResponse;
import no.symbiose.app.security.Viewer;
import no.symbiose.app.symbiosis.pipeline.SynergyInputs.AllocationInput;
import no.symbiose.app.symbiosis.pipeline.SynergyInputs.CandidateInput;
import no.symbiose.app.symbiosis.pipeline.SynergyInputs.ChangeInput;
import no.symbiose.app.symbiosis.pipeline.SynergyInputs.MoveInput;
import no.symbiose.app.symbiosis.pipeline.SynergyInputs.NoteInput;
import no.symbiose.app.symbiosis.pipeline.SynergyInputs.RealisedInput;
import no.symbiose.app.symbiosis.pipeline.SynergyMissions.CountyMission;
import no.symbiose.app.symbiosis.pipeline.SynergyQueries.Filter;
import no.symbiose.app.symbiosis.pipeline.SynergyService.Written;
import no.symbiose.app.symbiosis.pipeline.SynergyViews.RealisedView;
import no.symbiose.app.symbiosis.pipeline.SynergyViews.SynergyDetail;
import no.symbiose.app.symbiosis.pipeline.SynergyViews.SynergyView;
import no.symbiose.engine.symbiosis.SynergyState;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The synergy pipeline over HTTP. Everything needs a login except the mission counts; a
 * synergy the caller may not see answers 404, one they may see but not change 403.
 */
@RestController
@RequestMapping("/api/v1/synergies")
@Tag(name = "synergies", description = "Candidates followed up from idea to operation, and the county missions")
class SynergyApiController {

	private final SynergyQueries queries;

	private final SynergyService service;

	private final SynergyMissions missions;

	SynergyApiController(SynergyQueries queries, SynergyService service, SynergyMissions missions) {
		this.queries = queries;
		this.service = service;
		this.missions = missions;
	}

	@GetMapping
	@Operation(summary = "The synergies the caller may see, filtered by state, county number, park key or company key; "
			+ "paged (page from 0, size 1–500, default 50)")
	PageResponse<SynergyView> list(@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String county,
			@RequestParam(required = false) @Nullable String park,
			@RequestParam(required = false) @Nullable String company, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) int size, Viewer viewer) {
		PageResponse.checkPaging(page, size);
		return this.queries.list(viewer, new Filter(state(state), county, park, company), page, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One synergy with its history and realised quantities")
	SynergyDetail synergy(@PathVariable long id, Viewer viewer) {
		return this.queries.detail(viewer, id).orElseThrow(() -> new NotFoundException("synergy", String.valueOf(id)));
	}

	@PostMapping
	@Operation(summary = "Follow up a candidate (managers); 201 when new, 200 with the existing synergy otherwise")
	ResponseEntity<SynergyView> create(@RequestBody CandidateInput body, Viewer viewer) {
		return answer(this.service.create(viewer, body));
	}

	@PostMapping("/from-allocation")
	@Operation(summary = "Follow up every candidate of an allocation (managers) in one transaction: all or, on any "
			+ "error, none; 201 with the synergy ids in the order sent and how many were new")
	ResponseEntity<SynergyService.AllocationSaved> createFromAllocation(@RequestBody AllocationInput body,
			Viewer viewer) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.service.createAll(viewer, body));
	}

	@PostMapping("/opt-in")
	@Operation(summary = "A company reporter opts in on a candidate of their company, following it up if nobody has")
	ResponseEntity<SynergyView> optInOnCandidate(@RequestBody CandidateInput body, Viewer viewer) {
		return answer(this.service.optIn(viewer, body));
	}

	@PostMapping("/{id}/state")
	@Operation(summary = "Move to another state (managers); rejecting needs a reason")
	SynergyView move(@PathVariable long id, @RequestBody MoveInput body, Viewer viewer) {
		return this.service.move(viewer, id, body);
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Change owner, notes or next follow-up (managers); left-out fields stay, empty ones clear")
	SynergyView change(@PathVariable long id, @RequestBody ChangeInput body, Viewer viewer) {
		return this.service.change(viewer, id, body);
	}

	@PostMapping("/{id}/opt-in")
	@Operation(summary = "A company reporter agrees that their company is named to the other side")
	SynergyView optIn(@PathVariable long id, Viewer viewer) {
		return this.service.optIn(viewer, id);
	}

	@PostMapping("/{id}/notes")
	@Operation(summary = "Add a note to the history (anyone who may see the synergy)")
	SynergyView note(@PathVariable long id, @RequestBody NoteInput body, Viewer viewer) {
		return this.service.note(viewer, id, body);
	}

	@PutMapping("/{id}/realised/{year}")
	@Operation(summary = "The quantity exchanged in one year, once in operation (managers)")
	ResponseEntity<RealisedView> putRealised(@PathVariable long id, @PathVariable int year,
			@RequestBody RealisedInput body, Viewer viewer) {
		Written<RealisedView> written = this.service.putRealised(viewer, id, year, body);
		return ResponseEntity.status(written.created() ? HttpStatus.CREATED : HttpStatus.OK).body(written.record());
	}

	@GetMapping("/missions")
	@Operation(summary = "Realised symbioses per county and whether each meets the mission of two (public)")
	List<CountyMission> missions() {
		return this.missions.realisedByCounty();
	}

	private static ResponseEntity<SynergyView> answer(Written<SynergyView> written) {
		return ResponseEntity.status(written.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.location(URI.create("/api/v1/synergies/" + written.record().id()))
			.body(written.record());
	}

	private static @Nullable SynergyState state(@Nullable String key) {
		if (key == null || key.isBlank()) {
			return null;
		}
		try {
			return SynergyState.fromKey(key.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(List.of(FieldProblem.of("state", key, "problem.field.unknownState", String
				.join(", ", java.util.Arrays.stream(SynergyState.values()).map(SynergyState::key).toList()))));
		}
	}

}
