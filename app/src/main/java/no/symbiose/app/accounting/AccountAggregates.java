package no.symbiose.app.accounting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import no.symbiose.app.accounting.AccountFactors.FactorSet;
import no.symbiose.app.accounting.AccountPageModel.ScopeView;
import no.symbiose.app.accounting.AccountPlacements.Placement;
import no.symbiose.app.accounting.AccountRows.ExchangeRow;
import no.symbiose.app.accounting.AccountRows.FactsRow;
import no.symbiose.app.accounting.AccountRows.StreamRow;
import no.symbiose.app.database.DataVersionCache;
import no.symbiose.app.referencedata.ReferenceQueries;
import no.symbiose.app.security.Viewer;
import no.symbiose.app.security.Visibility;
import no.symbiose.app.symbiosis.pipeline.SynergyAccess;
import no.symbiose.engine.accounting.ClimateAccount;
import no.symbiose.engine.accounting.ClimateAccounting;
import no.symbiose.engine.accounting.Disclosure;
import no.symbiose.engine.accounting.Disclosure.Figure;
import no.symbiose.engine.accounting.Disclosure.Suppression;
import no.symbiose.engine.accounting.EnergyAccount;
import no.symbiose.engine.accounting.TransformerLoad;
import no.symbiose.engine.registry.EnergyCarrier;
import no.symbiose.engine.registry.StreamDirection;
import no.symbiose.engine.registry.YearlyFacts;
import no.symbiose.engine.units.MegawattHours;
import no.symbiose.engine.units.TonnesCo2e;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Climate and energy accounts of the nation, a county or a park for one year. Every
 * company's account is computed from all its rows, as for a company (same factors, same
 * methods), then each measure is summed over nation &gt; county &gt; park in a
 * {@link Disclosure} tree, a contribution being hidden when the viewer may not see a row
 * it comes from. Only disclosed totals leave this class; a ratio (share, efficiency,
 * change) is given only when both of its totals are disclosed. Companies are listed under
 * a park only where the viewer may see their facts.
 */
@Service
public class AccountAggregates {

	/** The climate account's measures, in t CO2e. */
	public static final List<String> CLIMATE = List.of("scope1", "scope2Location", "scope2Market", "scope3Transport");

	/** The energy account's measures that are shown as totals, in MWh. */
	public static final List<String> ENERGY = List.of("use.electricity", "use.natural_gas", "use.oil_products",
			"use.coal_and_coke", "use.biomass", "use.district_heat", "use.hydrogen", "selfProduced", "excessHeat",
			"heatRecovered");

	private final AccountRows rows;

	private final CompanyAccounts accounts;

	private final AccountFactors factors;

	private final AccountPlacements placements;

	private final ReferenceQueries reference;

	private final DataVersionCache cache;

	AccountAggregates(AccountRows rows, CompanyAccounts accounts, AccountFactors factors, AccountPlacements placements,
			ReferenceQueries reference, DataVersionCache cache) {
		this.cache = cache;
		this.rows = rows;
		this.accounts = accounts;
		this.factors = factors;
		this.placements = placements;
		this.reference = reference;
	}

	/**
	 * A disclosed ratio of two disclosed totals.
	 *
	 * @param value the ratio as a fraction, or null
	 * @param suppression why it is hidden: the first of its two totals that is; NONE when
	 * shown or when there is nothing to divide
	 */
	public record Ratio(@Nullable Double value, Suppression suppression) {

		static Ratio of(@Nullable Figure numerator, @Nullable Figure denominator) {
			if (numerator != null && numerator.suppressed()) {
				return new Ratio(null, numerator.suppression());
			}
			if (denominator != null && denominator.suppressed()) {
				return new Ratio(null, denominator.suppression());
			}
			if (numerator == null || denominator == null || numerator.total() == null || denominator.total() == null
					|| denominator.total() == 0) {
				return new Ratio(null, Suppression.NONE);
			}
			return new Ratio(numerator.total() / denominator.total(), Suppression.NONE);
		}

		public boolean suppressed() {
			return this.suppression != Suppression.NONE;
		}

		/** As a percentage, or null. */
		public @Nullable Double percent() {
			return this.value == null ? null : this.value * 100;
		}

	}

	/**
	 * One group one level down (a county under the nation, a park under a county).
	 *
	 * @param query the scope's query string, for links
	 */
	public record Group(String node, String name, String query, Map<String, Figure> figures) {
	}

