package no.symbiose.app.goals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

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
		// resolved only when needed: within a request most scopes are read from the memo
		Supplier<AccountPageModel.ScopeView> view = new Supplier<>() {

			private AccountPageModel.@Nullable ScopeView resolved;

			@Override
			public AccountPageModel.ScopeView get() {
				if (this.resolved == null) {
					this.resolved = ClimateIndicatorValues.this.scopes.resolve(scope);
				}
				return this.resolved;
			}

		};
		if (RequestContextHolder.getRequestAttributes() == null) {
			view.get(); // an unknown county or park is a 404, as on every other path
		}
		List<Observation> values = new ArrayList<>();
		for (int year : years()) {
			Map<String, Figure> totals = totals(scope, view, year, viewer);
			Figure scope1 = totals.get("scope1");
			Figure scope2 = totals.get("scope2Location");
			if (known(scope1) && known(scope2)) {
				values.add(new Observation(year, scope1.total() + scope2.total()));
			}
		}
		return List.copyOf(values);
	}

	/** The years with data, oldest first; read once per web request. */
	@SuppressWarnings("unchecked")
	private List<Integer> years() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		String name = ClimateIndicatorValues.class.getName() + ".years";
		if (request != null && request.getAttribute(name, RequestAttributes.SCOPE_REQUEST) instanceof List<?> years) {
			return (List<Integer>) years;
		}
		List<Integer> years = this.placements.yearsWithData().stream().sorted().toList();
		if (request != null) {
			request.setAttribute(name, years, RequestAttributes.SCOPE_REQUEST);
		}
		return years;
	}

	/**
	 * The scope's disclosed totals in the year. Each account discloses one tree of the
	 * whole country, so the nation's account also holds every county's figures and a
	 * county's every park's: within one web request (a dashboard follows the nation,
	 * every county and every park) each is kept and a park is read from its county's
	 * account, which computes one account per county with parks instead of one per scope.
	 * The figures are the same either way.
	 */
	private Map<String, Figure> totals(AccountScope scope, Supplier<AccountPageModel.ScopeView> view, int year,
			Viewer viewer) {
		Map<String, Map<String, Figure>> memo = requestMemo(year, viewer);
		if (memo == null) {
			return this.aggregates.climateTotals(scope, year, viewer);
		}
		String node = scope.nodeKey();
		Map<String, Figure> known = memo.get(node);
		if (known != null) {
			return known;
		}
		String parent = switch (scope.level()) {
			case NATION -> null;
			case COUNTY -> AccountScope.nation().nodeKey();
			case PARK -> AccountScope.county(view.get().countyNumber()).nodeKey();
		};
		// the parent's account has been read: a child without figures has none
		if (parent != null && memo.containsKey(COMPLETE + parent)) {
			return Map.of();
		}
		AccountPageModel.ScopeView read = scope.level() == AccountScope.Level.PARK
				? this.scopes.resolve(AccountScope.county(view.get().countyNumber())) : view.get();
		AccountAggregates.Aggregate account = this.aggregates.climate(read, year, viewer);
		memo.put(read.scope().nodeKey(), account.totals());
		memo.put(COMPLETE + read.scope().nodeKey(), Map.of());
		for (AccountAggregates.Group group : account.groups()) {
			memo.put(group.node(), group.figures());
		}
		return memo.getOrDefault(node, Map.of());
	}

	private static final String COMPLETE = "complete:";

	/**
	 * The figures read so far in this web request by node, for one year and viewer; null
	 * outside a web request.
	 */
	@SuppressWarnings("unchecked")
	private static @Nullable Map<String, Map<String, Figure>> requestMemo(int year, Viewer viewer) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return null;
		}
		String name = ClimateIndicatorValues.class.getName() + ".memo";
		Map<Object, Map<String, Map<String, Figure>>> memos = (Map<Object, Map<String, Map<String, Figure>>>) request
			.getAttribute(name, RequestAttributes.SCOPE_REQUEST);
		if (memos == null) {
			memos = new HashMap<>();
			request.setAttribute(name, memos, RequestAttributes.SCOPE_REQUEST);
		}
		return memos.computeIfAbsent(List.of(year, viewer), key -> new HashMap<>());
	}

	static boolean known(@Nullable Figure figure) {
		return figure != null && !figure.suppressed() && !figure.empty() && figure.total() != null;
	}

}
