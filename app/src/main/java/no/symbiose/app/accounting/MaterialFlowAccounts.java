package no.symbiose.app.accounting;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import no.symbiose.app.accounting.AccountPlacements.Placement;
import no.symbiose.app.accounting.MaterialFlowQueries.StreamRow;
import no.symbiose.app.database.DataVersionCache;
import no.symbiose.app.referencedata.ReferenceQueries;
import no.symbiose.app.security.Viewer;
import no.symbiose.app.symbiosis.pipeline.RealisedExchanges;
import no.symbiose.app.symbiosis.pipeline.RealisedExchanges.Realised;
import no.symbiose.engine.accounting.Disclosure;
import no.symbiose.engine.accounting.FlowAmount;
import no.symbiose.engine.accounting.MaterialFlowAccount;
import no.symbiose.engine.accounting.MaterialFlowAccounting;
import no.symbiose.engine.accounting.MaterialFlowCell;
import no.symbiose.engine.accounting.MaterialFlowContribution;
import no.symbiose.engine.accounting.RealisedExchange;
import no.symbiose.engine.registry.CompanyKey;
import no.symbiose.engine.registry.Confidentiality;
import no.symbiose.engine.registry.EwcCode;
import no.symbiose.engine.registry.Stream;
import no.symbiose.engine.registry.StreamDirection;
import no.symbiose.engine.units.AnnualQuantity;
import no.symbiose.engine.units.FlowUnit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The material-flow analysis of the nation, a county or a park for a viewer. Every stream
 * and realised synergy of the year is read (server side, all rows); the engine splits
 * them into cells; each cell is one {@link Disclosure} tree over nation &gt; county &gt;
 * park, with a company's amount added at its node ({@link AccountPlacements}) and marked
 * hidden when the viewer may not see its row. The account of a node is then built from
 * the disclosed cells only, so every total with a hidden cell is hidden too.
 *
 * <p>
 * An internal exchange is added at the lowest node that holds both companies: it is
 * internal there and everywhere above. A realised quantity is hidden unless the viewer
 * may read the synergy and see the supply stream (and, for tonnes the receiver reports as
 * input, that input). Counts of streams without a quantity are not figures and are never
 * hidden.
 */
@Service
public class MaterialFlowAccounts {

	private static final Viewer ANONYMOUS = Viewer.anonymous();

	private final MaterialFlowQueries queries;

	private final RealisedExchanges realised;

	private final AccountPlacements placements;

	private final ReferenceQueries reference;

	private final DataVersionCache cache;

	MaterialFlowAccounts(MaterialFlowQueries queries, RealisedExchanges realised, AccountPlacements placements,
			ReferenceQueries reference, DataVersionCache cache) {
		this.cache = cache;
		this.queries = queries;
		this.realised = realised;
		this.placements = placements;
		this.reference = reference;
	}

	private record YearKey(int year, Viewer.Access access) {
	}

	private record BaseKey(int year) {
	}

	private record HiddenKey(int year, Viewer.Access access) {
	}

	/**
	 * One amount of a year's account, the same for every viewer, with the rows that
	 * decide whether a viewer may see it.
	 *
	 * @param stream the stream it comes from ("company key/stream key"), or null
	 * @param streamKnown whether that stream is a row of the year (else it is hidden from
	 * everyone)
	 * @param streamPublic whether that row is public (then everyone may see it)
	 * @param exchange the realised synergy it comes from, or -1
	 * @param input the receiver's declared input it goes into, or null
	 */
	private record Part(MaterialFlowCell cell, String node, String contributor, double amount, boolean unquantified,
			@Nullable String stream, boolean streamKnown, boolean streamPublic, long exchange, @Nullable String input,
			boolean inputKnown, boolean inputPublic) {
	}