	/** A company under a park whose facts the viewer may see, with its own figures. */
	public record CompanyRow(String companyKey, String name, Map<String, @Nullable Double> values,
			Map<String, Boolean> withheld) {
	}

	/**
	 * A transformer of a park: the disclosed sums of its companies' electricity and
	 * peaks, and the utilisation hours (a lower bound) when both are disclosed.
	 */
	public record TransformerRow(String transformerId, int companies, int companiesWithoutFigures, Figure electricity,
			Figure sumOfPeaks, @Nullable Double utilisationHoursLowerBound) {
	}

	/**
	 * A scope's account of one year.
	 *
	 * @param totals the disclosed total of every measure in the scope
	 * @param groups the groups one level down
	 * @param companies the companies under a park the viewer may see
	 * @param companiesWithFacts companies in the scope with facts for the year
	 * @param ratios shares and efficiencies, by key
	 * @param baselineCompanies companies in the scope whose scope 1 + 2 is known both in
	 * 2023 and in the year (the change compares only these); none means there is no 2023
	 * baseline to compare with
	 */
	public record Aggregate(ScopeView scope, int year, List<String> measures, Map<String, Figure> totals,
			List<Group> groups, List<CompanyRow> companies, int companiesWithFacts, Map<String, Ratio> ratios,
			int baselineCompanies, List<TransformerRow> transformers, FactorSet factors) {
	}

	/** What one company contributes to each measure, and whether each is hidden. */
	private record Contribution(long companyId, String companyKey, String companyName, boolean factsVisible,
			Map<String, Double> values, Map<String, Boolean> hidden, YearlyFacts facts, long[] received,
			long[] deliveredHeat, List<String> excessHeat) {
	}

	public Aggregate climate(ScopeView scope, int year, Viewer viewer) {
		return aggregate(scope, year, viewer, CLIMATE, true);
	}

	public Aggregate energy(ScopeView scope, int year, Viewer viewer) {
		return aggregate(scope, year, viewer, ENERGY, false);
	}

	/**
	 * The totals of {@link #climate} alone, without the lists of groups and companies: a
	 * lookup in the year's figures.
	 */
	public Map<String, Figure> climateTotals(AccountScope scope, int year, Viewer viewer) {
		YearFigures figures = yearFigures(year, viewer);
		Map<String, Figure> totals = new LinkedHashMap<>();
		figures.disclosed().forEach((measure, byNode) -> {
			Figure figure = byNode.get(scope.nodeKey());
			if (figure != null) {
				totals.put(measure, figure);
			}
		});
		return totals;
	}

	/**
	 * A year's accounts of the whole country as one access sees them: every company's
	 * contribution and every node's disclosed figures, for every measure of both
	 * accounts. Computed once per version of the data and access, a scope's account is
	 * then a lookup: the nation's dashboard reads all 300 parks from one of these.
	 */
	private record YearFigures(Map<Long, Placement> placed, Map<String, Map<String, Figure>> disclosed,
			Map<String, Integer> companiesWithFacts) {
	}

	private record YearKey(int year, Viewer.Access access) {
	}

	private record ParkKey(int year, String parkKey, Viewer.Access access) {
	}

	/** The contributions of a park's companies, for its company and transformer lists. */
	private List<Contribution> parkContributions(int year, String parkKey, Map<Long, Placement> placed, Viewer viewer) {
		return this.cache.get(new ParkKey(year, parkKey, viewer.access()), () -> this.placements.yearToken(year),
				() -> {
					String ids = this.placements.companyIdsByPark(year).getOrDefault(parkKey, "");
					return ids.isEmpty() ? List.<Contribution>of() : contributions(year, ids, viewer);
				});
	}

	private YearFigures yearFigures(int year, Viewer viewer) {
		// the baseline's facts are compared with the year's
		return this.cache.get(new YearKey(year, viewer.access()),
				() -> this.placements.yearToken(year) + "&" + this.placements.yearToken(CompanyAccount.BASELINE_YEAR),
				() -> computeYearFigures(year, viewer));
	}

