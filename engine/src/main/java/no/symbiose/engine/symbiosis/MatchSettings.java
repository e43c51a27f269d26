package no.symbiose.engine.symbiosis;

/**
 * How a matching run goes.
 *
 * @param maxCandidatesPerSupply keep only this many candidates per supply, the best by
 * net CO2e per unit; 0 keeps all
 * @param spatialIndex search demands through the spatial index; {@code false} compares
 * every supply with every demand, the baseline the index is measured against
 * @param parallel spread the supplies over the common fork-join pool
 */
public record MatchSettings(int maxCandidatesPerSupply, boolean spatialIndex, boolean parallel) {

	public static final MatchSettings DEFAULT = new MatchSettings(0, true, true);

	public MatchSettings {
		if (maxCandidatesPerSupply < 0) {
			throw new IllegalArgumentException(
					"The number of candidates per supply must be 0 (all) or more, got " + maxCandidatesPerSupply);
		}
	}

	public MatchSettings withMaxCandidatesPerSupply(int max) {
		return new MatchSettings(max, this.spatialIndex, this.parallel);
	}

	public MatchSettings allPairs() {
		return new MatchSettings(this.maxCandidatesPerSupply, false, this.parallel);
	}

	public MatchSettings sequential() {
		return new MatchSettings(this.maxCandidatesPerSupply, this.spatialIndex, false);
	}

}