	/**
	 * Every amount of a year's account of the whole country, for every viewer alike: the
	 * parts, and each cell's parts summed per contributor and node.
	 */
	private record YearBase(List<Part> parts, List<CellSums> cells, Disclosure.Shape shape,
			Map<String, int[]> cellsByRow, Map<Long, int[]> cellsByExchange) {

		/**
		 * The base, with the cells each row that is neither public nor unknown, and each
		 * realised synergy, has a part in: what one access may see and another not.
		 */
		static YearBase of(List<Part> parts, Disclosure.Shape shape) {
			List<CellSums> cells = CellSums.of(parts, shape);
			Map<String, Set<Integer>> byRow = new HashMap<>();
			Map<Long, Set<Integer>> byExchange = new HashMap<>();
			for (int c = 0; c < cells.size(); c++) {
				for (int[] sum : cells.get(c).parts()) {
					for (int index : sum) {
						Part part = parts.get(index);
						if (part.unquantified()) {
							continue;
						}
						if (part.stream() != null && part.streamKnown() && !part.streamPublic()) {
							byRow.computeIfAbsent(part.stream(), row -> new HashSet<>()).add(c);
						}
						if (part.exchange() >= 0) {
							byExchange.computeIfAbsent(part.exchange(), exchange -> new HashSet<>()).add(c);
							if (part.input() != null && part.inputKnown() && !part.inputPublic()) {
								byRow.computeIfAbsent(part.input(), row -> new HashSet<>()).add(c);
							}
						}
					}
				}
			}
			return new YearBase(parts, cells, shape, indexes(byRow), indexes(byExchange));
		}

		private static <K> Map<K, int[]> indexes(Map<K, Set<Integer>> sets) {
			Map<K, int[]> indexes = new HashMap<>();
			sets.forEach((key, set) -> indexes.put(key, set.stream().mapToInt(Integer::intValue).toArray()));
			return indexes;
		}

		/**
		 * The cells in which some part is hidden from one of the two accesses and not
		 * from the other: a part's being hidden depends only on its rows' being in
		 * {@link Hidden#visibleConfidential} and its synergy's being in
		 * {@link Hidden#exchanges}, so every other cell is disclosed alike for both. (The
		 * anonymous visitor, the one reference now, reads no synergy and no row that is
		 * not public, so its side of each difference and the declared inputs never decide
		 * yet; they keep the rule whole for any pair.)
		 */
		BitSet differing(Hidden one, Hidden other) {
			BitSet cells = new BitSet(this.cells.size());
			markDiffering(one.visibleConfidential(), other.visibleConfidential(), this.cellsByRow, cells);
			markDiffering(other.visibleConfidential(), one.visibleConfidential(), this.cellsByRow, cells);
			markDiffering(one.exchanges(), other.exchanges(), this.cellsByExchange, cells);
			markDiffering(other.exchanges(), one.exchanges(), this.cellsByExchange, cells);
			return cells;
		}

		private static <K> void markDiffering(Set<K> keys, Set<K> notIn, Map<K, int[]> cellsByKey, BitSet cells) {
			for (K key : keys) {
				int[] indexes = cellsByKey.get(key);
				if (indexes != null && !notIn.contains(key)) {
					for (int index : indexes) {
						cells.set(index);
					}
				}
			}
		}

	}

	/**
	 * One cell's parts summed per contributor and node, as a disclosure tree would sum
	 * them.
	 *
	 * @param parts the indexes into {@link YearBase#parts} of each sum
	 * @param oneNodeEach whether each contributor adds at one node only, so that a
	 * {@link Disclosure.Tally} discloses the cell (an exchange between two places counts
	 * at their common ancestor, so a supplier may add at several)
	 */
	private record CellSums(MaterialFlowCell cell, int[] nodes, String[] nodeKeys, String[] contributors,
			double[] amounts, int[][] parts, boolean oneNodeEach) {

		static List<CellSums> of(List<Part> parts, Disclosure.Shape shape) {
			Map<MaterialFlowCell, Map<List<String>, List<Integer>>> grouped = new LinkedHashMap<>();
			for (int i = 0; i < parts.size(); i++) {
				Part part = parts.get(i);
				grouped.computeIfAbsent(part.cell(), cell -> new LinkedHashMap<>())
					.computeIfAbsent(List.of(part.contributor(), part.node()), key -> new ArrayList<>())
					.add(i);
			}
			List<CellSums> cells = new ArrayList<>(grouped.size());
			grouped.forEach((cell, sums) -> {
				int size = sums.size();
				int[] nodes = new int[size];
				String[] nodeKeys = new String[size];
				String[] contributors = new String[size];
				double[] amounts = new double[size];
				int[][] indexes = new int[size][];
				Map<String, String> nodeOfContributor = new HashMap<>();
				boolean oneNodeEach = true;
				int at = 0;
				for (Map.Entry<List<String>, List<Integer>> sum : sums.entrySet()) {
					contributors[at] = sum.getKey().get(0);
					nodeKeys[at] = sum.getKey().get(1);
					nodes[at] = shape.index(nodeKeys[at]);
					String before = nodeOfContributor.put(contributors[at], nodeKeys[at]);
					oneNodeEach &= nodes[at] >= 0 && (before == null || before.equals(nodeKeys[at]));
					indexes[at] = sum.getValue().stream().mapToInt(Integer::intValue).toArray();
					for (int index : indexes[at]) {
						amounts[at] += parts.get(index).amount();
					}
					at++;
				}
				cells.add(new CellSums(cell, nodes, nodeKeys, contributors, amounts, indexes, oneNodeEach));
			});
			return List.copyOf(cells);
		}

	}