	private YearFigures computeYearFigures(int year, Viewer viewer) {
		Map<Long, Placement> placed = this.placements.forYear(year);
		YearBase base = base(year);
		HiddenRows hidden = hidden(year, viewer);
		Disclosure.Shape shape = base.shape();
		Disclosure.Tally[] tallies = new Disclosure.Tally[MEASURES.size()];
		Map<Long, Double> before = year <= CompanyAccount.BASELINE_YEAR ? Map.of() : baselineValues();
		HiddenRows hiddenBefore = year <= CompanyAccount.BASELINE_YEAR ? hidden
				: hidden(CompanyAccount.BASELINE_YEAR, viewer);
		Disclosure.Tally comparableYear = null;
		Disclosure.Tally comparableBaseline = null;
		List<CompanyFigures> companies = base.companies();
		for (int c = 0; c < companies.size(); c++) {
			int node = base.nodes()[c];
			if (node < 0) {
				continue;
			}
			CompanyFigures company = companies.get(c);
			int hiddenParts = hidden.of(company);
			int atTransformer = base.transformers()[c];
			for (int i = 0; i < tallies.length; i++) {
				double value = company.values()[i];
				if (Double.isNaN(value)) {
					continue;
				}
				if (tallies[i] == null) {
					tallies[i] = shape.tally();
				}
				tallies[i].add(TRANSFORMER_MEASURE[i] ? atTransformer : node, value,
						(DEPENDS_ON[i] & hiddenParts) != 0);
			}
			// the change against 2023 compares the companies known in both years
			Double then = before.get(company.companyId());
			double now = company.values()[SCOPE12];
			if (then != null && !Double.isNaN(now)) {
				boolean comparisonHidden = hiddenBefore.facts().contains(company.companyId())
						|| (hiddenParts & FACTS) != 0;
				if (comparableYear == null) {
					comparableYear = shape.tally();
					comparableBaseline = shape.tally();
				}
				comparableYear.add(node, now, comparisonHidden);
				comparableBaseline.add(node, then, comparisonHidden);
			}
		}
		Map<String, Map<String, Figure>> disclosed = new LinkedHashMap<>();
		for (int i = 0; i < tallies.length; i++) {
			if (tallies[i] != null) {
				disclosed.put(MEASURES.get(i), tallies[i].disclose());
			}
		}
		if (comparableYear != null) {
			disclosed.put("comparable.year", comparableYear.disclose());
			disclosed.put("comparable.baseline", comparableBaseline.disclose());
		}
		return new YearFigures(placed, disclosed, base.companiesWithFacts());
	}

	/** Every measure a company contributes, in a fixed order. */
	private static final List<String> MEASURES;

	/** The parts of a company's rows each measure needs, by the measure's index. */
	private static final int[] DEPENDS_ON;

	/** Measures added at a company's transformer node rather than at its park. */
	private static final java.util.Set<String> TRANSFORMER_MEASURES = java.util.Set.of("use.electricity", "peakPower");

	private static final int FACTS = 1;

	private static final int RECEIVED = 2;

	private static final int DELIVERED = 4;

	private static final int EXCESS = 8;

	private static final int SCOPE12;

	/** Whether a measure, by index, is added at a company's transformer node. */
	private static final boolean[] TRANSFORMER_MEASURE;

	static {
		Map<String, Integer> measures = new LinkedHashMap<>();
		measures.put("scope1", FACTS);
		measures.put("scope2Location", FACTS);
		measures.put("scope2Market", FACTS);
		measures.put("scope3Transport", FACTS | RECEIVED);
		measures.put("scope12Location", FACTS);
		for (EnergyCarrier carrier : EnergyCarrier.values()) {
			measures.put("use." + carrier.key(), FACTS);
		}
		measures.put("peakPower", FACTS);
		measures.put("selfProduced", FACTS);
		measures.put("electricityOfProducers", FACTS);
		measures.put("excessHeat", FACTS | EXCESS);
		measures.put("heatRecoveredOfAvailable", FACTS | EXCESS | DELIVERED);
		measures.put("heatRecovered", FACTS | DELIVERED);
		MEASURES = List.copyOf(measures.keySet());
		DEPENDS_ON = measures.values().stream().mapToInt(Integer::intValue).toArray();
		SCOPE12 = MEASURES.indexOf("scope12Location");
		TRANSFORMER_MEASURE = new boolean[MEASURES.size()];
		for (int i = 0; i < MEASURES.size(); i++) {
			TRANSFORMER_MEASURE[i] = TRANSFORMER_MEASURES.contains(MEASURES.get(i));
		}
	}

