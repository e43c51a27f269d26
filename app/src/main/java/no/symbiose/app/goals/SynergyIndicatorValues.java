package no.symbiose.app.goals;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

import no.symbiose.app.accounting.AccountPageModel;
import no.symbiose.app.accounting.AccountPlacements;
import no.symbiose.app.accounting.AccountPlacements.Placement;
import no.symbiose.app.accounting.AccountScope;
import no.symbiose.app.referencedata.ReferenceQueries;
import no.symbiose.app.security.Viewer;
import no.symbiose.app.symbiosis.pipeline.RealisedExchanges;
import no.symbiose.app.symbiosis.pipeline.RealisedExchanges.Realised;
import no.symbiose.app.symbiosis.pipeline.SynergyFigures;
import no.symbiose.app.symbiosis.pipeline.SynergyFigures.OperatingYear;
import no.symbiose.engine.accounting.Disclosure;
import no.symbiose.engine.accounting.Disclosure.Figure;
import no.symbiose.engine.goals.Indicator;
import no.symbiose.engine.goals.Observation;

import org.springframework.stereotype.Component;

/**
 * Indicators counted from the synergy pipeline.
 * <ul>
 * <li>{@code side-stream-turnover} (t): the tonnes synergies realised in the year (their
 * {@code t/yr} quantities), each added at its supplier's node (park, else county, else
 * nation, {@link AccountPlacements}) in a {@link Disclosure} tree, hidden where the
 * viewer may not read the synergy. A year with no realised tonnes in the scope, or whose
 * total is hidden, is left out.</li>
 * <li>{@code realised-symbioses-per-county} (count): the synergies in operation at some
 * time in the year ({@link SynergyFigures#operatingYears}) with a company in the county,
 * as {@code SynergyMissions} counts today's; one between two counties counts in both. For
 * the nation: the fewest of any county, since the target (two) is every county's. A count
 * names nobody, so it is public; years run from the first year any synergy was in
 * operation to this year, and a county with none has a known count of 0. A park gets no
 * value: the mission is per county.</li>
 * </ul>
 */
@Component
class SynergyIndicatorValues implements IndicatorValues {

	static final String TURNOVER = "side-stream-turnover";

	static final String REALISED = "realised-symbioses-per-county";

	/** The first year a realised quantity can have (the table's check). */
	private static final int FIRST_YEAR = 1990;

	private final RealisedExchanges realised;

	private final SynergyFigures figures;

	private final AccountPlacements placements;

	private final AccountPageModel scopes;

	private final ReferenceQueries reference;

	private final Clock clock;

	SynergyIndicatorValues(RealisedExchanges realised, SynergyFigures figures, AccountPlacements placements,
			AccountPageModel scopes, ReferenceQueries reference, Clock clock) {
		this.realised = realised;
		this.figures = figures;
		this.placements = placements;
		this.scopes = scopes;
		this.reference = reference;
		this.clock = clock;
	}

	@Override
	public Set<String> indicators() {
		return Set.of(TURNOVER, REALISED);
	}

	@Override
	public List<Observation> values(Indicator indicator, AccountScope scope, Viewer viewer) {
		return compute(indicator, scope, viewer);
	}

	private List<Observation> compute(Indicator indicator, AccountScope scope, Viewer viewer) {
		this.scopes.resolve(scope);
		return switch (indicator.key()) {
			case TURNOVER -> turnover(scope, viewer);
			case REALISED -> realised(scope);
			default -> throw new IllegalArgumentException(indicator.key() + " is not a synergy indicator");
		};
	}

	private List<Observation> turnover(AccountScope scope, Viewer viewer) {
		int thisYear = Year.now(this.clock).getValue();
		Map<Integer, List<Realised>> byYear = new TreeMap<>();
		for (Realised exchange : this.realised.inYears(IntStream.rangeClosed(FIRST_YEAR, thisYear).boxed().toList(),
				viewer)) {
			if ("t/yr".equals(exchange.unit())) {
				byYear.computeIfAbsent(exchange.year(), year -> new ArrayList<>()).add(exchange);
			}
		}
		List<Observation> values = new ArrayList<>();
		byYear.forEach((year, exchanges) -> {
			Map<Long, Placement> placed = this.placements.forYear(year);
			Disclosure.Tree tree = AccountPlacements.tree(placed.values());
			for (Realised exchange : exchanges) {
				Placement supplier = placed.get(exchange.supplyCompanyId());
				if (supplier != null) {
					tree.add(AccountPlacements.nodeOf(supplier),
							AccountPlacements.contributor(exchange.supplyCompanyId()), exchange.quantity(),
							!exchange.readable());
				}
			}
			Figure total = tree.disclose().get(scope.nodeKey());
			if (ClimateIndicatorValues.known(total)) {
				values.add(new Observation(year, total.total()));
			}
		});
		return List.copyOf(values);
	}

	private List<Observation> realised(AccountScope scope) {
		if (scope.level() == AccountScope.Level.PARK) {
			return List.of();
		}
		int thisYear = Year.now(this.clock).getValue();
		List<OperatingYear> operating = this.figures.operatingYears(thisYear);
		if (operating.isEmpty()) {
			return List.of();
		}
		Map<Integer, Map<String, Set<Long>>> byYearAndCounty = new HashMap<>();
		for (OperatingYear one : operating) {
			Map<String, Set<Long>> counties = byYearAndCounty.computeIfAbsent(one.year(), year -> new HashMap<>());
			for (String county : new String[] { one.supplyCountyNumber(), one.demandCountyNumber() }) {
				if (county != null) {
					counties.computeIfAbsent(county, c -> new HashSet<>()).add(one.synergyId());
				}
			}
		}
		List<String> counties = scope.level() == AccountScope.Level.COUNTY ? List.of(scope.key())
				: this.reference.counties().stream().map(ReferenceQueries.County::number).toList();
		List<Observation> values = new ArrayList<>();
		for (int year = operating.get(0).year(); year <= thisYear; year++) {
			Map<String, Set<Long>> ofYear = byYearAndCounty.getOrDefault(year, Map.of());
			int fewest = Integer.MAX_VALUE;
			for (String county : counties) {
				fewest = Math.min(fewest, ofYear.getOrDefault(county, Set.of()).size());
			}
			values.add(new Observation(year, fewest));
		}
		return List.copyOf(values);
	}

}
