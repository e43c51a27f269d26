package no.symbiose.app.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import no.symbiose.app.api.PageResponse;
import no.symbiose.app.audit.AuditLog.Entry;
import no.symbiose.app.audit.AuditLog.Filter;
import no.symbiose.app.security.Role;
import no.symbiose.app.security.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /endringslogg}: the audit log as a page, with the API's filters and rule. A
 * facilitator's park is preset; a bad filter shows the error page naming it (400).
 */
@Controller
class AuditPageController {

	static final int PAGE_SIZE = 50;

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.of("Europe/Oslo"));

	private final AuditLog log;

	private final JdbcClient jdbc;

	AuditPageController(AuditLog log, JdbcClient jdbc) {
		this.log = log;
		this.jdbc = jdbc;
	}

	/** A park the filter offers. */
	record ParkOption(String key, String name) {
	}

	@GetMapping("/endringslogg")
	String audit(@RequestParam(required = false) @Nullable String park,
			@RequestParam(required = false) @Nullable String table,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String actor, @RequestParam(defaultValue = "0") int page,
			Viewer viewer, Model model) {
		Filter filter = new Filter(park, table, from, to, actor);
		PageResponse<Entry> entries = this.log.read(viewer, filter, page, PAGE_SIZE);
		model.addAttribute("filter", filter);
		model.addAttribute("entries", entries);
		model.addAttribute("tables", AuditLog.TABLES);
		model.addAttribute("parks", parks(viewer));
		model.addAttribute("time", TIME);
		return "audit/log";
	}

	private java.util.List<ParkOption> parks(Viewer viewer) {
		String sql = "select park_key, name from park"
				+ ((viewer.role() == Role.NATIONAL_ADMIN) ? "" : " where id = :park") + " order by name";
		return this.jdbc.sql(sql)
			.params((viewer.role() == Role.NATIONAL_ADMIN) ? java.util.Map.of()
					: java.util.Map.of("park", (viewer.parkId() == null) ? -1L : viewer.parkId()))
			.query((rs, n) -> new ParkOption(rs.getString("park_key"), rs.getString("name")))
			.list();
	}

}
