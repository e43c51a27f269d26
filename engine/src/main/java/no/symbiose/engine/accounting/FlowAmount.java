package no.symbiose.engine.accounting;

import java.util.List;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.units.FlowUnit;

/**
 * A figure of an aggregate account as it may be shown: an amount per year in its unit, or
 * nothing to show ({@link #none}: no stream contributes), or hidden by disclosure control
 * with the reason. A sum or difference of figures is hidden when any part is, so a
 * derived figure never reveals a hidden part. A closing item can be negative, so the
 * value is a signed number and the unit travels beside it.
 *
 * @param value the amount, {@code null} when there is none or it is hidden
 * @param suppression why it is hidden (a {@code Disclosure.Suppression} key such as
 * {@code few-contributors}, or {@link #PARTS} for a figure derived from hidden ones);
 * {@code null} when shown or none
 */
public record FlowAmount(@Nullable Double value, FlowUnit unit, @Nullable String suppression) {

	/** The reason of a sum or difference with a hidden part. */
	public static final String PARTS = "parts";

	public FlowAmount {
		if (value != null && !Double.isFinite(value)) {
			throw new IllegalArgumentException("%s %s is not a finite number".formatted(value, unit.symbol()));
		}
		if (value != null && suppression != null) {
			throw new IllegalArgumentException("A hidden figure has no value");
		}
	}

	public static FlowAmount of(double value, FlowUnit unit) {
		return new FlowAmount(value, unit, null);
	}

	public static FlowAmount tonnes(double value) {
		return of(value, FlowUnit.TONNES_PER_YEAR);
	}

	public static FlowAmount none(FlowUnit unit) {
		return new FlowAmount(null, unit, null);
	}

	public static FlowAmount suppressed(FlowUnit unit, String reason) {
		return new FlowAmount(null, unit, reason);
	}

	public boolean isShown() {
		return this.value != null;
	}

	public boolean isSuppressed() {
		return this.suppression != null;
	}

	public boolean isNone() {
		return this.value == null && this.suppression == null;
	}

	/**
	 * The sum of the parts: none when every part is none; hidden when any part is (with
	 * that part's reason when it is the only part with data, else {@link #PARTS}); a part
	 * with none counts as zero.
	 */
	public static FlowAmount sum(FlowUnit unit, List<FlowAmount> parts) {
		double total = 0;
		int withData = 0;
		FlowAmount hidden = null;
		for (FlowAmount part : parts) {
			if (part.unit != unit) {
				throw new IllegalArgumentException("Cannot add %s to %s".formatted(part.unit, unit));
			}
			if (part.isNone()) {
				continue;
			}
			withData++;
			if (part.isSuppressed()) {
				hidden = part;
			}
			else {
				total += part.value;
			}
		}
		if (withData == 0) {
			return none(unit);
		}
		if (hidden != null) {
			return suppressed(unit, withData == 1 ? hidden.suppression : PARTS);
		}
		return of(total, unit);
	}

	public FlowAmount plus(FlowAmount other) {
		return sum(this.unit, List.of(this, other));
	}

	public FlowAmount minus(FlowAmount other) {
		return sum(this.unit, List.of(this, other.negated()));
	}

	private FlowAmount negated() {
		return this.value == null ? this : of(-this.value, this.unit);
	}

	/** The value, or zero when there is none; refuses a hidden figure. */
	double orZero() {
		if (isSuppressed()) {
			throw new IllegalStateException("A hidden figure has no value to compute with");
		}
		return this.value == null ? 0 : this.value;
	}

	@Override
	public String toString() {
		return this.value != null ? this.value + " " + this.unit.symbol()
				: this.suppression != null ? "hidden (" + this.suppression + ")" : "none";
	}

}
