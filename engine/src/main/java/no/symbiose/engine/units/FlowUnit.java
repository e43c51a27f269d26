package no.symbiose.engine.units;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import no.symbiose.engine.rules.RuleViolation;

/**
 * The unit of a yearly flow in {@code streams.csv}. Symbols are ASCII; imports also
 * accept the bokmål {@code år} and a superscript {@code ³}, in any case.
 */
public enum FlowUnit {

	TONNES_PER_YEAR("t/yr"), MEGAWATT_HOURS_PER_YEAR("MWh/yr"), CUBIC_METRES_PER_YEAR("m3/yr"),
	NORMAL_CUBIC_METRES_PER_YEAR("Nm3/yr");

	private final String symbol;

	FlowUnit(String symbol) {
		this.symbol = symbol;
	}

	public String symbol() {
		return this.symbol;
	}

	public static FlowUnit fromSymbol(String symbol) {
		String normalised = symbol.trim().toLowerCase(Locale.ROOT).replace('³', '3').replace("/år", "/yr");
		for (FlowUnit unit : values()) {
			if (unit.symbol.toLowerCase(Locale.ROOT).equals(normalised)) {
				return unit;
			}
		}
		String allowed = Arrays.stream(values()).map(FlowUnit::symbol).collect(Collectors.joining(", "));
		throw new RuleViolation("units.flowUnit.unknown",
				"Unit \"%s\" is not a flow unit; allowed: %s".formatted(symbol, allowed), symbol, allowed);
	}

	@Override
	public String toString() {
		return this.symbol;
	}

}
