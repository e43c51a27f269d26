package no.symbiose.app.goals;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.symbiose.app.goals.ParkTargets.AdoptedTarget;
import no.symbiose.app.goals.ParkTargets.TargetInput;
import no.symbiose.app.security.Viewer;
import no.symbiose.engine.goals.Target;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A park's adopted targets. Reading needs a login (a baseline may be close to one
 * tenant's figure); setting is for the park's facilitator and national administrators.
 */
@RestController
@Tag(name = "goals", description = "Goals and follow-up: each park's adopted targets")
@RequestMapping("/api/v1/goals/parks/{park}/targets")
class ParkTargetsApiController {

	private final ParkTargets targets;

	ParkTargetsApiController(ParkTargets targets) {
		this.targets = targets;
	}

	/**
	 * One adopted target. {@code targetValue} is in {@code unit} for {@code absolute} and
	 * a fraction of the baseline for {@code relative_change}. {@code version}: the park's
	 * own target's version, to send back with a change (null while the national target
	 * applies: send -1 then).
	 */
	record TargetJson(String indicator, String unit, String origin, String targetKind, double targetValue,
			int targetYear, @Nullable Integer baselineYear, @Nullable Double baselineValue, @Nullable Integer version) {

		static TargetJson of(AdoptedTarget adopted, Map<String, Integer> versions) {
			boolean relative = adopted.target() instanceof Target.RelativeChange;
			double value = adopted.target() instanceof Target.RelativeChange change ? change.fraction()
					: ((Target.Absolute) adopted.target()).value();
			return new TargetJson(adopted.indicator().key(), adopted.indicator().unit(),
					adopted.origin().name().toLowerCase(java.util.Locale.ROOT),
					relative ? "relative_change" : "absolute", value, adopted.targetYear(),
					adopted.baseline().map(b -> b.year()).orElse(null),
					adopted.baseline().map(b -> b.value()).orElse(null), versions.get(adopted.indicator().key()));
		}

	}

	/**
	 * A target as the API takes it: {@link TargetInput}'s fields and {@code version}, the
	 * version read (-1: the park had no own target; 0 also creates one). A stale version
	 * answers 409 and changes nothing; without a version the target is replaced whatever
	 * is stored (the audit log keeps what it replaced).
	 */
	record TargetBody(@Nullable String kind, @Nullable Double value, @Nullable Integer baselineYear,
			@Nullable Double baselineValue, @Nullable String source, @Nullable Integer version) {

	}

	@GetMapping
	@Operation(summary = "A park's targets: its own where set, else the national ones")
	List<TargetJson> targets(@PathVariable String park) {
		Map<String, Integer> versions = this.targets.versions(park);
		return this.targets.of(park).stream().map(adopted -> TargetJson.of(adopted, versions)).toList();
	}

	@PutMapping("/{indicator}")
	@Operation(
			summary = "Set a park's own target (national admin; facilitator: own park); a baseline is fixed once set")
	TargetJson adopt(@PathVariable String park, @PathVariable String indicator, @RequestBody TargetBody body,
			Viewer viewer) {
		this.targets.adopt(viewer, park, indicator,
				new TargetInput(body.kind(), body.value(), body.baselineYear(), body.baselineValue(), body.source()),
				body.version());
		Map<String, Integer> versions = this.targets.versions(park);
		return this.targets.of(park)
			.stream()
			.filter(adopted -> adopted.indicator().key().equals(indicator))
			.map(adopted -> TargetJson.of(adopted, versions))
			.findFirst()
			.orElseThrow();
	}

}
