package no.symbiose.app.goals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import no.symbiose.app.accounting.AccountPageModel;
import no.symbiose.app.accounting.AccountScope;
import no.symbiose.app.database.DataVersionCache;
import no.symbiose.app.accounting.land.LandAccounts;
import no.symbiose.app.security.Viewer;
import no.symbiose.engine.accounting.LandFigures;
import no.symbiose.engine.goals.Indicator;
import no.symbiose.engine.goals.Observation;

import org.springframework.stereotype.Component;

/**
 * Goal 3's indicators from the land account ({@link LandAccounts}): for every year with a
 * survey or a park's dated figures, the account's total over the parks' own figures and
 * the counted surveys. Park land figures are park-level facts, public like the park
 * register, so the viewer changes nothing here.
 * <ul>
 * <li>{@code land-use} (%): land in use ÷ total land, the reported share where one source
 * gives it ({@link LandFigures.Share#shown()}: 79 % in 002's 2024 survey), else the
 * computed one.</li>
 * <li>{@code building-use} (%): building area in use ÷ total building area,
 * likewise.</li>
 * <li>{@code free-land-mapped} (daa): the free land that is zoned ("ledig og regulert"),
 * as the year's figures quantify it. The park's map of free plots is not dated, so it
 * gives no series and is not used.</li>
 * </ul>
 * A year whose account lacks the figure is left out, never zero.
 */
@Component
class LandIndicatorValues implements IndicatorValues {

	static final String LAND_USE = "land-use";

	static final String BUILDING_USE = "building-use";

	static final String FREE_LAND = "free-land-mapped";

	private final LandAccounts land;

	private final AccountPageModel scopes;

	private final DataVersionCache cache;

	LandIndicatorValues(LandAccounts land, AccountPageModel scopes, DataVersionCache cache) {
		this.cache = cache;
		this.land = land;
		this.scopes = scopes;
	}

	@Override
	public Set<String> indicators() {
		return Set.of(LAND_USE, BUILDING_USE, FREE_LAND);
	}

	@Override
	public List<Observation> values(Indicator indicator, AccountScope scope, Viewer viewer) {
		return compute(indicator, scope, viewer);
	}

	private List<Observation> compute(Indicator indicator, AccountScope scope, Viewer viewer) {
		// An unknown county or park is a 404, as for every other source.
		this.scopes.resolve(scope);
		List<Observation> values = new ArrayList<>();
		for (int year : this.land.years().stream().sorted().toList()) {
			// one land account per scope and year for the three indicators
			LandFigures total = this.cache.get(new LandKey(scope, year),
					() -> this.land.account(scope, year).account().total());
			Double value = switch (indicator.key()) {
				case LAND_USE -> percent(total.landUse());
				case BUILDING_USE -> percent(total.buildingUse());
				case FREE_LAND -> total.landFreeZoned() == null ? null : total.landFreeZoned().value().value();
				default -> throw new IllegalArgumentException(indicator.key() + " is not a land indicator");
			};
			if (value != null) {
				values.add(new Observation(year, value));
			}
		}
		return List.copyOf(values);
	}

	private static @Nullable Double percent(LandFigures.@Nullable Share share) {
		return share == null ? null : share.shown() * 100;
	}

	private record LandKey(AccountScope scope, int year) {
	}

}