	/**
	 * What of a year one access may or may not see: the streams that are not public it
	 * may see, as "company key/stream key" (every other stream that is not public is
	 * hidden), and the realised synergies it may not see, by id.
	 */
	private record Hidden(Set<String> visibleConfidential, Set<Long> exchanges) {

		/** Whether the viewer may not see the row (hidden from everyone when unknown). */
		boolean stream(@Nullable String stream, boolean known, boolean isPublic) {
			return stream != null && (!known || (!isPublic && !this.visibleConfidential.contains(stream)));
		}

	}

	private YearBase base(int year) {
		return this.cache.get(new BaseKey(year), () -> this.placements.yearToken(year), () -> {
			Viewer all = Viewer.nationalAdmin("accounts");
			return new YearData(year, this.queries.streams(Set.of(year), all), this.realised.inYears(Set.of(year), all),
					this.placements.forYear(year))
				.base();
		});
	}

	private Hidden hidden(int year, Viewer viewer) {
		return this.cache.get(new HiddenKey(year, viewer.access()), () -> this.placements.yearToken(year),
				() -> new Hidden(Set.copyOf(this.queries.visibleConfidentialStreams(year, viewer)),
						Set.copyOf(this.realised.unreadable(year, viewer))));
	}

	/**
	 * Every cell of a year's account of the whole country, disclosed for one access, by
	 * node: computed once per version of the year's rows and access, so that each
	 * county's and park's account is a lookup. The amounts are worked out once for all
	 * viewers ({@link #base}); a viewer's account only adds them up with what that viewer
	 * may not see hidden. A signed-in viewer's cells are the anonymous visitor's, the
	 * same objects, except those in which some part is hidden from the one and not from
	 * the other ({@link YearBase#differing}): a facilitator's differ only where the
	 * park's confidential rows are.
	 */
	Map<MaterialFlowCell, Map<String, Disclosure.Figure>> yearCells(int year, Viewer viewer) {
		return this.cache.get(new YearKey(year, viewer.access()), () -> this.placements.yearToken(year), () -> {
			YearBase base = base(year);
			Hidden hidden = hidden(year, viewer);
			Map<MaterialFlowCell, Map<String, Disclosure.Figure>> reference = null;
			BitSet differing = null;
			if (!viewer.access().equals(ANONYMOUS.access())) {
				reference = yearCells(year, ANONYMOUS);
				differing = base.differing(hidden, hidden(year, ANONYMOUS));
			}
			Map<MaterialFlowCell, Map<String, Disclosure.Figure>> disclosed = new LinkedHashMap<>();
			for (int c = 0; c < base.cells().size(); c++) {
				CellSums sums = base.cells().get(c);
				disclosed.put(sums.cell(), (differing == null || differing.get(c)) ? disclose(sums, base, hidden)
						: reference.get(sums.cell()));
			}
			return disclosed;
		});
	}

