package no.symbiose.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.accounting.ClimateAccount;
import no.symbiose.engine.accounting.ClimateAccounting;
import no.symbiose.engine.accounting.ClimateFactors;
import no.symbiose.engine.accounting.Disclosure;
import no.symbiose.engine.accounting.EmissionFactor;
import no.symbiose.engine.accounting.EnergyAccount;
import no.symbiose.engine.accounting.EnergyAccounting;
import no.symbiose.engine.accounting.FlowAmount;
import no.symbiose.engine.accounting.LandAccount;
import no.symbiose.engine.accounting.LandAccounting;
import no.symbiose.engine.accounting.LandScope;
import no.symbiose.engine.accounting.MaterialFlowAccount;
import no.symbiose.engine.accounting.MaterialFlowAccounting;
import no.symbiose.engine.accounting.MaterialFlowCell;
import no.symbiose.engine.accounting.MaterialFlowContribution;
import no.symbiose.engine.accounting.ParkLand;
import no.symbiose.engine.accounting.TransformerLoad;
import no.symbiose.engine.accounting.UpstreamTransport;
import no.symbiose.engine.registry.CompanyKey;
import no.symbiose.engine.registry.Confidentiality;
import no.symbiose.engine.registry.EnergyCarrier;
import no.symbiose.engine.registry.Park;
import no.symbiose.engine.registry.ParkKey;
import no.symbiose.engine.registry.Stream;
import no.symbiose.engine.registry.StreamDirection;
import no.symbiose.engine.registry.Tenancy;
import no.symbiose.engine.registry.YearlyFacts;
import no.symbiose.engine.symbiosis.KnowledgeBase;
import no.symbiose.engine.units.FlowUnit;
import no.symbiose.engine.units.MegawattHours;
import no.symbiose.engine.units.TonnesCo2e;

/**
 * The accounts benchmark of issue 5 (docs/benchmarks.md, "Accounts"): every account of
 * the whole nation, for every year of a generated national-scale set
 * ({@link NationalDataSet}, synthetic), as the app's aggregates compute them:
 * <ol>
 * <li>climate: each company-year's account (scope 1 reported or fuel × factor, scope 2
 * location- and market-based, change against its 2023 account), and the disclosure of
 * scope 1, scope 2 (both) and scope 1 + 2 over nation &gt; county &gt; park;</li>
 * <li>energy: each company-year's energy account with its excess heat, use per carrier,
 * peak power and self-produced electricity disclosed over the same tree, and the
 * transformer loads of every park;</li>
 * <li>material flows: the year's contributions from all streams, one disclosure tree per
 * cell, and the disclosed account of every node (nation, each county, each park);</li>
 * <li>land: the nation's land account over the parks.</li>
 * </ol>
 * A contribution is hidden unless its row is public: the view of an anonymous visitor,
 * which suppresses the most. Generating the set is timed apart and not counted. Years are
 * independent once the 2023 accounts are known, so they are computed in parallel on
 * {@code --threads} threads (default: the cores). The database reads the app adds are not
 * in this figure (issue 7's load test covers the pages).
 *
 * <pre>
 * AccountsBenchmark [--runs 5] [--warmups 2] [--seed 20261123] [--parks 300] [--companies 20000]
 *                   [--years 10] [--streams 500000] [--threads <cores>]
 * </pre>
 */
public final class AccountsBenchmark {

	/**
	 * The factors of emission_factors.csv (IPCC 2006 combustion, NVE 2023 location-based
	 * mix, NVE residual mix) as the app picks them; their values do not change the work
	 * done.
	 */
	private static final ClimateFactors FACTORS = new ClimateFactors(Map.of(EnergyCarrier.NATURAL_GAS,
			new EmissionFactor("natural_gas", 201.96, "IPCC 2006 Vol. 2 Table 1.4", "2006"), EnergyCarrier.OIL_PRODUCTS,
			new EmissionFactor("gas_diesel_oil", 266.76, "IPCC 2006 Vol. 2 Table 1.4", "2006"),
			EnergyCarrier.COAL_AND_COKE,
			new EmissionFactor("coking_coal", 340.56, "IPCC 2006 Vol. 2 Table 1.4", "2006")),
			new EmissionFactor("grid_average_physical_delivery", 15, "NVE", "2023"),
			new EmissionFactor("residual_mix_supplier_disclosure", 402, "NVE", "2020"), null);

	private static final int BASELINE_YEAR = 2023;

	private final NationalDataSet set;

	private final UpstreamTransport transport = new UpstreamTransport(KnowledgeBase.builtIn().factors());

	private final java.util.concurrent.ForkJoinPool pool;

	private AccountsBenchmark(NationalDataSet set, int threads) {
		this.set = set;
		this.pool = new java.util.concurrent.ForkJoinPool(threads);
	}

