package no.symbiose.app.goals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.symbiose.app.api.ConflictException;
import no.symbiose.app.api.FieldProblem;
import no.symbiose.app.api.ForbiddenException;
import no.symbiose.app.api.InvalidInputException;
import no.symbiose.app.api.NotFoundException;
import no.symbiose.app.security.Role;
import no.symbiose.app.security.Viewer;
import no.symbiose.engine.goals.GoalCatalogue;
import no.symbiose.engine.goals.Indicator;
import no.symbiose.engine.goals.Observation;
import no.symbiose.engine.goals.Scope;
import no.symbiose.engine.goals.Target;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each park's adopted targets: the national target of the catalogue unless the park has
 * set its own. Who may set them: national administrators and the park's own facilitator.
 * A baseline is fixed once set (the service refuses a change, and a trigger of {@code V8}
 * makes it hold for every writer). Everything is checked before anything is written.
 */
@Service
public class ParkTargets {

	/** Where an adopted target comes from. */
	public enum Origin {

		NATIONAL, PARK

	}

	/**
	 * A park's target for one indicator.
	 *
	 * @param baseline the fixed baseline; empty until set
	 */
	public record AdoptedTarget(Indicator indicator, Origin origin, Target target, int targetYear,
			Optional<Observation> baseline) {

	}

	/**
	 * A target as a form or the API sends it.
	 *
	 * @param kind {@code absolute} or {@code relative_change}
	 */
	public record TargetInput(@Nullable String kind, @Nullable Double value, @Nullable Integer baselineYear,
			@Nullable Double baselineValue, @Nullable String source) {

	}

	/**
	 * The version a form sends for a target the park did not have: it must still have
	 * none.
	 */
	public static final int NONE = -1;

	/** The earliest baseline year, as the database allows (V8); the registry's too. */
	static final int FIRST_BASELINE_YEAR = 1990;

	private final JdbcClient jdbc;

	private final GoalCatalogue catalogue = GoalCatalogue.builtIn();

	ParkTargets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** National administrators, and the park's own facilitator. */
	public boolean mayEdit(Viewer viewer, long parkId) {
		return viewer.role() == Role.NATIONAL_ADMIN
				|| (viewer.role() == Role.PARK_FACILITATOR && Long.valueOf(parkId).equals(viewer.parkId()));
	}

	/**
	 * Checks that the viewer may set the park's targets, before its input is read.
	 * @throws NotFoundException the park does not exist
	 * @throws ForbiddenException the viewer may not change this park
	 */
	public void checkMayEdit(Viewer viewer, String parkKey) {
		if (!mayEdit(viewer, parkId(parkKey))) {
			throw new ForbiddenException();
		}
	}

	/**
	 * Every park-level indicator with a target, national or the park's own, in catalogue
	 * order.
	 */
	public List<AdoptedTarget> of(String parkKey) {
		long parkId = parkId(parkKey);
		return adopted(
				stored(parkId).stream().collect(Collectors.toMap(StoredTarget::indicatorKey, Function.identity())));
	}

	/**
	 * {@link #of} for every park, by park key, in one query: a dashboard of the nation
	 * colours its 300 parks.
	 */
	public Map<String, List<AdoptedTarget>> ofEveryPark() {
		Map<String, Map<String, StoredTarget>> own = new HashMap<>();
		this.jdbc.sql("""
				select p.park_key, t.indicator_key, t.target_kind, t.target_value, t.target_year, t.baseline_year,
				       t.baseline_value, t.version
				from park p left join park_target t on t.park_id = p.id
				""").query(rs -> {
			Map<String, StoredTarget> ofPark = own.computeIfAbsent(rs.getString("park_key"), key -> new HashMap<>());
			if (rs.getString("indicator_key") != null) {
				StoredTarget row = stored(rs);
				ofPark.put(row.indicatorKey(), row);
			}
		});
		Map<String, List<AdoptedTarget>> adopted = new HashMap<>();
		own.forEach((park, ofPark) -> adopted.put(park, adopted(ofPark)));
		return adopted;
	}

	private List<AdoptedTarget> adopted(Map<String, StoredTarget> own) {
		List<AdoptedTarget> adopted = new ArrayList<>();
		for (Indicator indicator : this.catalogue.indicators()) {
			if (indicator.scope() != Scope.PARK) {
				continue;
			}
			StoredTarget row = own.get(indicator.key());
			if (row != null) {
				adopted.add(new AdoptedTarget(indicator, Origin.PARK, row.target(), row.targetYear(), row.baseline()));
			}
			else if (indicator.hasTarget()) {
				adopted.add(new AdoptedTarget(indicator, Origin.NATIONAL, indicator.target(), indicator.targetYear(),
						Optional.empty()));
			}
		}
		return adopted;
	}

