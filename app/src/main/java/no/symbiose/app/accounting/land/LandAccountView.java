package no.symbiose.app.accounting.land;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import no.symbiose.app.accounting.AccountScope;
import no.symbiose.app.accounting.land.LandRegister.PlotRow;
import no.symbiose.engine.accounting.LandAccount;
import no.symbiose.engine.accounting.LandAccount.ParkEntry;
import no.symbiose.engine.accounting.LandAccounting;
import no.symbiose.engine.accounting.LandFigures.Share;
import no.symbiose.engine.registry.ParkKey;

/**
 * A land account as the page, the park page and the API show it: the engine's account,
 * the plots with their ids, and the counties of the parks.
 *
 * @param countyNames county name by park key
 * @param parkIds database id by park key
 * @param parkNames every park's name by key (a survey's group may reach outside the
 * scope)
 */
public record LandAccountView(AccountScope scope, LandAccount account, List<PlotRow> plots,
		Map<String, String> countyNames, Map<String, Long> parkIds, Map<String, String> parkNames) {

	/** Goal 3 of source 002, as whole percentages. */
	public static final int LAND_USE_TARGET_PERCENT = (int) Math.round(LandAccounting.LAND_USE_TARGET * 100);

	public static final int BUILDING_USE_TARGET_PERCENT = (int) Math.round(LandAccounting.BUILDING_USE_TARGET * 100);

	public static final int TARGET_YEAR = LandAccounting.TARGET_YEAR;

	public int landUseTargetPercent() {
		return LAND_USE_TARGET_PERCENT;
	}

	public int buildingUseTargetPercent() {
		return BUILDING_USE_TARGET_PERCENT;
	}

	public int targetYear() {
		return TARGET_YEAR;
	}

	public int year() {
		return this.account.year();
	}

	public int parksInScope() {
		return this.account.parks().size();
	}

	/** Parks in scope whose own figures describe the year. */
	public long parksWithOwnFigures() {
		return this.account.parks()
			.stream()
			.filter(p -> p.basis() == LandAccount.Basis.OWN_FIGURES || p.basis() == LandAccount.Basis.COUNTED_IN_SURVEY)
			.count();
	}

	public @Nullable ParkEntry park(String parkKey) {
		return this.account.parks()
			.stream()
			.filter(p -> p.park().park().value().equals(parkKey))
			.findFirst()
			.orElse(null);
	}

	/** The names of a survey's parks, the key where a park is no longer registered. */
	public List<String> namesOf(List<ParkKey> parks) {
		return parks.stream().map(p -> this.parkNames.getOrDefault(p.value(), p.value())).toList();
	}

	/** The share as the page shows it first: a whole percentage (79). */
	public @Nullable Long wholePercent(@Nullable Share share) {
		return share == null ? null : Math.round(share.value() * 100);
	}

	/** The share to one decimal (79.4), for the line that shows the arithmetic. */
	public @Nullable Double percentOneDecimal(@Nullable Share share) {
		return share == null ? null : Math.round(share.value() * 1000) / 10.0;
	}

	/** The reported share as a percentage (79), or null. */
	public @Nullable Double reportedPercent(@Nullable Share share) {
		return share == null || share.reported() == null ? null : Math.round(share.reported() * 1000) / 10.0;
	}

	/** Percentage points from the share to the target (10.6), or null. */
	public @Nullable Double pointsToTarget(@Nullable Share share, int targetPercent) {
		return share == null ? null : Math.round((targetPercent - share.value() * 100) * 10) / 10.0;
	}

}