	/**
	 * What {@link #yearCells} must give: every cell disclosed from its parts for the
	 * viewer, none taken from the anonymous visitor's; not cached (tests).
	 */
	Map<MaterialFlowCell, Map<String, Disclosure.Figure>> yearCellsEachDisclosed(int year, Viewer viewer) {
		YearBase base = base(year);
		Hidden hidden = hidden(year, viewer);
		Map<MaterialFlowCell, Map<String, Disclosure.Figure>> disclosed = new LinkedHashMap<>();
		for (CellSums sums : base.cells()) {
			disclosed.put(sums.cell(), disclose(sums, base, hidden));
		}
		return disclosed;
	}

	private static Map<String, Disclosure.Figure> disclose(CellSums sums, YearBase base, Hidden hidden) {
		if (sums.oneNodeEach()) {
			Disclosure.Tally tally = base.shape().tally();
			for (int i = 0; i < sums.nodes().length; i++) {
				tally.add(sums.nodes()[i], sums.amounts()[i], hidden(sums.parts()[i], base.parts(), hidden));
			}
			return tally.disclose();
		}
		Disclosure.Tree tree = base.shape().tree();
		for (int i = 0; i < sums.nodes().length; i++) {
			tree.add(sums.nodeKeys()[i], sums.contributors()[i], sums.amounts()[i],
					hidden(sums.parts()[i], base.parts(), hidden));
		}
		return tree.disclose();
	}

