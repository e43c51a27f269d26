package no.symbiose.app.symbiosis.pipeline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import no.symbiose.app.api.ConflictException;
import no.symbiose.app.api.FieldProblem;
import no.symbiose.app.api.ForbiddenException;
import no.symbiose.app.api.InvalidInputException;
import no.symbiose.app.api.NotFoundException;
import no.symbiose.app.security.Role;
import no.symbiose.app.security.Viewer;
import no.symbiose.app.symbiosis.CandidateViews;
import no.symbiose.app.symbiosis.pipeline.SynergyInputs.AllocationInput;
import no.symbiose.app.symbiosis.pipeline.SynergyInputs.CandidateInput;
import no.symbiose.engine.symbiosis.Candidate;
import no.symbiose.app.symbiosis.pipeline.SynergyInputs.ChangeInput;
import no.symbiose.app.symbiosis.pipeline.SynergyInputs.MoveInput;
import no.symbiose.app.symbiosis.pipeline.SynergyInputs.NoteInput;
import no.symbiose.app.symbiosis.pipeline.SynergyInputs.RealisedInput;
import no.symbiose.app.symbiosis.pipeline.SynergyViews.RealisedView;
import no.symbiose.app.symbiosis.pipeline.SynergyViews.SynergyView;
import no.symbiose.engine.rules.RuleViolation;
import no.symbiose.engine.symbiosis.SynergyState;
import no.symbiose.engine.units.FlowUnit;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes synergies, each in one transaction and in this order, as the registry does: the
 * synergy must exist and be visible to the viewer (404), the viewer must be allowed
 * (403), every field must be valid (400), the {@code version} sent must still be the
 * stored one (409). Nothing is written unless all pass; each change is recorded in
 * {@code synergy_event} and bumps {@code version}.
 * <p>
 * Managers (national administrators, county officers and park facilitators within their
 * scope, see {@link SynergyAccess}) create, move and edit. A company reporter opts in for
 * their own side and adds notes.
 */
@Service
@Transactional
class SynergyService {

	/** The roles that follow synergies up ({@link SynergyAccess#manage()}). */
	private static final java.util.Set<Role> MANAGERS = java.util.EnumSet.of(Role.NATIONAL_ADMIN, Role.COUNTY_OFFICER,
			Role.PARK_FACILITATOR);

	static final int MAX_TEXT = 4000;

	static final int MAX_NOTES = 20000;

	/** The most candidates one allocation may save at once. */
	static final int MAX_ALLOCATION = 5000;

	private final JdbcClient jdbc;

	private final SynergyQueries queries;

	private final CandidateLookup candidates;

	private final Clock clock;

	private final CandidateViews shown;

