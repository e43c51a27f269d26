package no.symbiose.engine.symbiosis.allocation;

/**
 * One candidate exchange from {@code supply} to {@code demand} (indices into
 * {@link AllocationProblem#supplies()} and {@link AllocationProblem#demands()}) that
 * gains {@code benefitPerUnit} per unit moved. An arc with benefit &lt;= 0 is never used.
 */
public record Arc(int supply, int demand, long benefitPerUnit) {

	public Arc {
		if (supply < 0) {
			throw new IllegalArgumentException("Arc supply index %d is negative".formatted(supply));
		}
		if (demand < 0) {
			throw new IllegalArgumentException("Arc demand index %d is negative".formatted(demand));
		}
	}

	boolean isUseful() {
		return this.benefitPerUnit > 0;
	}

}
