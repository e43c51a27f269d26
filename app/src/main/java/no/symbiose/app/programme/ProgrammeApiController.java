package no.symbiose.app.programme;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.symbiose.app.programme.DataCompleteness.ParkCompleteness;
import no.symbiose.app.programme.Programme.ParkStatus;
import no.symbiose.app.programme.ProgrammeDecisions.Decision;
import no.symbiose.app.programme.ProgrammeDecisions.DecisionInput;
import no.symbiose.app.security.Viewer;
import no.symbiose.engine.programme.CriterionResult;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The national programme. The overview is public (qualification rests on counts, and a
 * park's net emissions are shown only as the viewer may see them); a park's criteria,
 * missing data and decisions need a login; recording a decision is for national
 * administrators.
 */
@RestController
@Tag(name = "programme", description = "The national programme: qualification, decisions, net-zero areas")
@RequestMapping("/api/v1/programme/parks")
class ProgrammeApiController {

	private final Programme programme;

	private final DataCompleteness completeness;

	private final ProgrammeDecisions decisions;

	private final ProgrammeEvidence evidence;

	private final MessageSource messages;

	ProgrammeApiController(Programme programme, DataCompleteness completeness, ProgrammeDecisions decisions,
			ProgrammeEvidence evidence, MessageSource messages) {
		this.programme = programme;
		this.completeness = completeness;
		this.decisions = decisions;
		this.evidence = evidence;
		this.messages = messages;
	}

	record ParkJson(String park, String name, String county, boolean qualified, int criteriaNotMet, String standing,
			String netZero) {

		static ParkJson of(ParkStatus status) {
			return new ParkJson(status.park().key(), status.park().name(), status.park().countyNumber(),
					status.qualified(), status.qualification().notMet().size(), status.standingKey(),
					status.netZero().state().name().toLowerCase(Locale.ROOT));
		}

	}

	record OverviewJson(int year, String criteriaVersion, int parks, int qualified, int admitted,
			Programme.NetZeroProgress netZero, List<Programme.CountySummary> counties, List<ParkJson> items) {

	}

	record CriterionJson(String key, String name, String rule, @Nullable Double parameter, String outcome,
			String reason, String reasonEn, String source) {

	}

	record StatusJson(String park, String name, int year, boolean qualified, String standing, String netZero,
			String netZeroBasis, @Nullable Double netEmissionsTCo2e, int tenants, List<CriterionJson> criteria) {

	}

	record DecisionJson(long id, String decision, boolean netZero, LocalDate decidedOn, String decidedBy, String reason,
			String recordedBy, OffsetDateTime recordedAt) {

		static DecisionJson of(Decision decision) {
			return new DecisionJson(decision.id(), decision.decision(), decision.netZero(), decision.decidedOn(),
					decision.decidedBy(), decision.reason(), decision.recordedBy(), decision.recordedAt());
		}

	}

	@GetMapping
	@Operation(summary = "Every park's qualification and standing in a year, per county, and the net-zero progress")
	OverviewJson parks(@RequestParam(required = false) @Nullable Integer year, Viewer viewer) {
		Programme.Overview overview = this.programme.overview(this.programme.year(year), viewer);
		return new OverviewJson(overview.year(), this.programme.criteria().version(), overview.parks().size(),
				overview.qualified(), overview.admitted(), overview.progress(), overview.counties(),
				overview.parks().stream().map(ParkJson::of).toList());
	}

	@GetMapping("/{park}")
	@Operation(summary = "A park's qualification: every criterion met, unmet or unknown with the reason (login)")
	StatusJson park(@PathVariable String park, @RequestParam(required = false) @Nullable Integer year, Viewer viewer) {
		ParkStatus status = this.programme.of(park, this.programme.year(year), viewer);
		Locale locale = LocaleContextHolder.getLocale();
		List<CriterionJson> criteria = status.qualification()
			.results()
			.stream()
			.map(result -> criterion(result, locale))
			.toList();
		return new StatusJson(status.park().key(), status.park().name(), status.year(), status.qualified(),
				status.standingKey(), status.netZero().state().name().toLowerCase(Locale.ROOT),
				status.netZero().basis().name().toLowerCase(Locale.ROOT), status.netZero().netEmissionsTCo2e(),
				status.evidence().tenants(), criteria);
	}

	/**
	 * What a park lacks for a year: per tenant, and as a list of items to report.
	 *
	 * @param missing every missing item; {@code company} null for the park's own land
	 */
	record MissingJson(String park, int year, double percentComplete, int itemsKnown, int items, LocalDate deadline,
			long daysLeft, boolean deadlinePassed, boolean land, List<DataCompleteness.TenantRow> tenants,
			List<MissingItemJson> missing) {

	}

	record MissingItemJson(@Nullable String company, @Nullable String name, String fact) {

	}

	@GetMapping("/{park}/missing")
	@Operation(summary = "Which tenant lacks which data for the year, and the reporting deadline (login)")
	MissingJson missing(@PathVariable String park, @RequestParam(required = false) @Nullable Integer year) {
		ParkCompleteness c = this.completeness.of(park, this.programme.year(year));
		return new MissingJson(c.parkKey(), c.year(), c.percentComplete(), c.itemsKnown(), c.items(), c.deadline(),
				c.daysLeft(), c.deadlinePassed(), c.land(), c.tenants(),
				c.missing()
					.stream()
					.map(item -> new MissingItemJson(item.companyKey(), item.companyName(), item.fact().key()))
					.toList());
	}

	@GetMapping("/{park}/decisions")
	@Operation(summary = "The programme's decisions on a park, newest first (login)")
	List<DecisionJson> decisions(@PathVariable String park) {
		return this.decisions.history(this.evidence.park(park).id()).stream().map(DecisionJson::of).toList();
	}

	@PostMapping("/{park}/decisions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a decision: admitted, rejected or withdrawn (national administrators); kept forever")
	DecisionJson decide(@PathVariable String park, @RequestBody DecisionInput body, Viewer viewer) {
		return DecisionJson.of(this.decisions.record(viewer, park, body));
	}

	private CriterionJson criterion(CriterionResult result, Locale locale) {
		return new CriterionJson(result.criterion().key(),
				"en".equals(locale.getLanguage()) ? result.criterion().nameEn() : result.criterion().nameNb(),
				result.criterion().rule().key(), result.criterion().parameter(),
				result.outcome().name().toLowerCase(Locale.ROOT), ProgrammeTexts.reason(this.messages, result, locale),
				result.reason().english(), result.criterion().source());
	}

}
