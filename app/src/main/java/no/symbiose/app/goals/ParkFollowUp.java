package no.symbiose.app.goals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.symbiose.app.accounting.AccountAggregates;
import no.symbiose.app.accounting.AccountPageModel;
import no.symbiose.app.accounting.AccountPlacements;
import no.symbiose.app.accounting.AccountScope;
import no.symbiose.app.goals.ParkTargets.AdoptedTarget;
import no.symbiose.app.security.Viewer;
import no.symbiose.engine.accounting.Disclosure.Figure;
import no.symbiose.engine.goals.Assessment;
import no.symbiose.engine.goals.Observation;
import no.symbiose.engine.goals.StatusRule;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * A park's computed indicators against its adopted targets. So far goal 1's emissions:
 * each year's scope 1 + scope 2 (location-based) of the park's climate account, as the
 * viewer may see it after disclosure control; a year whose total is hidden or incomplete
 * is unknown, never zero. The baseline is the park's fixed one when set, else the
 * account's value for the catalogue's baseline year (computed, never typed in twice).
 */
@Service
public class ParkFollowUp {

	static final String CO2 = "co2-emissions";

	/**
	 * An indicator of a park with its known values and its status.
	 *
	 * @param values the known values, oldest first; unknown years are left out
	 * @param baseline the baseline the status was measured from, if any
	 */
	public record IndicatorFollowUp(AdoptedTarget adopted, List<Observation> values, Optional<Observation> baseline,
			Assessment assessment) {

	}

	private final ParkTargets targets;

	private final AccountAggregates aggregates;

	private final AccountPageModel scopes;

	private final AccountPlacements placements;

	ParkFollowUp(ParkTargets targets, AccountAggregates aggregates, AccountPageModel scopes,
			AccountPlacements placements) {
		this.targets = targets;
		this.aggregates = aggregates;
		this.scopes = scopes;
		this.placements = placements;
	}

	/**
	 * Goal 1 of the park: emissions (t CO2e, scope 1 + 2 location-based) against its
	 * target.
	 */
	public IndicatorFollowUp emissions(String parkKey, Viewer viewer) {
		AdoptedTarget adopted = this.targets.of(parkKey)
			.stream()
			.filter(target -> target.indicator().key().equals(CO2))
			.findFirst()
			.orElseThrow();
		AccountPageModel.ScopeView scope = this.scopes.resolve(AccountScope.park(parkKey));
		List<Observation> values = new ArrayList<>();
		for (int year : this.placements.yearsWithData().stream().sorted().toList()) {
			AccountAggregates.Aggregate account = this.aggregates.climate(scope, year, viewer);
			Figure scope1 = account.totals().get("scope1");
			Figure scope2 = account.totals().get("scope2Location");
			if (known(scope1) && known(scope2)) {
				values.add(new Observation(year, scope1.total() + scope2.total()));
			}
		}
		Integer baselineYear = adopted.indicator().baselineYear();
		Optional<Observation> baseline = adopted.baseline()
			.or(() -> values.stream()
				.filter(value -> baselineYear != null && value.year() == baselineYear)
				.findFirst());
		Assessment assessment = StatusRule.DEFAULT.assess(adopted.indicator().direction(), adopted.target(),
				adopted.targetYear(), baseline, values);
		return new IndicatorFollowUp(adopted, List.copyOf(values), baseline, assessment);
	}

	private static boolean known(@Nullable Figure figure) {
		return figure != null && !figure.suppressed() && !figure.empty() && figure.total() != null;
	}

}
