package no.symbiose.engine.symbiosis.allocation;

/**
 * A source that can give up to {@code capacity} whole units (tonnes or MWh, as the caller
 * scaled them).
 */
public record Supply(String id, long capacity) {

	public Supply {
		if (id.isBlank()) {
			throw new IllegalArgumentException("A supply's id must not be blank");
		}
		if (capacity < 0) {
			throw new IllegalArgumentException(
					"Supply %s has capacity %d; a capacity must be 0 or more".formatted(id, capacity));
		}
	}

}
