package no.symbiose.engine.units;

import no.symbiose.engine.rules.RuleViolation;

/**
 * The checks every quantity shares: finite, and non-negative unless its type says
 * otherwise.
 */
final class Quantities {

	private Quantities() {
	}

	static double requireFinite(double value, String symbol) {
		if (!Double.isFinite(value)) {
			throw new RuleViolation("units.notFinite", "%s %s is not a finite number".formatted(value, symbol),
					String.valueOf(value), symbol);
		}
		return value;
	}

	static double requireNonNegative(double value, String symbol) {
		requireFinite(value, symbol);
		if (value < 0) {
			throw new RuleViolation("units.negative",
					"%s %s is negative; the quantity must be zero or more".formatted(value, symbol), value, symbol);
		}
		return value;
	}

	static long requireNonNegative(long value, String symbol) {
		if (value < 0) {
			throw new RuleViolation("units.negative",
					"%s %s is negative; the quantity must be zero or more".formatted(value, symbol), value, symbol);
		}
		return value;
	}

	static double difference(double minuend, double subtrahend, String symbol) {
		if (subtrahend > minuend) {
			throw new RuleViolation("units.negativeDifference",
					"%s %s minus %s %s would be negative".formatted(minuend, symbol, subtrahend, symbol), minuend,
					subtrahend, symbol);
		}
		return minuend - subtrahend;
	}

	static long difference(long minuend, long subtrahend, String symbol) {
		if (subtrahend > minuend) {
			throw new RuleViolation("units.negativeDifference",
					"%s %s minus %s %s would be negative".formatted(minuend, symbol, subtrahend, symbol), minuend,
					subtrahend, symbol);
		}
		return minuend - subtrahend;
	}

}
