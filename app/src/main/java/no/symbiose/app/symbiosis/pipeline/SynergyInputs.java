package no.symbiose.app.symbiosis.pipeline;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Request bodies of the synergy API and the page forms. Everything is nullable so that
 * {@link SynergyService} can name every missing or wrong field at once. {@code version}
 * is the optimistic lock: send the version you read; a change over someone else's newer
 * one answers 409.
 */
public final class SynergyInputs {

	private SynergyInputs() {
	}

	/** A candidate's id, as the engine gives it: {@code s12>d34:ash-to-cement}. */
	public record CandidateInput(@Nullable String candidateId) {
	}

	/** {@code state} is a state key; rejecting needs a {@code reason}. */
	public record MoveInput(@Nullable String state, @Nullable String reason, @Nullable Integer version) {
	}

	/**
	 * Fields left out (null) stay as they are; an empty text clears the field.
	 * {@code nextFollowUp} is an ISO date (2025-03-01).
	 */
	public record ChangeInput(@Nullable String ownerUsername, @Nullable String notes, @Nullable String nextFollowUp,
			@Nullable Integer version) {
	}

	/** {@code unit} is one of t/yr, MWh/yr, m3/yr, Nm3/yr. */
	public record RealisedInput(@Nullable Double quantity, @Nullable String unit, @Nullable String source) {
	}

	public record NoteInput(@Nullable String text) {
	}

	/**
	 * The candidates of an allocation (the {@code candidateId}s of its flows), followed
	 * up together: all of them or, on any error, none.
	 */
	public record AllocationInput(@Nullable List<@Nullable String> candidateIds) {
	}

}