	/**
	 * What one company contributes in a year, worked out from all its rows and the same
	 * for every viewer, with the rows each figure comes from: a viewer's hidden rows
	 * decide which of them are hidden from that viewer.
	 *
	 * @param values by the index of {@link #MEASURES}; NaN where the company has none
	 * @param received the realised exchanges it received
	 * @param deliveredHeat the realised heat exchanges it delivered
	 * @param excessHeat the keys of its excess-heat streams
	 */
	private record CompanyFigures(long companyId, @Nullable String transformerId, double[] values, long[] received,
			long[] deliveredHeat, List<String> excessHeat) {
	}

	/**
	 * Every company's figures of a year, the same for every viewer, with where each is
	 * added up.
	 *
	 * @param shape the nation, counties, parks and transformers of the year
	 * @param nodes each company's node in {@code shape}, by its index in
	 * {@code companies}; -1 when it is not placed
	 * @param transformers each company's transformer node, else its node
	 * @param companiesWithFacts how many companies each node has
	 */
	private record YearBase(List<CompanyFigures> companies, Disclosure.Shape shape, int[] nodes, int[] transformers,
			Map<String, Integer> companiesWithFacts) {
	}

	private record BaseKey(int year) {
	}

	private record BaselineKey() {
	}

	private record NonPublicKey(int year) {
	}

	private record HiddenKey(int year, Viewer.Access access) {
	}

	/**
	 * The rows of a year one access may not see, by the one SQL rule for each kind of row
	 * ({@link Visibility}, {@link SynergyAccess}).
	 *
	 * @param excessHeat company id and stream key of hidden excess-heat streams
	 */
	private record HiddenRows(Set<Long> facts, Set<Long> exchanges, Set<String> excessHeat) {

		/** The parts of the company's rows that are hidden, as bits. */
		int of(CompanyFigures company) {
			int parts = this.facts.contains(company.companyId()) ? FACTS : 0;
			for (long exchange : company.received()) {
				if (this.exchanges.contains(exchange)) {
					parts |= RECEIVED;
				}
			}
			for (long exchange : company.deliveredHeat()) {
				if (this.exchanges.contains(exchange)) {
					parts |= DELIVERED;
				}
			}
			for (String stream : company.excessHeat()) {
				if (this.excessHeat.contains(company.companyId() + "/" + stream)) {
					parts |= EXCESS;
				}
			}
			return parts;
		}

	}

	private YearBase base(int year) {
		return this.cache.get(new BaseKey(year), () -> this.placements.yearToken(year), () -> {
			List<CompanyFigures> companies = new ArrayList<>();
			for (Contribution contribution : contributions(year, null, Viewer.nationalAdmin("accounts"))) {
				double[] values = new double[MEASURES.size()];
				for (int i = 0; i < values.length; i++) {
					Double value = contribution.values().get(MEASURES.get(i));
					values[i] = value == null ? Double.NaN : value;
				}
				companies.add(new CompanyFigures(contribution.companyId(), contribution.facts().transformerId(), values,
						contribution.received(), contribution.deliveredHeat(), contribution.excessHeat()));
			}
			return layOut(List.copyOf(companies), this.placements.forYear(year));
		});
	}

	/**
	 * The tree of the year's companies: a company's electricity and peak are added at its
	 * transformer, a node under its park, so that a transformer's sums are guarded
	 * against differencing with the park's total like any other group.
	 */
	private static YearBase layOut(List<CompanyFigures> companies, Map<Long, Placement> placed) {
		Disclosure.Shape.Builder nodes = AccountPlacements.shape(placed.values());
		String[] transformerKeys = new String[companies.size()];
		for (int c = 0; c < companies.size(); c++) {
			CompanyFigures company = companies.get(c);
			Placement placement = placed.get(company.companyId());
			String transformer = company.transformerId();
			if (placement != null && placement.parkKey() != null && transformer != null && !transformer.isBlank()) {
				transformerKeys[c] = transformerNode(placement.parkKey(), transformer);
				if (!nodes.has(transformerKeys[c])) {
					nodes.node(transformerKeys[c], AccountPlacements.nodeOf(placement));
				}
			}
		}
		Disclosure.Shape shape = nodes.build();
		int[] at = new int[companies.size()];
		int[] atTransformer = new int[companies.size()];
		Map<String, Integer> counts = new HashMap<>();
		for (int c = 0; c < companies.size(); c++) {
			Placement placement = placed.get(companies.get(c).companyId());
			if (placement == null) {
				at[c] = -1;
				atTransformer[c] = -1;
				continue;
			}
			counts.merge(AccountPlacements.NATION, 1, Integer::sum);
			if (placement.countyNumber() != null) {
				counts.merge(AccountPlacements.countyNode(placement.countyNumber()), 1, Integer::sum);
			}
			if (placement.parkKey() != null) {
				counts.merge(AccountPlacements.parkNode(placement.parkKey()), 1, Integer::sum);
			}
			at[c] = shape.index(AccountPlacements.nodeOf(placement));
			atTransformer[c] = transformerKeys[c] == null ? at[c] : shape.index(transformerKeys[c]);
		}
		return new YearBase(companies, shape, at, atTransformer, Map.copyOf(counts));
	}

