package no.symbiose.app.goals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import no.symbiose.app.accounting.AccountPageModel;
import no.symbiose.app.accounting.AccountPlacements;
import no.symbiose.app.accounting.AccountScope;
import no.symbiose.app.database.DataVersionCache;
import no.symbiose.app.accounting.MaterialFlowAccounts;
import no.symbiose.app.security.Viewer;
import no.symbiose.engine.accounting.MaterialFlowAccount.RecyclingRate;
import no.symbiose.engine.goals.Indicator;
import no.symbiose.engine.goals.Observation;

import org.springframework.stereotype.Component;

/**
 * Goal 5's reuse and recycling from the material-flow account
 * ({@link MaterialFlowAccounts}), as the viewer may see it after disclosure control.
 * <p>
 * Both indicators take the same yearly value, the reuse and recycling rate in %: side
 * streams and waste to recovery (R1–R13) or to a realised synergy ÷ those with a known
 * fate ({@link RecyclingRate}). They differ in their targets, as the catalogue has them:
 * <ul>
 * <li>{@code reuse-recycling-rate}: about 85 % (absolute);</li>
 * <li>{@code reuse-recycling-increase}: +50 % from the 2024 level (relative change, so
 * the value is the level whose change is measured, not the change itself: 40 % in 2024
 * sets the target at 60 %). The rate is used, not the tonnage, because the catalogue's
 * unit is % and a tonnage rises with production alone.</li>
 * </ul>
 * A year whose rate is hidden (a part fails disclosure control) or unknown (nothing with
 * a known fate) is left out, never zero.
 */
@Component
class MaterialFlowIndicatorValues implements IndicatorValues {

	static final String INCREASE = "reuse-recycling-increase";

	static final String RATE = "reuse-recycling-rate";

	private final MaterialFlowAccounts accounts;

	private final AccountPageModel scopes;

	private final AccountPlacements placements;

	private final DataVersionCache cache;

	MaterialFlowIndicatorValues(MaterialFlowAccounts accounts, AccountPageModel scopes, AccountPlacements placements,
			DataVersionCache cache) {
		this.cache = cache;
		this.accounts = accounts;
		this.scopes = scopes;
		this.placements = placements;
	}

	@Override
	public Set<String> indicators() {
		return Set.of(INCREASE, RATE);
	}

	@Override
	public List<Observation> values(Indicator indicator, AccountScope scope, Viewer viewer) {
		return compute(indicator, scope, viewer);
	}

	private List<Observation> compute(Indicator indicator, AccountScope scope, Viewer viewer) {
		if (!indicators().contains(indicator.key())) {
			throw new IllegalArgumentException(indicator.key() + " is not a reuse and recycling indicator");
		}
		this.scopes.resolve(scope);
		List<Observation> values = new ArrayList<>();
		for (int year : this.placements.yearsWithData().stream().sorted().toList()) {
			// one material-flow account per scope and year for both indicators
			RecyclingRate rate = this.cache.get(new AccountKey("material-flows", scope, year, viewer.access()),
					() -> this.accounts.account(scope, year, viewer).rate());
			if (rate.rate() != null && rate.suppression() == null) {
				values.add(new Observation(year, rate.rate() * 100));
			}
		}
		return List.copyOf(values);
	}

	private record AccountKey(String account, AccountScope scope, int year, Viewer.Access viewer) {
	}

}