	/**
	 * Sets the park's own target for one indicator, whatever is stored (no version
	 * check).
	 * @see #adopt(Viewer, String, String, TargetInput, Integer)
	 */
	@Transactional
	public void adopt(Viewer viewer, String parkKey, String indicatorKey, TargetInput input) {
		adopt(viewer, parkKey, indicatorKey, input, null);
	}

	/**
	 * The version of each of the park's own targets, by indicator key: what a form sends
	 * back to {@link #adopt(Viewer, String, String, TargetInput, Integer)}.
	 */
	public Map<String, Integer> versions(String parkKey) {
		return stored(parkId(parkKey)).stream()
			.collect(Collectors.toMap(StoredTarget::indicatorKey, StoredTarget::version));
	}

	/**
	 * Sets the park's own target for one indicator.
	 * @param version the version of the park's own target the change was made from
	 * ({@link #NONE} when the park had none, 0 also when it may not exist yet), or null
	 * to replace whatever is stored
	 * @throws NotFoundException the park or the indicator does not exist
	 * @throws ForbiddenException the viewer may not change this park
	 * @throws InvalidInputException with every field problem; nothing is written
	 * @throws ConflictException someone changed or set the target since that version
	 */
	@Transactional
	public void adopt(Viewer viewer, String parkKey, String indicatorKey, TargetInput input,
			@Nullable Integer version) {
		long parkId = parkId(parkKey);
		if (!mayEdit(viewer, parkId)) {
			throw new ForbiddenException();
		}
		Indicator indicator = this.catalogue.indicator(indicatorKey)
			.filter(found -> found.scope() == Scope.PARK)
			.orElseThrow(() -> new NotFoundException("indicator", indicatorKey));
		Optional<StoredTarget> existing = stored(parkId).stream()
			.filter(row -> row.indicatorKey().equals(indicatorKey))
			.findFirst();
		Optional<Observation> fixed = existing.flatMap(StoredTarget::baseline);
		List<FieldProblem> problems = new ArrayList<>();
		Target target = target(input, problems);
		if (target instanceof Target.Absolute absolute && !withinUnit(indicator.unit(), absolute.value())) {
			problems.add(FieldProblem.of("value", absolute.value(), "goals.problem.range", indicator.unit()));
			target = null;
		}
		if (target instanceof Target.RelativeChange && input.baselineYear() == null && fixed.isEmpty()) {
			problems.add(FieldProblem.of("baselineYear", null, "goals.problem.relativeNeedsBaseline"));
		}
		if ((input.baselineYear() == null) != (input.baselineValue() == null)) {
			problems.add(FieldProblem.of("baselineValue", input.baselineValue(), "goals.problem.baselineYearAndValue"));
		}
		if (input.baselineYear() != null
				&& (input.baselineYear() < FIRST_BASELINE_YEAR || input.baselineYear() >= indicator.targetYear())) {
			problems.add(FieldProblem.of("baselineYear", input.baselineYear(), "goals.problem.baselineYearRange",
					FIRST_BASELINE_YEAR, indicator.targetYear()));
		}
		if (input.baselineValue() != null && !withinUnit(indicator.unit(), input.baselineValue())) {
			problems.add(FieldProblem.of("baselineValue", input.baselineValue(), "goals.problem.baselineRange",
					indicator.unit()));
		}
		// Leaving the baseline out keeps the fixed one; giving another one is refused.
		if (fixed.isPresent() && baseline(input).isPresent() && !fixed.equals(baseline(input))) {
			problems.add(FieldProblem.of("baselineValue", input.baselineValue(), "goals.problem.baselineFixed",
					fixed.get().value(), fixed.get().year()));
		}
		if (!problems.isEmpty() || target == null) {
			throw new InvalidInputException(problems);
		}
		String conflictKey = parkKey + "/" + indicatorKey;
		if (version != null) {
			boolean seen = existing.isPresent() ? existing.get().version() == version
					: (version == 0 || version == NONE);
			if (!seen) {
				throw ConflictException.staleVersion(conflictKey, existing.map(StoredTarget::version).orElse(NONE));
			}
		}
		String kind = target instanceof Target.RelativeChange ? "relative_change" : "absolute";
		double value = target instanceof Target.RelativeChange relative ? relative.fraction()
				: ((Target.Absolute) target).value();
		boolean settingBaseline = fixed.isEmpty() && input.baselineYear() != null;
		if (this.jdbc.sql("""
				insert into park_target (park_id, indicator_key, target_kind, target_value, target_year,
				    baseline_year, baseline_value, baseline_set_by, baseline_set_at, source, updated_by)
				values (:park, :indicator, :kind, :value, :targetYear, :baselineYear, :baselineValue,
				    :setBy, case when :setting then now() end, :source, :user)
				on conflict (park_id, indicator_key) do update set
				    target_kind = excluded.target_kind, target_value = excluded.target_value,
				    baseline_year = coalesce(park_target.baseline_year, excluded.baseline_year),
				    baseline_value = coalesce(park_target.baseline_value, excluded.baseline_value),
				    baseline_set_by = coalesce(park_target.baseline_set_by, excluded.baseline_set_by),
				    baseline_set_at = coalesce(park_target.baseline_set_at, excluded.baseline_set_at),
				    source = excluded.source, updated_by = excluded.updated_by,
				    version = park_target.version + 1, updated_at = now()
				where cast(:version as integer) is null or park_target.version = :version
				""")
			.param("park", parkId)
			.param("indicator", indicatorKey)
			.param("kind", kind)
			.param("value", value)
			.param("targetYear", indicator.targetYear())
			.param("baselineYear", input.baselineYear())
			.param("baselineValue", input.baselineValue())
			.param("setBy", settingBaseline ? viewer.username() : null)
			.param("setting", settingBaseline)
			.param("source", input.source())
			.param("user", viewer.username())
			.param("version", version)
			.update() == 0) {
			// changed or set by someone else between the check and the write
			throw ConflictException.staleVersion(conflictKey, NONE);
		}
	}