	/** Each company's scope 1 + 2 (location-based) of 2023, where known. */
	private Map<Long, Double> baselineValues() {
		int year = CompanyAccount.BASELINE_YEAR;
		return this.cache.get(new BaselineKey(), () -> this.placements.yearToken(year), () -> {
			Map<Long, Double> values = new HashMap<>();
			for (FactsRow row : this.rows.facts(null, year, Viewer.nationalAdmin("accounts"))) {
				TonnesCo2e before = this.accounts.baselineAccount(row).scope1And2LocationBased();
				if (before != null) {
					values.put(row.companyId(), before.value());
				}
			}
			return Map.copyOf(values);
		});
	}

	private AccountRows.NonPublic nonPublic(int year) {
		return this.cache.get(new NonPublicKey(year), () -> this.placements.yearToken(year),
				() -> this.rows.nonPublic(year));
	}

	private HiddenRows hidden(int year, Viewer viewer) {
		return this.cache.get(new HiddenKey(year, viewer.access()), () -> this.placements.yearToken(year), () -> {
			AccountRows.HiddenIds ids = this.rows.hidden(year, viewer, nonPublic(year));
			return new HiddenRows(Set.copyOf(ids.facts()), Set.copyOf(ids.exchanges()), Set.copyOf(ids.excessHeat()));
		});
	}

	private Aggregate aggregate(ScopeView view, int year, Viewer viewer, List<String> shown, boolean climate) {
		AccountScope scope = view.scope();
		YearFigures figures = yearFigures(year, viewer);
		Map<Long, Placement> placed = figures.placed();
		Function<String, Map<String, Figure>> figuresAt = node -> {
			Map<String, Figure> at = new LinkedHashMap<>();
			figures.disclosed().forEach((measure, byNode) -> {
				Figure figure = byNode.get(node);
				// the comparison with 2023 belongs to the climate account
				if (figure != null && (climate || !measure.startsWith("comparable."))) {
					at.put(measure, figure);
				}
			});
			return at;
		};
		Map<String, Figure> totals = figuresAt.apply(scope.nodeKey());
		// only a park's account lists its companies
		List<Contribution> inScope = scope.level() != AccountScope.Level.PARK ? List.of()
				: parkContributions(year, scope.key(), placed, viewer).stream()
					.filter(c -> placed.containsKey(c.companyId()) && scope.contains(placed.get(c.companyId())))
					.toList();
		Map<String, Ratio> ratios = new LinkedHashMap<>();
		if (climate) {
			ratios.put("change", change(totals));
		}
		else {
			ratios.put("selfProducedShare", Ratio.of(totals.get("selfProduced"), totals.get("electricityOfProducers")));
			ratios.put("thermalRecovery", Ratio.of(totals.get("heatRecoveredOfAvailable"), totals.get("excessHeat")));
		}
		// A count of contributors reveals no figure: Disclosure publishes it also when
		// the
		// total is hidden.
		Figure comparable = totals.get("comparable.baseline");
		int baselineCompanies = !climate || comparable == null ? 0 : comparable.contributors();
		List<TransformerRow> transformers = climate || scope.level() != AccountScope.Level.PARK ? List.of()
				: transformers(scope.key(), inScope, figuresAt);
		return new Aggregate(view, year, shown, totals, groups(scope, placed, figuresAt), companies(scope, inScope),
				figures.companiesWithFacts().getOrDefault(scope.nodeKey(), 0), ratios, baselineCompanies, transformers,
				this.factors.forYear(year));
	}

	private static String transformerNode(String parkKey, String transformerId) {
		return "transformer:" + parkKey + ":" + transformerId.strip();
	}

