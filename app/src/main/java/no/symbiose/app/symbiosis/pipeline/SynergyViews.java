package no.symbiose.app.symbiosis.pipeline;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Synergies as the API and the pages show them to one viewer. States are the keys of
 * {@code SynergyState} ({@code identified}, ..., {@code rejected}); quantities are per
 * year in their unit; null means unknown, or hidden from this viewer (double-blind).
 * {@code version} is the optimistic lock a client sends back with a change.
 */
public final class SynergyViews {

	private SynergyViews() {
	}

	/**
	 * One side of a synergy. When {@code shown} is false the viewer is a company reporter
	 * of the other side and not both sides have opted in: the company's key and name are
	 * null and {@code label} says "a company in <county>" with the distance.
	 */
	public record Party(@Nullable String companyKey, @Nullable String name, @Nullable String countyNumber,
			@Nullable String countyName, boolean shown, String label, @Nullable OffsetDateTime optedInAt) {
	}

	/**
	 * @param viewerSide {@code supply}, {@code demand} or {@code both} when the viewer
	 * reports for a company of the synergy, else null
	 * @param nextStates where the viewer may move it; empty unless {@code mayManage}
	 * @param distanceKm geodesic distance between the two sites, null when one is unknown
	 */
	public record SynergyView(long id, String title, String state, @Nullable String stateReason, String ruleId,
			Party supply, Party demand, boolean revealed, @Nullable Double distanceKm, @Nullable String ownerUsername,
			@Nullable String ownerName, @Nullable String notes, @Nullable LocalDate nextFollowUp,
			@Nullable Double expectedQuantity, @Nullable String expectedUnit, @Nullable Double expectedTCo2e,
			List<String> nextStates, boolean mayManage, @Nullable String viewerSide, OffsetDateTime createdAt,
			OffsetDateTime updatedAt, int version) {

		/** Whether the viewer reports for a side that has not opted in yet. */
		public boolean mayOptIn() {
			return ("supply".equals(this.viewerSide) || "both".equals(this.viewerSide))
					&& this.supply.optedInAt() == null
					|| ("demand".equals(this.viewerSide) || "both".equals(this.viewerSide))
							&& this.demand.optedInAt() == null;
		}

		public boolean isRealised() {
			return "in_operation".equals(this.state) || "ended".equals(this.state);
		}

	}

	/**
	 * What happened: {@code created}, {@code moved} (with the reason as note),
	 * {@code opted_in}, {@code note}, {@code realised} (the year as note),
	 * {@code changed} (the {@code field} owner, notes or next_follow_up, and its new
	 * value as note).
	 */
	public record EventView(OffsetDateTime at, @Nullable String username, String kind, @Nullable String fromState,
			@Nullable String toState, @Nullable String field, @Nullable String note) {
	}

	public record RealisedView(int year, double quantity, String unit, @Nullable Double tCo2eAvoided,
			@Nullable String source) {
	}

	public record SynergyDetail(SynergyView synergy, List<EventView> events, List<RealisedView> realised) {
	}

}
