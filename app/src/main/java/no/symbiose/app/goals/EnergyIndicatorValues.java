package no.symbiose.app.goals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import no.symbiose.app.accounting.AccountAggregates;
import no.symbiose.app.accounting.AccountAggregates.Aggregate;
import no.symbiose.app.accounting.AccountAggregates.Ratio;
import no.symbiose.app.accounting.AccountAggregates.TransformerRow;
import no.symbiose.app.accounting.AccountPageModel;
import no.symbiose.app.accounting.AccountPlacements;
import no.symbiose.app.accounting.AccountScope;
import no.symbiose.app.database.DataVersionCache;
import no.symbiose.app.security.Viewer;
import no.symbiose.engine.goals.Indicator;
import no.symbiose.engine.goals.Observation;

import org.springframework.stereotype.Component;

/**
 * Goal 2's indicators from the energy account ({@link AccountAggregates#energy}), as the
 * viewer may see it after disclosure control. A ratio is known only when both of its
 * totals are disclosed; a year without it is left out, never zero.
 * <ul>
 * <li>{@code heat-recovery-efficiency} (%): heat delivered through realised heat
 * synergies ÷ the excess heat available, over the companies with known excess heat (the
 * account's {@code thermalRecovery}).</li>
 * <li>{@code self-produced-electricity} (%): self-produced electricity ÷ electricity use,
 * over the companies that report both (the account's {@code selfProducedShare}).</li>
 * <li>{@code transformer-utilisation-hours} (h): for a park only, the mean over its
 * transformers of each one's utilisation hours (electricity × 1 000 ÷ sum of peaks, a
 * lower bound, see {@link no.symbiose.engine.accounting.TransformerLoad}); unknown when
 * any transformer's hours are unknown or hidden. A county or the nation has no
 * transformers of its own, so it gets no value.</li>
 * </ul>
 */
@Component
class EnergyIndicatorValues implements IndicatorValues {

	static final String HEAT_RECOVERY = "heat-recovery-efficiency";

	static final String TRANSFORMER_HOURS = "transformer-utilisation-hours";

	static final String SELF_PRODUCED = "self-produced-electricity";

	private final AccountAggregates aggregates;

	private final AccountPageModel scopes;

	private final AccountPlacements placements;

	private final DataVersionCache cache;

	EnergyIndicatorValues(AccountAggregates aggregates, AccountPageModel scopes, AccountPlacements placements,
			DataVersionCache cache) {
		this.cache = cache;
		this.aggregates = aggregates;
		this.scopes = scopes;
		this.placements = placements;
	}

	@Override
	public Set<String> indicators() {
		return Set.of(HEAT_RECOVERY, TRANSFORMER_HOURS, SELF_PRODUCED);
	}

	@Override
	public List<Observation> values(Indicator indicator, AccountScope scope, Viewer viewer) {
		return compute(indicator, scope, viewer);
	}

	private List<Observation> compute(Indicator indicator, AccountScope scope, Viewer viewer) {
		if (TRANSFORMER_HOURS.equals(indicator.key()) && scope.level() != AccountScope.Level.PARK) {
			return List.of();
		}
		AccountPageModel.ScopeView view = this.scopes.resolve(scope);
		List<Observation> values = new ArrayList<>();
		for (int year : this.placements.yearsWithData().stream().sorted().toList()) {
			// one energy account per scope and year for the three indicators
			Aggregate account = this.cache.get(new AccountKey("energy", scope, year, viewer.access()),
					() -> this.aggregates.energy(view, year, viewer));
			Double value = switch (indicator.key()) {
				case HEAT_RECOVERY -> percent(account.ratios().get("thermalRecovery"));
				case SELF_PRODUCED -> percent(account.ratios().get("selfProducedShare"));
				case TRANSFORMER_HOURS -> meanHours(account.transformers());
				default -> throw new IllegalArgumentException(indicator.key() + " is not an energy indicator");
			};
			if (value != null) {
				values.add(new Observation(year, value));
			}
		}
		return List.copyOf(values);
	}

	private static @Nullable Double percent(@Nullable Ratio ratio) {
		return ratio == null || ratio.suppressed() ? null : ratio.percent();
	}

	/**
	 * The mean of every transformer's hours; null when there is none or one is unknown.
	 */
	static @Nullable Double meanHours(List<TransformerRow> transformers) {
		if (transformers.isEmpty()) {
			return null;
		}
		double sum = 0;
		for (TransformerRow transformer : transformers) {
			if (transformer.utilisationHoursLowerBound() == null) {
				return null;
			}
			sum += transformer.utilisationHoursLowerBound();
		}
		return sum / transformers.size();
	}

	private record AccountKey(String account, AccountScope scope, int year, Viewer.Access viewer) {
	}

}