	/**
	 * Shares are 0–100 %, yes/no is 0 or 1, and nothing the catalogue measures is
	 * negative.
	 */
	private static boolean withinUnit(String unit, double value) {
		return switch (unit) {
			case "%" -> value >= 0 && value <= 100;
			case "yes/no" -> value == 0 || value == 1;
			default -> value >= 0;
		};
	}

	private static Optional<Observation> baseline(TargetInput input) {
		if (input.baselineYear() == null || input.baselineValue() == null) {
			return Optional.empty();
		}
		return Optional.of(new Observation(input.baselineYear(), input.baselineValue()));
	}

	private static @Nullable Target target(TargetInput input, List<FieldProblem> problems) {
		if (input.value() == null) {
			problems.add(FieldProblem.of("value", null, "goals.problem.valueMissing"));
			return null;
		}
		try {
			if ("absolute".equals(input.kind())) {
				return new Target.Absolute(input.value());
			}
			if ("relative_change".equals(input.kind())) {
				return new Target.RelativeChange(input.value());
			}
			problems.add(FieldProblem.of("kind", input.kind(), "goals.problem.kind"));
		}
		catch (IllegalArgumentException ex) {
			problems.add(FieldProblem.of("value", input.value(), "goals.problem.value"));
		}
		return null;
	}

	private record StoredTarget(String indicatorKey, Target target, int targetYear, Optional<Observation> baseline,
			int version) {

	}

	private List<StoredTarget> stored(long parkId) {
		return this.jdbc.sql("""
				select indicator_key, target_kind, target_value, target_year, baseline_year, baseline_value, version
				from park_target where park_id = :park order by indicator_key
				""").param("park", parkId).query((rs, i) -> stored(rs)).list();
	}

	private static StoredTarget stored(java.sql.ResultSet rs) throws java.sql.SQLException {
		double value = rs.getDouble("target_value");
		Target target = "relative_change".equals(rs.getString("target_kind")) ? new Target.RelativeChange(value)
				: new Target.Absolute(value);
		int baselineYear = rs.getInt("baseline_year");
		Optional<Observation> baseline = rs.wasNull() ? Optional.empty()
				: Optional.of(new Observation(baselineYear, rs.getDouble("baseline_value")));
		return new StoredTarget(rs.getString("indicator_key"), target, rs.getInt("target_year"), baseline,
				rs.getInt("version"));
	}

	private long parkId(String parkKey) {
		return this.jdbc.sql("select id from park where park_key = :key")
			.param("key", parkKey)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("park", parkKey));
	}

}
