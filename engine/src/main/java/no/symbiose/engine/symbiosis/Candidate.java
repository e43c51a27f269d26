package no.symbiose.engine.symbiosis;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A possible exchange: this supply could feed this demand under this rule, this far
 * apart, by this mode. Its identity is the pair of stream ids and the rule.
 *
 * @param distanceKm great-circle (geodesic) distance between the sites, 0 within one
 * company
 * @param mode how it travels; {@code null} within one company's site
 */
public record Candidate(MatchStream supply, MatchStream demand, SymbiosisRule rule, double distanceKm,
		@Nullable TransportMode mode, Set<CandidateFlag> flags, CandidateFigures figures, Explanation explanation) {

	public Candidate {
		if (supply.side() != MatchSide.SUPPLY || demand.side() != MatchSide.DEMAND) {
			throw new IllegalArgumentException("A candidate joins a supply to a demand");
		}
		flags = flags.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(flags));
	}

	public String id() {
		return this.supply.id() + ">" + this.demand.id() + ":" + this.rule.id();
	}

	public boolean has(CandidateFlag flag) {
		return this.flags.contains(flag);
	}

	/** Whether the allocation can use it: both quantities known and comparable. */
	public boolean isAllocatable() {
		return this.figures.quantity() != null && !this.figures.upperBound();
	}

	@Override
	public String toString() {
		return "Candidate[" + id() + "]";
	}

}
