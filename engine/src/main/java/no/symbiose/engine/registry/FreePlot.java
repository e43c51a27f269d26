package no.symbiose.engine.registry;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.units.Decares;

/**
 * A free plot of a park, ready or being readied for a new tenant: the map of free land
 * per park that goal 3 of source 002 asks for ("ledig areal kartlagt per park"). The
 * park's facilitator keeps the list.
 *
 * @param label the park's own name for the plot ("Tomt B3, Herøya nord"), unique within
 * the park
 * @param area above zero
 * @param availableFrom when a tenant can take it over; null = not stated
 */
public record FreePlot(ParkKey park, String label, Decares area, ZoningStatus zoning, @Nullable LocalDate availableFrom,
		@Nullable String source) {

	/** Labels are short names, not descriptions. */
	public static final int MAX_LABEL_LENGTH = 100;

	public FreePlot {
		label = Keys.requireNotBlank(label, "registry.plot.labelBlank", "A plot's label");
		if (label.length() > MAX_LABEL_LENGTH) {
			throw new RuleViolation("registry.plot.labelTooLong",
					"A plot's label has %d characters, more than %d".formatted(label.length(), MAX_LABEL_LENGTH),
					label.length(), MAX_LABEL_LENGTH);
		}
		requirePositive(area.value());
		if (source != null && source.isBlank()) {
			source = null;
		}
	}

	/**
	 * The area of a plot: a plot of no land is no plot, so zero is refused as well as a
	 * negative number.
	 */
	public static Decares area(double daa) {
		return new Decares(requirePositive(daa));
	}

	private static double requirePositive(double daa) {
		if (!(daa > 0) || !Double.isFinite(daa)) {
			throw new RuleViolation("registry.plot.areaNotPositive",
					"A plot's area %s daa is not above zero".formatted(daa), daa);
		}
		return daa;
	}

}
