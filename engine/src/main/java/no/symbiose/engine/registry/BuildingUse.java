package no.symbiose.engine.registry;

import java.util.OptionalDouble;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.units.SquareMetres;

/**
 * A park's building floor area and the part in use (goal 3 of source 002: building use up
 * to 98 % by 2030). Either may be unknown; when both are known, used ≤ total.
 */
public record BuildingUse(@Nullable SquareMetres total, @Nullable SquareMetres used) {

	public static final BuildingUse UNKNOWN = new BuildingUse(null, null);

	public BuildingUse {
		if (total != null && used != null && used.value() > total.value()) {
			throw new RuleViolation("registry.buildings.usedAboveTotal",
					"Used building area %s m² exceeds the total %s m²".formatted(used.value(), total.value()),
					used.value(), total.value());
		}
	}

	/** used / total, when both are known and total is above zero. */
	public OptionalDouble usedShare() {
		if (this.total == null || this.used == null || this.total.value() == 0) {
			return OptionalDouble.empty();
		}
		return OptionalDouble.of(this.used.value() / this.total.value());
	}

}