	/**
	 * Every company with facts in the year, or those given (ids separated by commas), its
	 * figures worked out from all its rows.
	 */
	private List<Contribution> contributions(int year, @Nullable String companyIds, Viewer viewer) {
		List<FactsRow> facts = this.rows.facts(null, companyIds, year, viewer);
		Map<Long, List<ExchangeRow>> exchanges = new HashMap<>();
		for (ExchangeRow exchange : this.rows.exchanges(null, companyIds, year, viewer)) {
			exchanges.computeIfAbsent(exchange.supplyCompanyId(), id -> new ArrayList<>()).add(exchange);
			if (exchange.demandCompanyId() != exchange.supplyCompanyId()) {
				exchanges.computeIfAbsent(exchange.demandCompanyId(), id -> new ArrayList<>()).add(exchange);
			}
		}
		Map<Long, List<StreamRow>> streams = this.rows.streams(null, companyIds, year, viewer)
			.stream()
			.collect(Collectors.groupingBy(StreamRow::companyId));
		List<Contribution> contributions = new ArrayList<>();
		for (FactsRow row : facts) {
			List<ExchangeRow> own = exchanges.getOrDefault(row.companyId(), List.of());
			List<StreamRow> ownStreams = streams.getOrDefault(row.companyId(), List.of());
			CompanyAccounts.Parts parts = this.accounts.parts(row, own, ownStreams, false);
			ClimateAccount climate = ClimateAccounting.of(row.facts(), parts.factors().climate(), parts.transport(),
					null);
			boolean factsHidden = !row.visible();
			boolean receivedHidden = own.stream().anyMatch(e -> e.demandCompanyId() == row.companyId() && !e.visible());
			boolean deliveredHidden = own.stream()
				.anyMatch(e -> e.supplyCompanyId() == row.companyId() && e.heat() && !e.visible());
			boolean excessHidden = ownStreams.stream()
				.anyMatch(s -> StreamDirection.EXCESS_HEAT.key().equals(s.direction()) && !s.visible());
			Map<String, Double> values = new LinkedHashMap<>();
			Map<String, Boolean> hidden = new HashMap<>();
			put(values, hidden, "scope1", climate.scope1().total(), factsHidden);
			put(values, hidden, "scope2Location", climate.scope2().locationBased(), factsHidden);
			put(values, hidden, "scope2Market", climate.scope2().marketBased(), factsHidden);
			put(values, hidden, "scope3Transport", climate.upstreamTransport().total(), factsHidden || receivedHidden);
			put(values, hidden, "scope12Location", climate.scope1And2LocationBased(), factsHidden);
			EnergyAccount energy = parts.energy();
			for (EnergyCarrier carrier : EnergyCarrier.values()) {
				put(values, hidden, "use." + carrier.key(), energy.use().get(carrier), factsHidden);
			}
			if (energy.peakPower() != null) {
				values.put("peakPower", energy.peakPower().value());
				hidden.put("peakPower", factsHidden);
			}
			MegawattHours electricity = energy.use().get(EnergyCarrier.ELECTRICITY);
			if (energy.selfProducedElectricity() != null && electricity != null) {
				put(values, hidden, "selfProduced", energy.selfProducedElectricity(), factsHidden);
				put(values, hidden, "electricityOfProducers", electricity, factsHidden);
			}
			EnergyAccount.HeatRecovery heat = energy.heatRecovery();
			if (heat.available() != null && heat.recovered() != null) {
				boolean heatHidden = factsHidden || excessHidden || deliveredHidden;
				put(values, hidden, "excessHeat", heat.available(), factsHidden || excessHidden);
				put(values, hidden, "heatRecoveredOfAvailable", heat.recovered(), heatHidden);
			}
			if (heat.recovered() != null) {
				put(values, hidden, "heatRecovered", heat.recovered(), factsHidden || deliveredHidden);
			}
			contributions.add(new Contribution(row.companyId(), row.companyKey(), row.companyName(), row.visible(),
					values, hidden, row.facts(),
					own.stream()
						.filter(e -> e.demandCompanyId() == row.companyId())
						.mapToLong(ExchangeRow::synergyId)
						.toArray(),
					own.stream()
						.filter(e -> e.supplyCompanyId() == row.companyId() && e.heat())
						.mapToLong(ExchangeRow::synergyId)
						.toArray(),
					ownStreams.stream()
						.filter(st -> StreamDirection.EXCESS_HEAT.key().equals(st.direction()))
						.map(StreamRow::streamKey)
						.toList()));
		}
		return contributions;
	}