	private static boolean hidden(int[] parts, List<Part> all, Hidden hidden) {
		for (int part : parts) {
			if (hidden(all.get(part), hidden)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the viewer may not see where the amount comes from: the stream row, the
	 * synergy, and for tonnes reported as the receiver's input, that input row.
	 */
	private static boolean hidden(Part part, Hidden hidden) {
		if (part.unquantified()) {
			return false;
		}
		boolean isHidden = hidden.stream(part.stream(), part.streamKnown(), part.streamPublic());
		if (part.exchange() >= 0) {
			isHidden |= hidden.exchanges().contains(part.exchange());
			isHidden |= hidden.stream(part.input(), part.inputKnown(), part.inputPublic());
		}
		return isHidden;
	}

	/**
	 * The account of the scope in the year, with its change against 2024, for the viewer:
	 * the totals of {@link #report}, without its lists of companies and exchanges.
	 */
	public MaterialFlowAccount account(AccountScope scope, int year, Viewer viewer) {
		return accountAt(scope.nodeKey(), year, viewer);
	}

	private MaterialFlowAccount accountAt(String node, int year, Viewer viewer) {
		int baselineYear = MaterialFlowAccounting.BASELINE_YEAR;
		MaterialFlowAccount baseline = year == baselineYear ? null
				: YearData.account(baselineYear, yearCells(baselineYear, viewer), node, null);
		return YearData.account(year, yearCells(year, viewer), node, baseline);
	}

	/**
	 * The account of the scope in the year, with its change against 2024, for the viewer.
	 */
	@Transactional(readOnly = true)
	public MaterialFlowReport report(AccountScope scope, String scopeName, int year, Viewer viewer, Locale locale) {
		int baselineYear = MaterialFlowAccounting.BASELINE_YEAR;
		Set<Integer> years = year == baselineYear ? Set.of(year) : Set.of(year, baselineYear);
		List<StreamRow> streams = this.queries.streams(years, viewer);
		List<Realised> exchanges = this.realised.inYears(years, viewer);

		Map<Long, Placement> placed = this.placements.forYear(year);
		List<String> nodes = new ArrayList<>();
		nodes.add(scope.nodeKey());
		List<MaterialFlowReport.Child> children = new ArrayList<>();
		Map<String, String> childNames = children(scope, placed.values());
		nodes.addAll(childNames.keySet());

		YearData data = new YearData(year, streams, exchanges, placed);
		Map<String, MaterialFlowAccount> accounts = new LinkedHashMap<>();
		for (String node : nodes) {
			accounts.put(node, accountAt(node, year, viewer));
		}
		MaterialFlowAccount account = accounts.get(scope.nodeKey());
		childNames.forEach(
				(node, name) -> children.add(new MaterialFlowReport.Child(scopeOf(node), name, accounts.get(node))));

		Map<String, String> titles = new TreeMap<>();
		Map<String, MaterialFlowQueries.Chapter> chapters = this.queries.chapters();
		for (MaterialFlowAccount.ChapterRow row : account.byChapter()) {
			if (row.chapter() != null && chapters.containsKey(row.chapter())) {
				titles.put(row.chapter(), chapters.get(row.chapter()).title(locale));
			}
		}
		return new MaterialFlowReport(scopeName, year, account, titles, children, data.companies(scope),
				data.internalExchanges(scope), data.refused(scope));
	}

	/** The counties of the nation, or the parks of a county, by node key, with names. */
	private Map<String, String> children(AccountScope scope, Collection<Placement> placed) {
		Map<String, String> children = new TreeMap<>();
		if (scope.level() == AccountScope.Level.NATION) {
			Map<String, String> names = new HashMap<>();
			this.reference.counties().forEach(county -> names.put(county.number(), county.name()));
			for (Placement placement : placed) {
				if (placement.countyNumber() != null) {
					children.put(AccountPlacements.countyNode(placement.countyNumber()),
							names.getOrDefault(placement.countyNumber(), placement.countyNumber()));
				}
			}
		}
		else if (scope.level() == AccountScope.Level.COUNTY) {
			for (Placement placement : placed) {
				if (placement.parkKey() != null && scope.key().equals(placement.countyNumber())) {
					children.put(AccountPlacements.parkNode(placement.parkKey()),
							placement.parkName() == null ? placement.parkKey() : placement.parkName());
				}
			}
		}
		return sortedByName(children);
	}

	private static Map<String, String> sortedByName(Map<String, String> byNode) {
		Map<String, String> sorted = new LinkedHashMap<>();
		byNode.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue())
			.forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
		return sorted;
	}

	private static AccountScope scopeOf(String node) {
		return node.startsWith("county:") ? AccountScope.county(node.substring("county:".length()))
				: AccountScope.park(node.substring("park:".length()));
	}

	/** A synergy id as the engine orders it: zero-padded, so "9" comes before "10". */
	private static String exchangeId(long synergyId) {
		return "%019d".formatted(synergyId);
	}

	private record StreamRef(CompanyKey company, String key) {
	}

	/** One year's rows, placements and visibility, turned into disclosed accounts. */
	private static final class YearData {

		private final int year;

		private final Map<Long, Placement> placed;

		private final List<StreamRow> streams = new ArrayList<>();

		private final Map<StreamRef, Boolean> visible = new HashMap<>();

		/** The rows of the year that are public. */
		private final Set<StreamRef> publicRows = new HashSet<>();

		private final Map<CompanyKey, Long> companyIds = new HashMap<>();

		private final Map<String, Realised> exchanges = new HashMap<>();

		private final Map<String, String> parents = new HashMap<>();

		/** The company of each row the engine refused, once per row. */
		private final List<Long> refused = new ArrayList<>();

		YearData(int year, List<StreamRow> allStreams, List<Realised> allExchanges, Map<Long, Placement> placed) {
			this.year = year;
			this.placed = placed;
			for (StreamRow row : allStreams) {
				if (row.year() == year && row.stream() == null) {
					this.refused.add(row.companyId());
				}
				else if (row.year() == year) {
					this.streams.add(row);
					StreamRef ref = new StreamRef(row.stream().company(), row.stream().key());
					this.visible.put(ref, row.visible());
					if (row.stream().confidentiality() == Confidentiality.PUBLIC) {
						this.publicRows.add(ref);
					}
					this.companyIds.put(row.stream().company(), row.companyId());
				}
			}
			for (Realised exchange : allExchanges) {
				if (exchange.year() == year) {
					this.exchanges.put(exchangeId(exchange.synergyId()), exchange);
					this.companyIds.put(CompanyKey.of(exchange.supplyCompanyKey()), exchange.supplyCompanyId());
					this.companyIds.put(CompanyKey.of(exchange.demandCompanyKey()), exchange.demandCompanyId());
				}
			}
			for (Placement placement : placed.values()) {
				if (placement.countyNumber() != null) {
					this.parents.put(AccountPlacements.countyNode(placement.countyNumber()), AccountPlacements.NATION);
				}
				if (placement.parkKey() != null) {
					this.parents.put(AccountPlacements.parkNode(placement.parkKey()), placement.countyNumber() == null
							? AccountPlacements.NATION : AccountPlacements.countyNode(placement.countyNumber()));
				}
			}
		}

		/**
		 * Every amount of the year with the rows it comes from, for every viewer alike.
		 */
		YearBase base() {
			List<MaterialFlowContribution> contributions = MaterialFlowAccounting.contributions(this.year,
					engineStreams(), engineExchanges(null));
			List<Part> parts = new ArrayList<>(contributions.size());
			for (MaterialFlowContribution contribution : contributions) {
				long companyId = this.companyIds.get(contribution.company());
				String node = nodeOf(companyId);
				if (contribution.receiver() != null) {
					node = commonAncestor(node, nodeOf(this.companyIds.get(contribution.receiver())));
				}
				String stream = null;
				boolean streamKnown = false;
				boolean streamPublic = false;
				if (contribution.streamKey() != null) {
					stream = contribution.company().value() + "/" + contribution.streamKey();
					StreamRef ref = new StreamRef(contribution.company(), contribution.streamKey());
					streamKnown = this.visible.containsKey(ref);
					streamPublic = this.publicRows.contains(ref);
				}
				long exchangeId = -1;
				String input = null;
				boolean inputKnown = false;
				boolean inputPublic = false;
				if (contribution.exchangeId() != null) {
					Realised exchange = this.exchanges.get(contribution.exchangeId());
					exchangeId = exchange.synergyId();
					if (contribution.cell() instanceof MaterialFlowCell.Exchange cell && cell.intoDeclaredInput()
							&& exchange.demandStreamKey() != null) {
						input = exchange.demandCompanyKey() + "/" + exchange.demandStreamKey();
						StreamRef ref = new StreamRef(CompanyKey.of(exchange.demandCompanyKey()),
								exchange.demandStreamKey());
						inputKnown = this.visible.containsKey(ref);
						inputPublic = this.publicRows.contains(ref);
					}
				}
				parts.add(new Part(contribution.cell(), node, AccountPlacements.contributor(companyId),
						contribution.amount(), contribution.cell() instanceof MaterialFlowCell.Unquantified, stream,
						streamKnown, streamPublic, exchangeId, input, inputKnown, inputPublic));
			}
			Disclosure.Shape shape = AccountPlacements.shape(this.placed.values()).build();
			List<Part> all = List.copyOf(parts);
			return YearBase.of(all, shape);
		}

		/** The disclosed account of a node from the disclosed cells of its year. */
		static MaterialFlowAccount account(int year, Map<MaterialFlowCell, Map<String, Disclosure.Figure>> disclosed,
				String node, @Nullable MaterialFlowAccount baseline) {
			Map<MaterialFlowCell, FlowAmount> cells = new LinkedHashMap<>();
			disclosed.forEach((cell, figures) -> {
				FlowAmount amount = amount(cell, figures.get(node));
				if (!amount.isNone()) {
					cells.put(cell, amount);
				}
			});
			return MaterialFlowAccounting.account(year, cells, baseline);
		}

		/**
		 * Each company of the scope whose rows the viewer may see, with the account of
		 * those rows alone.
		 */
		List<MaterialFlowReport.CompanyLine> companies(AccountScope scope) {
			Map<Long, List<Stream>> byCompany = new LinkedHashMap<>();
			Map<Long, String> names = new HashMap<>();
			for (StreamRow row : this.streams) {
				Placement placement = this.placed.get(row.companyId());
				if (row.visible() && placement != null && scope.contains(placement)) {
					byCompany.computeIfAbsent(row.companyId(), id -> new ArrayList<>()).add(row.stream());
					names.put(row.companyId(), row.companyName());
				}
			}
			List<RealisedExchange> readable = engineExchanges(
					exchange -> exchange.readable() && (exchange.supplyStreamKey() == null || this.visible.getOrDefault(
							new StreamRef(CompanyKey.of(exchange.supplyCompanyKey()), exchange.supplyStreamKey()),
							false)));
			List<MaterialFlowReport.CompanyLine> lines = new ArrayList<>();
			byCompany.forEach((companyId, own) -> {
				CompanyKey key = own.get(0).company();
				MaterialFlowAccount account = MaterialFlowAccounting.of(this.year, own, readable, key::equals, null);
				if (account.hasTonnes()) {
					lines.add(new MaterialFlowReport.CompanyLine(key.value(), names.get(companyId), account));
				}
			});
			lines.sort(Comparator.comparing(MaterialFlowReport.CompanyLine::name));
			return lines;
		}

		/**
		 * The realised synergies in tonnes between two companies of the scope the viewer
		 * may read.
		 */
		List<MaterialFlowReport.ExchangeLine> internalExchanges(AccountScope scope) {
			List<MaterialFlowReport.ExchangeLine> lines = new ArrayList<>();
			for (Realised exchange : this.exchanges.values()) {
				Placement supplier = this.placed.get(exchange.supplyCompanyId());
				Placement receiver = this.placed.get(exchange.demandCompanyId());
				if (exchange.readable() && FlowUnit.TONNES_PER_YEAR.symbol().equals(exchange.unit()) && supplier != null
						&& receiver != null && scope.contains(supplier) && scope.contains(receiver)) {
					lines.add(new MaterialFlowReport.ExchangeLine(exchange.synergyId(), exchange.title(),
							exchange.supplyCompanyKey(), exchange.supplyCompanyName(), exchange.demandCompanyKey(),
							exchange.demandCompanyName(), exchange.quantity(), exchange.supplyStreamKey()));
				}
			}
			lines.sort(Comparator.comparingLong(MaterialFlowReport.ExchangeLine::synergyId));
			return lines;
		}

		/** How many rows of companies in the scope could not be read. */
		int refused(AccountScope scope) {
			int count = 0;
			for (long companyId : this.refused) {
				Placement placement = this.placed.get(companyId);
				if (placement != null && scope.contains(placement)) {
					count++;
				}
			}
			return count;
		}

		private List<Stream> engineStreams() {
			List<Stream> list = new ArrayList<>(this.streams.size());
			for (StreamRow row : this.streams) {
				list.add(row.stream());
			}
			return list;
		}

		private List<RealisedExchange> engineExchanges(java.util.function.@Nullable Predicate<Realised> which) {
			List<RealisedExchange> list = new ArrayList<>();
			this.exchanges.forEach((id, exchange) -> {
				if (which == null || which.test(exchange)) {
					list.add(new RealisedExchange(id, exchange.year(), CompanyKey.of(exchange.supplyCompanyKey()),
							exchange.supplyStreamKey(),
							exchange.supplyDirection() == null ? null
									: StreamDirection.fromKey(exchange.supplyDirection()),
							exchange.supplyEwc() == null ? null : new EwcCode(exchange.supplyEwc()),
							CompanyKey.of(exchange.demandCompanyKey()), exchange.demandStreamKey(),
							AnnualQuantity.of(exchange.quantity(), FlowUnit.fromSymbol(exchange.unit()))));
				}
			});
			return list;
		}

		private String nodeOf(@Nullable Long companyId) {
			Placement placement = companyId == null ? null : this.placed.get(companyId);
			return placement == null ? AccountPlacements.NATION : AccountPlacements.nodeOf(placement);
		}

		/** The lowest node that holds both: a park, a county or the nation. */
		private String commonAncestor(String a, String b) {
			List<String> up = new ArrayList<>();
			for (String node = a; node != null; node = this.parents.get(node)) {
				up.add(node);
			}
			for (String node = b; node != null; node = this.parents.get(node)) {
				if (up.contains(node)) {
					return node;
				}
			}
			return AccountPlacements.NATION;
		}

		private static FlowAmount amount(MaterialFlowCell cell, Disclosure.@Nullable Figure figure) {
			FlowUnit unit = cell.unit() == null ? FlowUnit.TONNES_PER_YEAR : cell.unit();
			if (figure == null || (figure.empty() && !figure.suppressed())) {
				return FlowAmount.none(unit);
			}
			if (figure.suppressed()) {
				return FlowAmount.suppressed(unit, figure.suppression().key());
			}
			return figure.total() == null ? FlowAmount.none(unit) : FlowAmount.of(figure.total(), unit);
		}

	}

}
