package no.symbiose.app.goals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import no.symbiose.app.accounting.AccountAggregates;
import no.symbiose.app.accounting.AccountPageModel;
import no.symbiose.app.accounting.AccountPlacements;
import no.symbiose.app.accounting.AccountScope;
import no.symbiose.app.security.Viewer;
import no.symbiose.engine.accounting.Disclosure.Figure;
import no.symbiose.engine.goals.Indicator;
import no.symbiose.engine.goals.Observation;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Goal 1's emissions from the climate account: each year's scope 1 + scope 2
 * (location-based) of the scope's account, as the viewer may see it after disclosure
 * control. A year whose total is hidden or has no contributors is unknown, never zero.
 */
@Component
class ClimateIndicatorValues implements IndicatorValues {

	static final String CO2 = "co2-emissions";

	private final AccountAggregates aggregates;

	private final AccountPageModel scopes;

	private final AccountPlacements placements;

	ClimateIndicatorValues(AccountAggregates aggregates, AccountPageModel scopes, AccountPlacements placements) {
		this.aggregates = aggregates;
		this.scopes = scopes;
		this.placements = placements;
	}

	@Override
	public Set<String> indicators() {
		return Set.of(CO2);
	}

	@Override
	public List<Observation> values(Indicator indicator, AccountScope scope, Viewer viewer) {
		AccountPageModel.ScopeView view = this.scopes.resolve(scope);
		List<Observation> values = new ArrayList<>();
		for (int year : this.placements.yearsWithData().stream().sorted().toList()) {
			AccountAggregates.Aggregate account = this.aggregates.climate(view, year, viewer);
			Figure scope1 = account.totals().get("scope1");
			Figure scope2 = account.totals().get("scope2Location");
			if (known(scope1) && known(scope2)) {
				values.add(new Observation(year, scope1.total() + scope2.total()));
			}
		}
		return List.copyOf(values);
	}

	static boolean known(@Nullable Figure figure) {
		return figure != null && !figure.suppressed() && !figure.empty() && figure.total() != null;
	}

}