	private static Ratio change(Map<String, Figure> totals) {
		Ratio ratio = Ratio.of(totals.get("comparable.year"), totals.get("comparable.baseline"));
		return ratio.value() == null ? ratio : new Ratio(ratio.value() - 1, Suppression.NONE);
	}

	private List<Group> groups(AccountScope scope, Map<Long, Placement> placed,
			Function<String, Map<String, Figure>> figuresAt) {
		List<Group> groups = new ArrayList<>();
		if (scope.level() == AccountScope.Level.NATION) {
			Map<String, String> names = new HashMap<>();
			this.reference.counties().forEach(county -> names.put(county.number(), county.name()));
			placed.values()
				.stream()
				.map(Placement::countyNumber)
				.filter(java.util.Objects::nonNull)
				.distinct()
				.sorted()
				.forEach(number -> groups
					.add(new Group(AccountPlacements.countyNode(number), names.getOrDefault(number, number),
							"fylke=" + number, figuresAt.apply(AccountPlacements.countyNode(number)))));
		}
		else if (scope.level() == AccountScope.Level.COUNTY) {
			placed.values()
				.stream()
				.filter(p -> p.parkKey() != null && scope.contains(p))
				.collect(Collectors.toMap(Placement::parkKey, p -> p.parkName() == null ? p.parkKey() : p.parkName(),
						(a, b) -> a))
				.entrySet()
				.stream()
				.sorted(Map.Entry.comparingByValue())
				.forEach(park -> groups.add(new Group(AccountPlacements.parkNode(park.getKey()), park.getValue(),
						"park=" + park.getKey(), figuresAt.apply(AccountPlacements.parkNode(park.getKey())))));
		}
		groups.removeIf(group -> group.figures().values().stream().allMatch(Figure::empty));
		return groups;
	}

	/**
	 * Under a park, the companies whose facts the viewer may see, with their figures; a
	 * figure whose other rows (exchanges, streams) the viewer may not see is withheld.
	 */
	private static List<CompanyRow> companies(AccountScope scope, List<Contribution> inScope) {
		if (scope.level() != AccountScope.Level.PARK) {
			return List.of();
		}
		return inScope.stream()
			.filter(Contribution::factsVisible)
			.sorted(Comparator.comparing(Contribution::companyName))
			.map(c -> {
				Map<String, @Nullable Double> values = new HashMap<>();
				Map<String, Boolean> withheld = new HashMap<>();
				c.hidden().forEach((measure, hidden) -> {
					withheld.put(measure, hidden);
					values.put(measure, hidden ? null : c.values().get(measure));
				});
				return new CompanyRow(c.companyKey(), c.companyName(), values, withheld);
			})
			.toList();
	}

	/**
	 * The park's transformers: the disclosed sums of electricity and peaks at each
	 * transformer node, and the utilisation hours (a lower bound) only where both are
	 * disclosed.
	 */
	private static List<TransformerRow> transformers(String parkKey, List<Contribution> inScope,
			Function<String, Map<String, Figure>> figuresAt) {
		List<TransformerRow> rows = new ArrayList<>();
		for (TransformerLoad load : TransformerLoad.of(inScope.stream().map(Contribution::facts).toList())) {
			Map<String, Figure> figures = figuresAt.apply(transformerNode(parkKey, load.transformerId()));
			Figure mwh = figures.getOrDefault("use.electricity", new Figure("none", null, 0, Suppression.NONE));
			Figure kw = figures.getOrDefault("peakPower", new Figure("none", null, 0, Suppression.NONE));
			Double hours = mwh.suppressed() || kw.suppressed() ? null : load.utilisationHoursLowerBound();
			rows.add(new TransformerRow(load.transformerId(), load.companies(), load.companiesWithoutFigures(), mwh, kw,
					hours));
		}
		return rows;
	}

	private static void put(Map<String, Double> values, Map<String, Boolean> hidden, String measure,
			@Nullable Object value, boolean isHidden) {
		Double number = value instanceof TonnesCo2e t ? Double.valueOf(t.value())
				: value instanceof MegawattHours m ? Double.valueOf(m.value()) : null;
		if (number != null) {
			values.put(measure, number);
			hidden.put(measure, isHidden);
		}
	}

}
