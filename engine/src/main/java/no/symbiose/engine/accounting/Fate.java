package no.symbiose.engine.accounting;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.registry.TreatmentCode;

/**
 * Where a tonne of side stream or waste goes, as the material-flow analysis counts it: a
 * treatment operation of Directive 2008/98/EC (recovery R1–R13, disposal D1–D15), a
 * realised symbiosis (another company takes it as input), or unknown. Inputs and products
 * have no fate here ({@link #NOT_WASTE}).
 *
 * @param treatment the operation, only for {@link Kind#TREATED}
 */
public record Fate(Kind kind, @Nullable TreatmentCode treatment) {

	/** An input or a product. */
	public static final Fate NOT_WASTE = new Fate(Kind.NOT_WASTE, null);

	/** Taken by another company through a realised synergy. */
	public static final Fate SYMBIOSIS = new Fate(Kind.SYMBIOSIS, null);

	/** No treatment code reported and no realised synergy. */
	public static final Fate UNKNOWN = new Fate(Kind.UNKNOWN, null);

	public enum Kind {

		NOT_WASTE, TREATED, SYMBIOSIS, UNKNOWN

	}

	public Fate {
		if ((kind == Kind.TREATED) != (treatment != null)) {
			throw new IllegalArgumentException("A treated fate needs a treatment code, and only it has one");
		}
	}

	public static Fate treated(TreatmentCode code) {
		return new Fate(Kind.TREATED, code);
	}

	/** Recovery R1–R13. */
	public boolean isRecovery() {
		return this.treatment != null && this.treatment.isRecovery();
	}

	/** Disposal D1–D15. */
	public boolean isDisposal() {
		return this.treatment != null && !this.treatment.isRecovery();
	}

	/**
	 * Counts towards the reuse and recycling rate: recovery or a realised symbiosis.
	 */
	public boolean isRecoveredOrExchanged() {
		return isRecovery() || this.kind == Kind.SYMBIOSIS;
	}

	/** Known: treated or exchanged; what the rate's denominator holds. */
	public boolean isKnown() {
		return this.kind == Kind.TREATED || this.kind == Kind.SYMBIOSIS;
	}

	/** {@code R3}, {@code D1}, {@code symbiosis}, {@code unknown} or {@code none}. */
	public String key() {
		return switch (this.kind) {
			case NOT_WASTE -> "none";
			case TREATED -> this.treatment.code();
			case SYMBIOSIS -> "symbiosis";
			case UNKNOWN -> "unknown";
		};
	}

	/**
	 * The order of the treatment table: R1…R13, symbiosis, D1…D15, unknown; not-waste
	 * first.
	 */
	int order() {
		return switch (this.kind) {
			case NOT_WASTE -> 0;
			case TREATED ->
				(this.treatment.isRecovery() ? 100 : 300) + Integer.parseInt(this.treatment.code().substring(1));
			case SYMBIOSIS -> 200;
			case UNKNOWN -> 400;
		};
	}

	@Override
	public String toString() {
		return key();
	}

}
