package no.symbiose.app.goals;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.symbiose.app.api.PageResponse;
import no.symbiose.app.goals.GoalEntries.Entry;
import no.symbiose.app.goals.GoalEntries.EntryFilter;
import no.symbiose.app.goals.GoalEntries.EntryInput;
import no.symbiose.app.security.Viewer;
import org.jspecify.annotations.Nullable;

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
import org.springframework.web.bind.annotation.RestController;

/**
 * Recorded goal entries: the values of the indicators that cannot be computed, each with
 * its evidence and date. Login needed; a park's entries only with access to the park.
 * Writing: the park's facilitator, the county's officer, national administrators.
 */
@RestController
@Tag(name = "goals")
@RequestMapping("/api/v1/goals/entries")
class GoalEntriesApiController {

	private final GoalEntries entries;

	GoalEntriesApiController(GoalEntries entries) {
		this.entries = entries;
	}

	/**
	 * An entry as the API answers it.
	 *
	 * @param level {@code park}, {@code county} or {@code nation}
	 * @param value in {@code unit}; yes/no is 1 for yes and 0 for no
	 * @param version send it back with a change; a stale one answers 409
	 */
	record EntryJson(long id, String indicator, String goal, String unit, String level, @Nullable String park,
			@Nullable String county, int year, double value, String title, @Nullable String description,
			String evidence, LocalDate eventDate, String recordedBy, OffsetDateTime recordedAt, int version) {

		static EntryJson of(Entry entry) {
			return new EntryJson(entry.id(), entry.indicator().key(), entry.indicator().goalKey(), entry.unit(),
					entry.scope().level().key(), entry.scope().parkKey(), entry.scope().countyNumber(), entry.year(),
					entry.value(), entry.title(), entry.description(), entry.evidence(), entry.eventDate(),
					entry.recordedBy(), entry.recordedAt(), entry.version());
		}

	}

	/**
	 * An entry to record or change. Neither {@code park} nor {@code county}: the nation.
	 * A change keeps the indicator and scope (leave them out or send them unchanged) and
	 * needs the {@code version} last read.
	 */
	record EntryBody(@Nullable String indicator, @Nullable String park, @Nullable String county, @Nullable Integer year,
			@Nullable Double value, @Nullable String title, @Nullable String description, @Nullable String evidence,
			@Nullable LocalDate eventDate, @Nullable Integer version) {

		EntryInput input() {
			return new EntryInput(this.indicator, this.park, this.county, this.year, this.value, this.title,
					this.description, this.evidence, this.eventDate);
		}

	}

	@GetMapping
	@Operation(summary = "The entries the caller may read, newest first; paged (page from 0, size 1–500, default 50)")
	PageResponse<EntryJson> list(
			@Parameter(description = "park, county or nation") @RequestParam(required = false) @Nullable String level,
			@Parameter(description = "a park's key") @RequestParam(required = false) @Nullable String park,
			@Parameter(description = "a county number: its own entries and its parks'") @RequestParam(
					required = false) @Nullable String county,
			@Parameter(description = "an indicator's key") @RequestParam(required = false) @Nullable String indicator,
			@RequestParam(required = false) @Nullable Integer year, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) int size, Viewer viewer) {
		PageResponse.checkPaging(page, size);
		List<Entry> all = this.entries.list(viewer, new EntryFilter(level, park, county, indicator, year));
		List<EntryJson> items = all.stream().skip((long) page * size).limit(size).map(EntryJson::of).toList();
		return PageResponse.of(items, page, size, all.size());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One entry with its evidence")
	EntryJson entry(@PathVariable long id, Viewer viewer) {
		return EntryJson.of(this.entries.entry(viewer, id));
	}

	@PostMapping
	@Operation(summary = "Record an entry of a recorded indicator at its level (park facilitator, county officer, "
			+ "national admin); 201 with the entry")
	@ApiResponse(responseCode = "400", description = "every field problem at once; nothing is written")
	ResponseEntity<EntryJson> add(@RequestBody EntryBody body, Viewer viewer) {
		long id = this.entries.add(viewer, body.input());
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/goals/entries/" + id))
			.body(EntryJson.of(this.entries.entry(viewer, id)));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change an entry's year, value, texts, evidence and date; needs the version last read")
	@ApiResponse(responseCode = "409", description = "someone changed the entry since that version")
	EntryJson change(@PathVariable long id, @RequestBody EntryBody body, Viewer viewer) {
		this.entries.change(viewer, id, body.input(), body.version(), List.of());
		return EntryJson.of(this.entries.entry(viewer, id));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete an entry; with ?version= only if nobody changed it since")
	@ApiResponse(responseCode = "204", description = "deleted")
	ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) @Nullable Integer version,
			Viewer viewer) {
		this.entries.delete(viewer, id, version);
		return ResponseEntity.noContent().build();
	}

}