	SynergyService(JdbcClient jdbc, SynergyQueries queries, CandidateLookup candidates, Clock clock,
			CandidateViews shown) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.candidates = candidates;
		this.clock = clock;
		this.shown = shown;
	}

	/**
	 * The engine's id behind the id a viewer was shown: an anonymous token {@code a-...}
	 * (double-blind) is resolved for this viewer only; a real id is taken as it is.
	 */
	private @Nullable String realId(Viewer viewer, @Nullable String shownId) {
		if (shownId == null || !shownId.startsWith("a-")) {
			return shownId;
		}
		return this.shown.resolve(shownId, viewer).map(Candidate::id).orElse(shownId);
	}

	/** The synergy after the write, and whether the write created it. */
	record Written<T>(T record, boolean created) {
	}

	/** Follows up a candidate; a candidate followed up already answers its synergy. */
	Written<SynergyView> create(Viewer viewer, CandidateInput in) {
		// Who may never follow up is refused before the candidate is looked up, and a
		// manager outside the candidate's scope (who is not shown it) is told it is
		// unknown,
		// as for an id that names nothing: a 403 here would confirm that the streams in
		// the
		// id exist and match, which the candidate lists hide from them.
		if (!MANAGERS.contains(viewer.role())) {
			throw new ForbiddenException();
		}
		CandidateSnapshot candidate = candidate(realId(viewer, in.candidateId()));
		if (!mayManage(viewer, candidate.supplyCompanyId(), candidate.demandCompanyId())) {
			throw unknownCandidate(in.candidateId());
		}
		Written<Long> synergy = insertIfAbsent(viewer, candidate);
		return new Written<>(view(viewer, synergy.record()), synergy.created());
	}

	/** What saving an allocation did: synergy ids in the order of the candidates. */
	record AllocationSaved(int created, int existing, List<Long> synergyIds) {
	}

	/**
	 * Follows up every candidate of an allocation in this one transaction: every id is
	 * checked first (400 naming each bad one, 403 when the viewer may not manage one of
	 * them), and a failure anywhere keeps none, so an allocation is never half saved.
	 * Candidates followed up already keep their synergy.
	 */
	AllocationSaved createAll(Viewer viewer, AllocationInput in) {
		// As create: who may never follow up is refused before anything is looked up.
		if (!MANAGERS.contains(viewer.role())) {
			throw new ForbiddenException();
		}
		List<@Nullable String> ids = in.candidateIds();
		if (ids == null || ids.isEmpty()) {
			throw new InvalidInputException(List.of(FieldProblem.of("candidateIds", null, "problem.field.required")));
		}
		if (ids.size() > MAX_ALLOCATION) {
			throw new InvalidInputException(List
				.of(FieldProblem.of("candidateIds", ids.size(), "problem.field.allocationTooLarge", MAX_ALLOCATION)));
		}
		List<FieldProblem> problems = new ArrayList<>();
		List<CandidateSnapshot> candidates = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			String id = realId(viewer, ids.get(i));
			String field = "candidateIds[" + i + "]";
			if (id == null || id.isBlank()) {
				problems.add(FieldProblem.of(field, id, "problem.field.required"));
			}
			else if (CandidateId.parse(id).isEmpty()) {
				problems.add(FieldProblem.of(field, id, "problem.field.candidateId"));
			}
			else {
				// A candidate outside the manager's scope is unknown to them, as for an
				// id
				// that names nothing: a 403 would confirm that its streams exist and
				// match.
				this.candidates.find(id.strip())
					.filter(found -> mayManage(viewer, found.supplyCompanyId(), found.demandCompanyId()))
					.ifPresentOrElse(candidates::add,
							() -> problems.add(FieldProblem.of(field, id, "problem.field.unknownCandidate")));
			}
		}
		throwIfAny(problems);
		List<Long> synergyIds = new ArrayList<>();
		int created = 0;
		for (CandidateSnapshot candidate : candidates) {
			Written<Long> synergy = insertIfAbsent(viewer, candidate);
			synergyIds.add(synergy.record());
			created += synergy.created() ? 1 : 0;
		}
		return new AllocationSaved(created, candidates.size() - created, synergyIds);
	}

	SynergyView move(Viewer viewer, long id, MoveInput in) {
		SynergyView synergy = managed(viewer, id);
		List<FieldProblem> problems = new ArrayList<>();
		SynergyState target = null;
		if (in.state() == null || in.state().isBlank()) {
			problems.add(FieldProblem.of("state", in.state(), "problem.field.required"));
		}
		else {
			try {
				target = SynergyState.fromKey(in.state().strip());
			}
			catch (IllegalArgumentException ex) {
				problems.add(FieldProblem.of("state", in.state(), "problem.field.unknownState", stateKeys()));
			}
		}
		String reason = text("reason", in.reason(), MAX_TEXT, problems);
		requireVersion(in.version(), problems);
		throwIfAny(problems);
		checkVersion(synergy, in.version());
		SynergyState from = SynergyState.fromKey(synergy.state());
		try {
			from.moveTo(Objects.requireNonNull(target), (reason == null) ? "" : reason);
		}
		catch (SynergyState.SynergyMoveRefused refused) {
			String field = refused.rule().endsWith("rejectWithoutReason") ? "reason" : "state";
			throw new InvalidInputException(
					List.of(FieldProblem.of(field, field.equals("state") ? in.state() : in.reason(), refused)));
		}
		Map<String, @Nullable Object> values = new HashMap<>();
		values.put("state", target.key());
		values.put("reason", reason);
		update(synergy, "state = :state, state_reason = cast(:reason as text)", values);
		event(id, viewer, "moved", from.key(), target.key(), null, reason);
		return view(viewer, id);
	}

	/** Owner, notes and next follow-up; fields left out stay, empty texts clear them. */
	SynergyView change(Viewer viewer, long id, ChangeInput in) {
		SynergyView synergy = managed(viewer, id);
		List<FieldProblem> problems = new ArrayList<>();
		Long ownerId = null;
		if (in.ownerUsername() != null && !in.ownerUsername().isBlank()) {
			ownerId = manager(in.ownerUsername().strip(), id).orElse(null);
			if (ownerId == null) {
				problems.add(FieldProblem.of("ownerUsername", in.ownerUsername(), "problem.field.unknownOwner"));
			}
		}
		String notes = text("notes", in.notes(), MAX_NOTES, problems);
		LocalDate nextFollowUp = null;
		if (in.nextFollowUp() != null && !in.nextFollowUp().isBlank()) {
			try {
				nextFollowUp = LocalDate.parse(in.nextFollowUp().strip());
			}
			catch (DateTimeParseException ex) {
				problems.add(FieldProblem.of("nextFollowUp", in.nextFollowUp(), "problem.field.date"));
			}
		}
		requireVersion(in.version(), problems);
		throwIfAny(problems);
		checkVersion(synergy, in.version());
		List<String> sets = new ArrayList<>();
		Map<String, @Nullable Object> params = new HashMap<>();
		if (in.ownerUsername() != null && !Objects.equals(blankToNull(in.ownerUsername()), synergy.ownerUsername())) {
			sets.add("owner_user_id = :owner");
			params.put("owner", ownerId);
		}
		if (in.notes() != null && !Objects.equals(notes, synergy.notes())) {
			sets.add("notes = :notes");
			params.put("notes", notes);
		}
		if (in.nextFollowUp() != null && !Objects.equals(nextFollowUp, synergy.nextFollowUp())) {
			sets.add("next_follow_up = cast(:followUp as date)");
			params.put("followUp", (nextFollowUp == null) ? null : nextFollowUp.toString());
		}
		if (sets.isEmpty()) {
			return synergy;
		}
		update(synergy, String.join(", ", sets), params);
		if (params.containsKey("owner")) {
			event(id, viewer, "changed", null, null, "owner", blankToNull(in.ownerUsername()));
		}
		if (params.containsKey("notes")) {
			event(id, viewer, "changed", null, null, "notes", notes);
		}
		if (params.containsKey("followUp")) {
			event(id, viewer, "changed", null, null, "next_follow_up", (String) params.get("followUp"));
		}
		return view(viewer, id);
	}

	/** The reporter's company agrees to be named to the other side. */
	SynergyView optIn(Viewer viewer, long id) {
		SynergyView synergy = this.queries.find(viewer, id).orElseThrow(() -> notFound(id));
		String side = synergy.viewerSide();
		if (side == null) {
			throw new ForbiddenException();
		}
		if (!synergy.mayOptIn()) {
			return synergy;
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		boolean supply = side.equals("supply") || side.equals("both");
		boolean demand = side.equals("demand") || side.equals("both");
		update(synergy, """
				supply_opt_in_at = case when :supply then coalesce(supply_opt_in_at, :now) else supply_opt_in_at end,
				demand_opt_in_at = case when :demand then coalesce(demand_opt_in_at, :now) else demand_opt_in_at end""",
				Map.of("supply", supply, "demand", demand, "now", now));
		event(id, viewer, "opted_in", null, null, null, side);
		return view(viewer, id);
	}

	/**
	 * Opts in on a candidate, following it up first (state identified) when nobody has
	 * yet.
	 */
	Written<SynergyView> optIn(Viewer viewer, CandidateInput in) {
		// As in create: a reporter learns nothing of another company's candidate, not
		// even that it exists.
		Long company = viewer.companyId();
		if (viewer.role() != Role.COMPANY_REPORTER || company == null) {
			throw new ForbiddenException();
		}
		CandidateSnapshot candidate = candidate(realId(viewer, in.candidateId()));
		if (company != candidate.supplyCompanyId() && company != candidate.demandCompanyId()) {
			throw unknownCandidate(in.candidateId());
		}
		Written<Long> synergy = insertIfAbsent(viewer, candidate);
		return new Written<>(optIn(viewer, synergy.record()), synergy.created());
	}

	/** Anyone who may see the synergy may add a note to its history. */
	SynergyView note(Viewer viewer, long id, NoteInput in) {
		this.queries.find(viewer, id).orElseThrow(() -> notFound(id));
		List<FieldProblem> problems = new ArrayList<>();
		String text = text("text", in.text(), MAX_TEXT, problems);
		if (text == null && problems.isEmpty()) {
			problems.add(FieldProblem.of("text", in.text(), "problem.field.required"));
		}
		throwIfAny(problems);
		event(id, viewer, "note", null, null, null, text);
		return view(viewer, id);
	}

	/**
	 * The quantity exchanged in one year, once the synergy is in operation (or ended).
	 * The avoided CO2e scales the expected figure by the realised quantity when both are
	 * in the same unit; otherwise it stays unknown.
	 */
	Written<RealisedView> putRealised(Viewer viewer, long id, int year, RealisedInput in) {
		SynergyView synergy = managed(viewer, id);
		List<FieldProblem> problems = new ArrayList<>();
		if (year < 1990 || year > 2100) {
			problems.add(FieldProblem.of("year", year, "problem.field.yearRange"));
		}
		if (in.quantity() == null) {
			problems.add(FieldProblem.of("quantity", null, "problem.field.required"));
		}
		else if (!Double.isFinite(in.quantity()) || in.quantity() < 0) {
			problems.add(FieldProblem.of("quantity", in.quantity(), "problem.field.nonNegative"));
		}
		FlowUnit unit = null;
		if (in.unit() == null || in.unit().isBlank()) {
			problems.add(FieldProblem.of("unit", in.unit(), "problem.field.required"));
		}
		else {
			try {
				unit = FlowUnit.fromSymbol(in.unit());
			}
			catch (RuleViolation violation) {
				problems.add(FieldProblem.of("unit", in.unit(), violation));
			}
		}
		String source = text("source", in.source(), MAX_TEXT, problems);
		if (!synergy.isRealised()) {
			problems.add(FieldProblem.of("state", synergy.state(), "problem.field.notRealised"));
		}
		throwIfAny(problems);
		double quantity = Objects.requireNonNull(in.quantity());
		Double avoided = null;
		if (synergy.expectedTCo2e() != null && synergy.expectedQuantity() != null && synergy.expectedQuantity() > 0
				&& Objects.requireNonNull(unit).symbol().equals(synergy.expectedUnit())) {
			avoided = quantity * synergy.expectedTCo2e() / synergy.expectedQuantity();
		}
		Map<String, @Nullable Object> params = new HashMap<>();
		params.put("id", id);
		params.put("year", year);
		params.put("quantity", quantity);
		params.put("unit", Objects.requireNonNull(unit).symbol());
		params.put("avoided", avoided);
		params.put("source", source);
		boolean created = this.jdbc.sql("""
				insert into synergy_realised (synergy_id, year, quantity, unit, t_co2e_avoided, source)
				values (:id, :year, :quantity, :unit, :avoided, :source)
				on conflict (synergy_id, year) do update set quantity = excluded.quantity, unit = excluded.unit,
				    t_co2e_avoided = excluded.t_co2e_avoided, source = excluded.source
				returning (xmax = 0) as inserted""").params(params).query(Boolean.class).single();
		event(id, viewer, "realised", null, null, null, String.valueOf(year));
		RealisedView realised = this.queries.realised(id)
			.stream()
			.filter(r -> r.year() == year)
			.findFirst()
			.orElseThrow();
		return new Written<>(realised, created);
	}

	private CandidateSnapshot candidate(@Nullable String candidateId) {
		if (candidateId == null || candidateId.isBlank()) {
			throw new InvalidInputException(
					List.of(FieldProblem.of("candidateId", candidateId, "problem.field.required")));
		}
		if (CandidateId.parse(candidateId).isEmpty()) {
			throw new InvalidInputException(
					List.of(FieldProblem.of("candidateId", candidateId, "problem.field.candidateId")));
		}
		return this.candidates.find(candidateId.strip()).orElseThrow(() -> unknownCandidate(candidateId));
	}

	private static InvalidInputException unknownCandidate(@Nullable String candidateId) {
		return new InvalidInputException(
				List.of(FieldProblem.of("candidateId", candidateId, "problem.field.unknownCandidate")));
	}

	/** The synergy of the candidate, inserted in state identified when absent. */
	private Written<Long> insertIfAbsent(Viewer viewer, CandidateSnapshot c) {
		Map<String, @Nullable Object> params = new HashMap<>();
		params.put("supplyStream", c.supplyStreamId());
		params.put("demandStream", c.demandStreamId());
		params.put("supplyCompany", c.supplyCompanyId());
		params.put("demandCompany", c.demandCompanyId());
		params.put("rule", c.ruleId());
		params.put("title", c.title());
		params.put("quantity", c.quantity());
		params.put("unit", c.unit());
		params.put("tCo2e", c.tCo2e());
		params.put("now", OffsetDateTime.now(this.clock));
		Optional<Long> inserted = this.jdbc
			.sql("""
					insert into synergy (supply_stream_id, demand_stream_id, supply_company_id, demand_company_id, rule_id,
					    title, expected_quantity, expected_unit, expected_t_co2e, created_at, updated_at)
					values (:supplyStream, cast(:demandStream as bigint), :supplyCompany, :demandCompany, :rule, :title,
					    cast(:quantity as double precision), cast(:unit as text), cast(:tCo2e as double precision), :now, :now)
					on conflict do nothing
					returning id""")
			.params(params)
			.query(Long.class)
			.optional();
		if (inserted.isPresent()) {
			event(inserted.get(), viewer, "created", null, SynergyState.IDENTIFIED.key(), null, null);
			return new Written<>(inserted.get(), true);
		}
		long existing = this.jdbc.sql("""
				select id from synergy where supply_stream_id = :supplyStream
				and demand_stream_id is not distinct from cast(:demandStream as bigint)
				and demand_company_id = :demandCompany and rule_id = :rule""")
			.params(params)
			.query(Long.class)
			.single();
		return new Written<>(existing, false);
	}

	private SynergyView managed(Viewer viewer, long id) {
		SynergyView synergy = this.queries.find(viewer, id).orElseThrow(() -> notFound(id));
		if (!synergy.mayManage()) {
			throw new ForbiddenException();
		}
		return synergy;
	}

	private SynergyView view(Viewer viewer, long id) {
		return this.queries.find(viewer, id).orElseThrow(() -> notFound(id));
	}

	private boolean mayManage(Viewer viewer, long supplyCompanyId, long demandCompanyId) {
		return this.jdbc.sql("select " + SynergyAccess.manage()
				+ " from (select cast(:supply as bigint) as supply_company_id, cast(:demand as bigint) as demand_company_id) s")
			.params(SynergyAccess.parameters(viewer))
			.param("supply", supplyCompanyId)
			.param("demand", demandCompanyId)
			.query(Boolean.class)
			.single();
	}

	/** The id of an enabled user who may manage the synergy. */
	private Optional<Long> manager(String username, long synergyId) {
		Optional<Viewer> user = this.jdbc.sql("""
				select username, role, county_number, park_id, company_id from app_user
				where username = :username and enabled""")
			.param("username", username)
			.query((rs, n) -> new Viewer(rs.getString("username"), Role.fromKey(rs.getString("role")),
					rs.getString("county_number"), (Long) rs.getObject("park_id"), (Long) rs.getObject("company_id")))
			.optional();
		if (user.isEmpty() || !this.queries.find(user.get(), synergyId).map(SynergyView::mayManage).orElse(false)) {
			return Optional.empty();
		}
		return this.jdbc.sql("select id from app_user where username = :username")
			.param("username", username)
			.query(Long.class)
			.optional();
	}

	/** Updates the synergy if nobody changed it since it was read; else 409. */
	private void update(SynergyView synergy, String sets, Map<String, ? extends @Nullable Object> values) {
		Map<String, @Nullable Object> params = new HashMap<>(values);
		params.put("id", synergy.id());
		params.put("version", synergy.version());
		params.put("updatedAt", OffsetDateTime.now(this.clock));
		int updated = this.jdbc
			.sql("update synergy set " + sets
					+ ", version = version + 1, updated_at = :updatedAt where id = :id and version = :version")
			.params(params)
			.update();
		if (updated == 0) {
			throw stale(synergy.id());
		}
	}

	private void checkVersion(SynergyView synergy, @Nullable Integer version) {
		if (version != null && version != synergy.version()) {
			throw stale(synergy.id());
		}
	}

	private ConflictException stale(long id) {
		long current = this.jdbc.sql("select version from synergy where id = :id")
			.param("id", id)
			.query(Long.class)
			.optional()
			.orElse(-1L);
		return ConflictException.staleVersion("#" + id, current);
	}

	private void event(long synergyId, Viewer viewer, String kind, @Nullable String from, @Nullable String to,
			@Nullable String field, @Nullable String note) {
		Map<String, @Nullable Object> params = new HashMap<>();
		params.put("id", synergyId);
		params.put("at", OffsetDateTime.now(this.clock));
		params.put("username", viewer.username());
		params.put("kind", kind);
		params.put("from", from);
		params.put("to", to);
		params.put("field", field);
		params.put("note", note);
		this.jdbc.sql("""
				insert into synergy_event (synergy_id, at, username, kind, from_state, to_state, field, note)
				values (:id, :at, cast(:username as text), :kind, cast(:from as text), cast(:to as text),
				    cast(:field as text), cast(:note as text))""").params(params).update();
	}

	private static @Nullable String text(String field, @Nullable String value, int max, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			problems.add(FieldProblem.of(field, stripped.substring(0, 40) + "…", "problem.field.tooLong", max));
			return null;
		}
		return stripped;
	}

	private static void requireVersion(@Nullable Integer version, List<FieldProblem> problems) {
		if (version == null) {
			problems.add(FieldProblem.of("version", null, "problem.field.required"));
		}
	}

	private static void throwIfAny(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String stateKeys() {
		return String.join(", ", java.util.Arrays.stream(SynergyState.values()).map(SynergyState::key).toList());
	}

	private static NotFoundException notFound(long id) {
		return new NotFoundException("synergy", String.valueOf(id));
	}

}
