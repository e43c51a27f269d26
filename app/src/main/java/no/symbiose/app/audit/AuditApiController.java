package no.symbiose.app.audit;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.symbiose.app.api.PageResponse;
import no.symbiose.app.audit.AuditLog.Entry;
import no.symbiose.app.audit.AuditLog.Filter;
import no.symbiose.app.security.Viewer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log over HTTP: who changed which record when, before and after. National
 * administrators read everything, a park facilitator their park's entries, everyone else
 * gets 403 (401 without login).
 */
@RestController
@Tag(name = "audit", description = "Every change to registry data, synergies and goals")
class AuditApiController {

	private final AuditLog log;

	private final JsonMapper json;

	AuditApiController(AuditLog log, JsonMapper json) {
		this.log = log;
		this.json = json;
	}

	/**
	 * An entry as the API answers it.
	 *
	 * @param table the table changed ({@code stream}, {@code synergy}, ...)
	 * @param recordKey the record's readable key ({@code 974760673/2024/slag})
	 * @param operation {@code insert}, {@code update} or {@code delete}
	 * @param parks the keys of the parks the record belonged to when it changed
	 * @param before the columns before (only the changed ones for an update; null for an
	 * insert)
	 * @param after the columns after (null for a delete)
	 */
	record EntryJson(long id, OffsetDateTime changedAt, String actor, @Nullable String actorRole, String table,
			String recordKey, String operation, List<String> parks, @Nullable JsonNode before,
			@Nullable JsonNode after) {
	}

	@GetMapping("/api/v1/audit")
	@Operation(summary = "Audit log, newest first (national admin: all; park facilitator: own park)",
			description = "Filters: park (key), table, from and to (ISO dates, inclusive, Norwegian time), actor "
					+ "(username). Paged from 0, size 1–500, default 50. A wrong filter answers 400 naming it.")
	PageResponse<EntryJson> audit(@RequestParam(required = false) @Nullable String park,
			@RequestParam(required = false) @Nullable String table,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String actor, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) int size, Viewer viewer) {
		PageResponse<Entry> entries = this.log.read(viewer, new Filter(park, table, from, to, actor), page, size);
		return PageResponse.of(entries.items().stream().map(this::json).toList(), entries.page(), entries.size(),
				entries.totalItems());
	}

	private EntryJson json(Entry e) {
		return new EntryJson(e.id(), e.changedAt(), e.actor(), e.actorRole(), e.table(), e.recordKey(), e.operation(),
				e.parks(), tree(e.before()), tree(e.after()));
	}

	private @Nullable JsonNode tree(@Nullable String text) {
		return (text == null) ? null : this.json.readTree(text);
	}

}
