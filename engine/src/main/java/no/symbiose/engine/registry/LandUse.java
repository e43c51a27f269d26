package no.symbiose.engine.registry;

import java.util.OptionalDouble;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.units.Decares;

/**
 * A park's land: total area, area in use, and free area already zoned for business (goal
 * 3 of source 002: land use up to 90 % by 2030). Each figure may be unknown; known ones
 * must fit: used ≤ total and freeZoned ≤ total − used.
 */
public record LandUse(@Nullable Decares total, @Nullable Decares used, @Nullable Decares freeZoned) {

	public static final LandUse UNKNOWN = new LandUse(null, null, null);

	public LandUse {
		if (total != null && used != null && used.value() > total.value()) {
			throw new RuleViolation("registry.land.usedAboveTotal",
					"Used land %s daa exceeds the total %s daa".formatted(used.value(), total.value()), used.value(),
					total.value());
		}
		if (total != null && freeZoned != null) {
			double room = total.value() - ((used != null) ? used.value() : 0);
			if (freeZoned.value() > room) {
				throw new RuleViolation("registry.land.freeAboveUnused",
						"Free zoned land %s daa exceeds the %s daa not in use".formatted(freeZoned.value(), room),
						freeZoned.value(), room);
			}
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
