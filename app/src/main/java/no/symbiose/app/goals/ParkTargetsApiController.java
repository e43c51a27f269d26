package no.symbiose.app.goals;

import java.util.List;

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
	 * a fraction of the baseline for {@code relative_change}.
	 */
	record TargetJson(String indicator, String unit, String origin, String targetKind, double targetValue,
			int targetYear, @Nullable Integer baselineYear, @Nullable Double baselineValue) {

		static TargetJson of(AdoptedTarget adopted) {
			boolean relative = adopted.target() instanceof Target.RelativeChange;
			double value = adopted.target() instanceof Target.RelativeChange change ? change.fraction()
					: ((Target.Absolute) adopted.target()).value();
			return new TargetJson(adopted.indicator().key(), adopted.indicator().unit(),
					adopted.origin().name().toLowerCase(java.util.Locale.ROOT),
					relative ? "relative_change" : "absolute", value, adopted.targetYear(),
					adopted.baseline().map(b -> b.year()).orElse(null),
					adopted.baseline().map(b -> b.value()).orElse(null));
		}

	}

	@GetMapping
	@Operation(summary = "A park's targets: its own where set, else the national ones")
	List<TargetJson> targets(@PathVariable String park) {
		return this.targets.of(park).stream().map(TargetJson::of).toList();
	}

	@PutMapping("/{indicator}")
	@Operation(
			summary = "Set a park's own target (national admin; facilitator: own park); a baseline is fixed once set")
	TargetJson adopt(@PathVariable String park, @PathVariable String indicator, @RequestBody TargetInput body,
			Viewer viewer) {
		this.targets.adopt(viewer, park, indicator, body);
		return this.targets.of(park)
			.stream()
			.filter(adopted -> adopted.indicator().key().equals(indicator))
			.map(TargetJson::of)
			.findFirst()
			.orElseThrow();
	}

}