	/** What one run computed, counted so that no part can be skipped unseen. */
	record Outcome(int climateAccounts, int energyAccounts, int transformers, int materialAccounts,
			int disclosedFigures, int suppressedFigures, @Nullable Double nationScope1Tonnes2024, int landParks) {
	}

	public static void main(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException("Expected --option value, got " + args[i]);
			}
			options.put(args[i].substring(2), args[i + 1]);
		}
		int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
		int warmups = Integer.parseInt(options.getOrDefault("warmups", "2"));
		long seed = Long.parseLong(options.getOrDefault("seed", "20261123"));
		int parks = Integer.parseInt(options.getOrDefault("parks", "300"));
		int companies = Integer.parseInt(options.getOrDefault("companies", "20000"));
		int years = Integer.parseInt(options.getOrDefault("years", "10"));
		int streams = Integer.parseInt(options.getOrDefault("streams", "500000"));

		long t0 = System.nanoTime();
		NationalDataSet set = NationalDataSet.generate(seed, parks, companies, years, streams);
		double generation = (System.nanoTime() - t0) / 1e9;
		System.out.printf("Generated %s in %.1f s%n", set, generation);

		int threads = Integer
			.parseInt(options.getOrDefault("threads", String.valueOf(Runtime.getRuntime().availableProcessors())));
		System.out.printf("Years computed on %d thread(s)%n", threads);
		AccountsBenchmark bench = new AccountsBenchmark(set, threads);
		Timing.Result<Outcome> all = Timing.measure(warmups, runs, bench::run);
		Outcome outcome = all.last();
		System.out.println(
				"| what | median s | min s | runs | climate accounts | energy accounts | transformers | material accounts | figures disclosed | suppressed | load |");
		System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
		System.out.printf(
				"| all accounts, nation > county > park, %d years | %.2f | %.2f | %d | %d | %d | %d | %d | %d | %d | %s |%n",
				set.years(), all.medianSeconds(), all.minSeconds(), all.runs(), outcome.climateAccounts(),
				outcome.energyAccounts(), outcome.transformers(), outcome.materialAccounts(),
				outcome.disclosedFigures(), outcome.suppressedFigures(), all.load());
		Timing.Result<Outcome> one = Timing.measure(warmups, runs, () -> bench.run(set.lastYear(), set.lastYear()));
		Outcome lastYear = one.last();
		System.out.printf(
				"| all accounts, nation > county > park, %d only | %.2f | %.2f | %d | %d | %d | %d | %d | %d | %d | %s |%n",
				set.lastYear(), one.medianSeconds(), one.minSeconds(), one.runs(), lastYear.climateAccounts(),
				lastYear.energyAccounts(), lastYear.transformers(), lastYear.materialAccounts(),
				lastYear.disclosedFigures(), lastYear.suppressedFigures(), one.load());
		System.out.printf("Nation's scope 1 in %d (anonymous view): %s t CO2e; land account over %d parks%n",
				set.lastYear(), outcome.nationScope1Tonnes2024() == null ? "hidden"
						: String.format("%.0f", outcome.nationScope1Tonnes2024()),
				outcome.landParks());
	}

	Outcome run() {
		return run(this.set.firstYear(), this.set.lastYear());
	}

	/** The accounts of the years from..to, with the 2023 accounts their change needs. */
	Outcome run(int from, int to) {
		Map<Integer, List<YearlyFacts>> factsByYear = new HashMap<>();
		for (YearlyFacts facts : this.set.facts()) {
			factsByYear.computeIfAbsent(facts.year(), y -> new ArrayList<>()).add(facts);
		}
		Map<Integer, List<Stream>> streamsByYear = new HashMap<>();
		for (Stream stream : this.set.streams()) {
			streamsByYear.computeIfAbsent(stream.year(), y -> new ArrayList<>()).add(stream);
		}
		Map<CompanyKey, ClimateAccount> baseline = new HashMap<>();
		for (YearlyFacts facts : factsByYear.getOrDefault(BASELINE_YEAR, List.of())) {
			baseline.put(facts.company(),
					ClimateAccounting.of(facts, FACTORS, this.transport.account(List.of()), null));
		}
		List<Integer> years = new ArrayList<>();
		for (int year = from; year <= to; year++) {
			years.add(year);
		}
		// Years are independent once the 2023 accounts are there: one task per year.
		List<Outcome> outcomes = this.pool.submit(
				() -> years.parallelStream().map(year -> year(year, to, factsByYear, streamsByYear, baseline)).toList())
			.join();
		LandAccount land = land();
		Outcome sum = new Outcome(0, 0, 0, 0, 0, 0, null, land.parks().size());
		for (Outcome part : outcomes) {
			sum = new Outcome(sum.climateAccounts() + part.climateAccounts(),
					sum.energyAccounts() + part.energyAccounts(), sum.transformers() + part.transformers(),
					sum.materialAccounts() + part.materialAccounts(), sum.disclosedFigures() + part.disclosedFigures(),
					sum.suppressedFigures() + part.suppressedFigures(), part.nationScope1Tonnes2024() != null
							? part.nationScope1Tonnes2024() : sum.nationScope1Tonnes2024(),
					sum.landParks());
		}
		return sum;
	}

	/** One year's accounts of every node. */
	private Outcome year(int year, int last, Map<Integer, List<YearlyFacts>> factsByYear,
			Map<Integer, List<Stream>> streamsByYear, Map<CompanyKey, ClimateAccount> baseline) {
		int climate = 0;
		int energy = 0;
		int transformers = 0;
		int[] figures = new int[2];
		Double nationScope1 = null;
		{
			Placements placements = new Placements(this.set, year);
			Map<String, Disclosure.Tree> trees = new LinkedHashMap<>();
			Map<CompanyKey, List<Optional<MegawattHours>>> excessHeat = new HashMap<>();
			List<Stream> streams = streamsByYear.getOrDefault(year, List.of());
			for (Stream stream : streams) {
				if (stream.direction() == StreamDirection.EXCESS_HEAT) {
					excessHeat.computeIfAbsent(stream.company(), c -> new ArrayList<>())
						.add(stream.quantity() == null || stream.quantity().unit() != FlowUnit.MEGAWATT_HOURS_PER_YEAR
								? Optional.empty() : Optional.of(MegawattHours.of(stream.quantity().amount())));
				}
			}
			Map<ParkKey, List<YearlyFacts>> byPark = new HashMap<>();
			for (YearlyFacts facts : factsByYear.getOrDefault(year, List.of())) {
				String node = placements.nodeOf(facts.company());
				String contributor = facts.company().value();
				boolean hidden = facts.confidentiality() != Confidentiality.PUBLIC;
				ClimateAccount account = ClimateAccounting.of(facts, FACTORS, this.transport.account(List.of()),
						baseline.get(facts.company()));
				climate++;
				add(trees, placements, "scope1", node, contributor, account.scope1().total(), hidden);
				add(trees, placements, "scope2Location", node, contributor, account.scope2().locationBased(), hidden);
				add(trees, placements, "scope2Market", node, contributor, account.scope2().marketBased(), hidden);
				add(trees, placements, "scope12Location", node, contributor, account.scope1And2LocationBased(), hidden);
				EnergyAccount energyAccount = EnergyAccounting.of(facts,
						excessHeat.getOrDefault(facts.company(), List.of()), MegawattHours.ZERO);
				energy++;
				energyAccount.use()
					.forEach((carrier, mwh) -> add(trees, placements, "use." + carrier.key(), node, contributor,
							mwh.value(), hidden));
				if (energyAccount.peakPower() != null) {
					add(trees, placements, "peakPower", node, contributor, energyAccount.peakPower().value(), hidden);
				}
				if (energyAccount.selfProducedElectricity() != null) {
					add(trees, placements, "selfProduced", node, contributor,
							energyAccount.selfProducedElectricity().value(), hidden);
				}
				ParkKey park = placements.parkOf(facts.company());
				if (park != null) {
					byPark.computeIfAbsent(park, p -> new ArrayList<>()).add(facts);
				}
			}
			for (List<YearlyFacts> tenants : byPark.values()) {
				transformers += TransformerLoad.of(tenants).size();
			}
			Map<String, Map<String, Disclosure.Figure>> disclosed = new HashMap<>();
			trees.forEach((measure, tree) -> disclosed.put(measure, count(tree.disclose(), figures)));
			if (year == last) {
				nationScope1 = disclosed.get("scope1").get(Placements.NATION).total();
			}
			int material = materialAccounts(year, streams, placements, figures);
			return new Outcome(climate, energy, transformers, material, figures[0], figures[1], nationScope1, 0);
		}
	}

	/**
	 * The disclosed material-flow account of every node, as the app's material page
	 * builds them.
	 */
	private int materialAccounts(int year, List<Stream> streams, Placements placements, int[] figures) {
		Map<CompanyKey, Boolean> hidden = new HashMap<>();
		for (Stream stream : streams) {
			hidden.merge(stream.company(), stream.confidentiality() != Confidentiality.PUBLIC, Boolean::logicalOr);
		}
		List<MaterialFlowContribution> contributions = MaterialFlowAccounting.contributions(year, streams, List.of());
		Map<MaterialFlowCell, Disclosure.Tree> trees = new LinkedHashMap<>();
		for (MaterialFlowContribution contribution : contributions) {
			trees.computeIfAbsent(contribution.cell(), cell -> placements.tree())
				.add(placements.nodeOf(contribution.company()), contribution.company().value(), contribution.amount(),
						hidden.getOrDefault(contribution.company(), true));
		}
		Map<MaterialFlowCell, Map<String, Disclosure.Figure>> disclosed = new LinkedHashMap<>();
		trees.forEach((cell, tree) -> disclosed.put(cell, count(tree.disclose(), figures)));
		int accounts = 0;
		for (String node : placements.nodes()) {
			Map<MaterialFlowCell, FlowAmount> cells = new LinkedHashMap<>();
			disclosed.forEach((cell, byNode) -> {
				Disclosure.Figure figure = byNode.get(node);
				FlowUnit unit = cell.unit() == null ? FlowUnit.TONNES_PER_YEAR : cell.unit();
				if (figure == null || figure.empty()) {
					return;
				}
				cells.put(cell, figure.suppressed() ? FlowAmount.suppressed(unit, figure.suppression().key())
						: FlowAmount.of(figure.total(), unit));
			});
			MaterialFlowAccount account = MaterialFlowAccounting.account(year, cells, null);
			if (account != null) {
				accounts++;
			}
		}
		return accounts;
	}

	private LandAccount land() {
		List<ParkLand> parks = new ArrayList<>();
		for (Park park : this.set.parks()) {
			parks.add(new ParkLand(park.key(), park.name(), park.county(), this.set.landYear(), park.land(),
					park.buildings(), park.source()));
		}
		return LandAccounting.of(this.set.landYear(), LandScope.ofNation(), parks, List.of(), List.of());
	}

	private static void add(Map<String, Disclosure.Tree> trees, Placements placements, String measure, String node,
			String contributor, @Nullable Object value, boolean hidden) {
		if (value == null) {
			return;
		}
		double number = value instanceof TonnesCo2e tonnes ? tonnes.value() : ((Number) value).doubleValue();
		trees.computeIfAbsent(measure, m -> placements.tree()).add(node, contributor, number, hidden);
	}

	private static Map<String, Disclosure.Figure> count(Map<String, Disclosure.Figure> figures, int[] counts) {
		for (Disclosure.Figure figure : figures.values()) {
			counts[0]++;
			if (figure.suppressed()) {
				counts[1]++;
			}
		}
		return figures;
	}

	/**
	 * The app's placement rule (AccountPlacements) over the set: the park of the tenancy
	 * in force during the year that started last, its county; else the municipality's
	 * county (the first two digits of a 2024 municipality number).
	 */
	private static final class Placements {

		static final String NATION = "nation";

		private final Map<CompanyKey, String> nodes = new HashMap<>();

		private final Map<CompanyKey, ParkKey> parks = new HashMap<>();

		private final Map<String, String> parents = new LinkedHashMap<>();

		Placements(NationalDataSet set, int year) {
			LocalDate first = LocalDate.of(year, 1, 1);
			LocalDate last = LocalDate.of(year, 12, 31);
			Map<ParkKey, Park> parkByKey = new HashMap<>();
			for (Park park : set.parks()) {
				parkByKey.put(park.key(), park);
			}
			Map<CompanyKey, Tenancy> tenancy = new HashMap<>();
			for (Tenancy t : set.tenancies()) {
				boolean inYear = !t.from().isAfter(last) && (t.to() == null || !t.to().isBefore(first));
				if (inYear) {
					tenancy.merge(t.company(), t, (a, b) -> a.from().isAfter(b.from()) ? a : b);
				}
			}
			this.parents.put(NATION, null);
			for (var company : set.companies()) {
				Tenancy t = tenancy.get(company.key());
				String node;
				if (t != null) {
					Park park = parkByKey.get(t.park());
					String county = "county:" + park.county().value();
					node = "park:" + park.key().value();
					this.parents.putIfAbsent(county, NATION);
					this.parents.putIfAbsent(node, county);
					this.parks.put(company.key(), park.key());
				}
				else if (company.municipality() != null) {
					node = "county:" + company.municipality().value().substring(0, 2);
					this.parents.putIfAbsent(node, NATION);
				}
				else {
					node = NATION;
				}
				this.nodes.put(company.key(), node);
			}
		}

		String nodeOf(CompanyKey company) {
			return this.nodes.getOrDefault(company, NATION);
		}

		@Nullable ParkKey parkOf(CompanyKey company) {
			return this.parks.get(company);
		}

		Set<String> nodes() {
			return this.parents.keySet();
		}

		Disclosure.Tree tree() {
			Disclosure.Tree tree = new Disclosure.Tree();
			// counties before parks: parents are put in first
			this.parents.forEach((node, parent) -> {
				if (parent == null || !node.startsWith("park:")) {
					tree.node(node, parent);
				}
			});
			this.parents.forEach((node, parent) -> {
				if (node.startsWith("park:")) {
					tree.node(node, parent);
				}
			});
			return tree;
		}

	}

}
