package no.symbiose.app.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import no.symbiose.app.api.FieldProblem;
import no.symbiose.app.api.ForbiddenException;
import no.symbiose.app.api.InvalidInputException;
import no.symbiose.app.security.Role;
import no.symbiose.app.security.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme's admission decisions on parks (table {@code programme_decision}, V10).
 * Only national administrators record them; every one is kept, never changed (a trigger
 * holds it for every writer), and a park's standing is its latest decision. Everything is
 * checked before anything is written.
 */
@Service
public class ProgrammeDecisions {

	/** What the programme decided on a park. */
	public enum Kind {

		ADMITTED, REJECTED, WITHDRAWN;

		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Optional<Kind> parse(@Nullable String key) {
			for (Kind kind : values()) {
				if (kind.key().equals(key == null ? null : key.strip())) {
					return Optional.of(kind);
				}
			}
			return Optional.empty();
		}

	}

	/**
	 * A recorded decision.
	 *
	 * @param netZero the administrators state the park is a net-zero area (only with
	 * {@code admitted})
	 */
	public record Decision(long id, Kind kind, boolean netZero, LocalDate decidedOn, String decidedBy, String reason,
			String recordedBy, OffsetDateTime recordedAt) {

		/** Lower-case key, as the API and the message keys write it. */
		public String decision() {
			return this.kind.key();
		}

	}

	/**
	 * A decision as a form or the API sends it.
	 *
	 * @param decision {@code admitted}, {@code rejected} or {@code withdrawn}
	 * @param decidedOn ISO date, {@code 2026-05-01}
	 * @param decidedBy who decided (the programme council, a meeting)
	 */
	public record DecisionInput(@Nullable String decision, @Nullable String decidedOn, @Nullable String decidedBy,
			@Nullable String reason, @Nullable Boolean netZero) {

	}

	static final int DECIDED_BY_MAX = 200;

	static final int REASON_MAX = 4000;

	private final JdbcClient jdbc;

	private final ProgrammeEvidence evidence;

	private final Clock clock;

	ProgrammeDecisions(JdbcClient jdbc, ProgrammeEvidence evidence, Clock clock) {
		this.jdbc = jdbc;
		this.evidence = evidence;
		this.clock = clock;
	}

	/** Only national administrators record the programme's decisions. */
	public boolean mayDecide(Viewer viewer) {
		return viewer.role() == Role.NATIONAL_ADMIN;
	}

	/**
	 * Records a decision on the park.
	 * @throws no.symbiose.app.api.NotFoundException the park does not exist
	 * @throws ForbiddenException the viewer is not a national administrator
	 * @throws InvalidInputException with every field problem; nothing is written
	 */
	@Transactional
	public Decision record(Viewer viewer, String parkKey, DecisionInput input) {
		long parkId = this.evidence.park(parkKey).id();
		if (!mayDecide(viewer)) {
			throw new ForbiddenException();
		}
		List<FieldProblem> problems = new ArrayList<>();
		Optional<Kind> kind = Kind.parse(input.decision());
		if (kind.isEmpty()) {
			problems.add(FieldProblem.of("decision", input.decision(), "programme.problem.decision"));
		}
		LocalDate decidedOn = decidedOn(input.decidedOn(), problems);
		String decidedBy = text(input.decidedBy(), "decidedBy", DECIDED_BY_MAX, problems);
		String reason = text(input.reason(), "reason", REASON_MAX, problems);
		boolean netZero = Boolean.TRUE.equals(input.netZero());
		if (netZero && kind.isPresent() && kind.get() != Kind.ADMITTED) {
			problems.add(FieldProblem.of("netZero", true, "programme.problem.netZeroNeedsAdmission"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		long id = this.jdbc
			.sql("""
					insert into programme_decision (park_id, decision, net_zero, decided_on, decided_by, reason, recorded_by)
					values (:park, :decision, :netZero, :decidedOn, :decidedBy, :reason, :recordedBy) returning id""")
			.param("park", parkId)
			.param("decision", kind.orElseThrow().key())
			.param("netZero", netZero)
			.param("decidedOn", decidedOn)
			.param("decidedBy", decidedBy)
			.param("reason", reason)
			.param("recordedBy", viewer.username())
			.query(Long.class)
			.single();
		return history(parkId).stream().filter(decision -> decision.id() == id).findFirst().orElseThrow();
	}

	/** The park's decisions, newest first (by decision date, then by when recorded). */
	@Transactional(readOnly = true)
	public List<Decision> history(long parkId) {
		return this.jdbc.sql("""
				select id, decision, net_zero, decided_on, decided_by, reason, recorded_by, recorded_at
				from programme_decision where park_id = :park order by decided_on desc, id desc""")
			.param("park", parkId)
			.query((rs, n) -> new Decision(rs.getLong("id"), Kind.parse(rs.getString("decision")).orElseThrow(),
					rs.getBoolean("net_zero"), rs.getObject("decided_on", LocalDate.class), rs.getString("decided_by"),
					rs.getString("reason"), rs.getString("recorded_by"),
					rs.getObject("recorded_at", OffsetDateTime.class)))
			.list();
	}

	/** The park's standing on a day: its latest decision taken on or before it. */
	@Transactional(readOnly = true)
	public Optional<Decision> standing(long parkId, LocalDate on) {
		return history(parkId).stream().filter(decision -> !decision.decidedOn().isAfter(on)).findFirst();
	}

	private @Nullable LocalDate decidedOn(@Nullable String value, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			problems.add(FieldProblem.of("decidedOn", value, "problem.field.required"));
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value.strip());
			LocalDate today = LocalDate.now(this.clock);
			if (date.isAfter(today) || date.getYear() < 2000) {
				problems.add(FieldProblem.of("decidedOn", value, "programme.problem.decidedOn", today.toString()));
				return null;
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			problems.add(FieldProblem.of("decidedOn", value, "programme.problem.dateFormat"));
			return null;
		}
	}

	private static @Nullable String text(@Nullable String value, String field, int max, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			problems.add(FieldProblem.of(field, value, "problem.field.required"));
			return null;
		}
		if (value.strip().length() > max) {
			problems.add(FieldProblem.of(field, null, "programme.problem.tooLong", max));
			return null;
		}
		return value.strip();
	}

}
