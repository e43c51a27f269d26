package no.symbiose.engine.symbiosis.allocation;

/**
 * A sink that can take up to {@code capacity} whole units (tonnes or MWh, as the caller
 * scaled them).
 */
public record Demand(String id, long capacity) {

	public Demand {
		if (id.isBlank()) {
			throw new IllegalArgumentException("A demand's id must not be blank");
		}
		if (capacity < 0) {
			throw new IllegalArgumentException(
					"Demand %s has capacity %d; a capacity must be 0 or more".formatted(id, capacity));
		}
	}

}
