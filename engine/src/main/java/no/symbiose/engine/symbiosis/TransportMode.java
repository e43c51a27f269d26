package no.symbiose.engine.symbiosis;

import java.util.Locale;

/**
 * How a side stream travels. The order is the order of preference: a pipe where the rule
 * allows one and the distance is short enough, else a truck, else rail, else ship.
 */
public enum TransportMode {

	PIPE, TRUCK, RAIL, SHIP;

	private final String key = name().toLowerCase(Locale.ROOT);

	public String key() {
		return this.key;
	}

}
