package no.symbiose.engine.symbiosis;

/**
 * How a matching run goes.
 *
 * @param maxCandidatesPerSupply keep only this many candidates per supply, the best by
 * net CO2e per unit; 0 keeps all
 * @param spatialIndex search demands through the spatial index; {@code false} compares
 * every supply with every demand, the baseline the index is measured against
 * @param parallel spread the supplies over the common fork-join pool
 * @param nearestPerRule under each rule, look only at this many nearest demands of each
 * supply (other companies; its own company's demands always count); 0 looks at every
 * demand within the rule's reach. At national or European scale with long rail and ship
 * reaches the number of pairs in reach grows with supplies × demands; the nearest ones
 * are the ones a person would follow up, so a bound keeps a run linear.
 */
public record MatchSettings(int maxCandidatesPerSupply, boolean spatialIndex, boolean parallel, int nearestPerRule) {

	public static final MatchSettings DEFAULT = new MatchSettings(0, true, true, 0);

	public MatchSettings {
		if (maxCandidatesPerSupply < 0) {
			throw new IllegalArgumentException(
					"The number of candidates per supply must be 0 (all) or more, got " + maxCandidatesPerSupply);
		}
		if (nearestPerRule < 0) {
			throw new IllegalArgumentException(
					"The number of nearest demands per rule must be 0 (all) or more, got " + nearestPerRule);
		}
	}

	public MatchSettings withNearestPerRule(int nearest) {
		return new MatchSettings(this.maxCandidatesPerSupply, this.spatialIndex, this.parallel, nearest);
	}

	public MatchSettings withMaxCandidatesPerSupply(int max) {
		return new MatchSettings(max, this.spatialIndex, this.parallel, this.nearestPerRule);
	}

	public MatchSettings allPairs() {
		return new MatchSettings(this.maxCandidatesPerSupply, false, this.parallel, this.nearestPerRule);
	}

	public MatchSettings sequential() {
		return new MatchSettings(this.maxCandidatesPerSupply, this.spatialIndex, false, this.nearestPerRule);
	}

}
