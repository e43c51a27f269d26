package no.symbiose.engine.registry;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.units.Decares;
import no.symbiose.engine.units.SquareMetres;

/**
 * Land and building figures reported only as a total over a group of parks, as in source
 * 002 (Siva and the industrial parks, 2024): "Av totalt 18 000 dekar tilgjengelig
 * industriareal hos syv av de åtte parkene som har besvart, er 3700 dekar ledig og ferdig
 * regulert ... Arealutnyttelsen i dag ligger på 79 prosent" and "cirka 30 000
 * kvadratmeter ledig bygningsmasse. Det gir en arealutnyttelse på 96 prosent". Each
 * figure is kept as reported; what can be worked out from them is a method here, never
 * stored.
 * <p>
 * Shares are fractions (0.79 = 79 %). Unknown is null.
 *
 * @param key natural key, a slug such as {@code siva-2024}
 * @param year the year the figures describe
 * @param parks the parks the survey asked (the group); which of them answered is often
 * not said
 * @param parksAnswered how many of the group answered, 1 ≤ answered ≤ group size
 * @param landTotal total land of the parks that answered
 * @param landFreeZoned of that, free and zoned land ("ledig og ferdig regulert")
 * @param landUseShareReported the land use share as the report writes it (rounded)
 * @param buildingFree free building floor area
 * @param buildingUseShareReported the building use share as the report writes it
 * @param source publisher, title, year and page or line of the figures
 * @param quote the report's own words, so a reader can check the figures
 */
public record LandSurvey(String key, int year, List<ParkKey> parks, int parksAnswered, @Nullable Decares landTotal,
		@Nullable Decares landFreeZoned, @Nullable Double landUseShareReported, @Nullable SquareMetres buildingFree,
		@Nullable Double buildingUseShareReported, String source, @Nullable String quote) {

	public LandSurvey {
		if (!key.matches("[a-z0-9][a-z0-9-]{1,62}")) {
			throw new RuleViolation("registry.landSurvey.keyFormat",
					"Survey key \"%s\" is not a slug of 2–63 characters a–z, 0–9 and -".formatted(key), key);
		}
		Keys.requireYear(year);
		Set<ParkKey> distinct = new LinkedHashSet<>(parks);
		if (distinct.isEmpty()) {
			throw new RuleViolation("registry.landSurvey.noParks", "Survey %s names no park".formatted(key), key);
		}
		parks = List.copyOf(distinct);
		if (parksAnswered < 1 || parksAnswered > parks.size()) {
			throw new RuleViolation("registry.landSurvey.answeredOutsideGroup",
					"%d parks answered, but the group has %d".formatted(parksAnswered, parks.size()), parksAnswered,
					parks.size());
		}
		if (landTotal != null && landFreeZoned != null && landFreeZoned.value() > landTotal.value()) {
			throw new RuleViolation("registry.landSurvey.freeAboveTotal",
					"Free zoned land %s daa exceeds the total %s daa".formatted(landFreeZoned.value(),
							landTotal.value()),
					landFreeZoned.value(), landTotal.value());
		}
		requireShare(landUseShareReported);
		requireShare(buildingUseShareReported);
		source = Keys.requireNotBlank(source, "registry.landSurvey.sourceBlank", "A survey's source");
		if (quote != null && quote.isBlank()) {
			quote = null;
		}
	}

	private static void requireShare(@Nullable Double share) {
		if (share != null && (!Double.isFinite(share) || share < 0 || share > 1)) {
			throw new RuleViolation("registry.landSurvey.shareRange",
					"Share %s is not between 0 and 1 (0 %% and 100 %%)".formatted(share), share);
		}
	}

	/**
	 * Land in use = total − free and zoned, as the report computes its 79 % ("andel av
	 * totalt areal"): 18 000 − 3 700 = 14 300 daa. Derived.
	 */
	public @Nullable Decares landUsedDerived() {
		return this.landTotal == null || this.landFreeZoned == null ? null : this.landTotal.minus(this.landFreeZoned);
	}

	/**
	 * Total building floor area = free / (1 − reported use share): 30 000 / (1 − 0.96) =
	 * 750 000 m². Derived, and only as exact as the rounded share; unknown when the share
	 * is 100 % (no free area to scale from).
	 */
	public @Nullable SquareMetres buildingTotalDerived() {
		if (this.buildingFree == null || this.buildingUseShareReported == null || this.buildingUseShareReported >= 1) {
			return null;
		}
		return SquareMetres.of(this.buildingFree.value() / (1 - this.buildingUseShareReported));
	}

	/** Building area in use = derived total − free: 750 000 − 30 000 = 720 000 m². */
	public @Nullable SquareMetres buildingUsedDerived() {
		SquareMetres total = buildingTotalDerived();
		return total == null || this.buildingFree == null ? null
				: SquareMetres.of(Math.max(0, total.value() - this.buildingFree.value()));
	}

	/** "7 av 8". */
	public int groupSize() {
		return this.parks.size();
	}

}
