package no.symbiose.engine.accounting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.registry.CompanyKey;
import no.symbiose.engine.registry.Stream;
import no.symbiose.engine.registry.StreamDirection;
import no.symbiose.engine.units.FlowUnit;

/**
 * The material-flow analysis (MFA) of a scope and year from the companies' streams and
 * the synergies realised that year. Conventions, stated once:
 * <ul>
 * <li><b>Tonnes only.</b> Only streams measured in t/yr enter the balance. Streams in
 * m3/yr or Nm3/yr are listed apart, not converted: no density is invented. Heat (MWh/yr)
 * belongs to the energy account and is listed apart too. A stream without a quantity is
 * counted, never taken as zero; its mass is in the closing item.</li>
 * <li><b>Fate of side streams and waste.</b> A realised synergy takes its tonnes from the
 * supplier's stream of the same key in the year, up to the stream's quantity (a stream
 * cannot give away more than it has; synergies in the order of their ids); those tonnes
 * go to {@link Fate#SYMBIOSIS}. The rest keeps the stream's treatment code (R1–R13
 * recovery, D1–D15 disposal) or is {@link Fate#UNKNOWN}. When the supplier reports no
 * such stream in the year, the synergy's tonnes are a side stream (or waste, if the
 * synergy's stream was waste) of the supplier on their own. Synergies measured in
 * anything but t/yr, and synergies that take an input or a product, are left out.</li>
 * <li><b>Internal exchanges.</b> A realised synergy between two companies of the scope is
 * internal: it replaces an external input and external waste. The scope's external inputs
 * are the inputs less the exchanged tonnes the receivers report as inputs (up to that
 * input's quantity); its external side streams and waste are those less every exchanged
 * tonne.</li>
 * <li><b>Mass balance.</b> closing item = external inputs − products − external side
 * streams and waste. The registry holds no stock changes and no emissions by mass, so the
 * closing item holds them, with every flow not reported; it is shown as it comes out,
 * negative too, and never forced to zero.</li>
 * <li><b>Reuse and recycling rate</b> (goal 5 of the parks, report 002): (side streams
 * and waste to recovery R1–R13 or to a realised symbiosis) ÷ (side streams and waste with
 * a known fate: R, D or realised symbiosis). Tonnes of unknown fate are outside the rate,
 * and reported beside it: the rate covers only the known part. Its change is taken
 * against {@value #BASELINE_YEAR}, the goal's baseline: +50 % towards about 85 %.</li>
 * </ul>
 * The account is built from cells ({@link MaterialFlowCell}) that a caller may disclose
 * one by one; every total is a sum of cells and hidden when any cell in it is.
 */
public final class MaterialFlowAccounting {

	/** Goal 5 of the parks (report 002): reuse and recycling up 50 % against 2024. */
	public static final int BASELINE_YEAR = 2024;

	/** Goal 5: the rise of the rate against {@value #BASELINE_YEAR} aimed for by 2030. */
	public static final double TARGET_INCREASE = 0.5;

	/** Goal 5: the reuse and recycling rate aimed for, "about 85 %". */
	public static final double TARGET_RATE = 0.85;

	private MaterialFlowAccounting() {
	}

	/**
	 * Every company's amounts, cell by cell, from the streams and realised exchanges of
	 * the year (others are ignored). An {@link MaterialFlowCell.Exchange} contribution
	 * names its receiver: it is internal only to a scope holding both companies.
	 */
	public static List<MaterialFlowContribution> contributions(int year, Collection<Stream> streams,
			Collection<RealisedExchange> exchanges) {
		Map<StreamId, Stream> byId = new HashMap<>();
		for (Stream stream : streams) {
			if (stream.year() == year) {
				byId.put(new StreamId(stream.company(), stream.key()), stream);
			}
		}
		Map<StreamId, List<RealisedExchange>> attached = new HashMap<>();
		List<RealisedExchange> unattached = new ArrayList<>();
		List<RealisedExchange> sorted = exchanges.stream()
			.filter(exchange -> exchange.year() == year)
			.filter(exchange -> exchange.quantity().unit() == FlowUnit.TONNES_PER_YEAR)
			.sorted(Comparator.comparing(RealisedExchange::id))
			.toList();
		for (RealisedExchange exchange : sorted) {
			Stream supply = exchange.supplyStreamKey() == null ? null
					: byId.get(new StreamId(exchange.supplier(), exchange.supplyStreamKey()));
			if (supply == null) {
				if (exchange.supplyDirection() == null || isOutgoing(exchange.supplyDirection())) {
					unattached.add(exchange);
				}
			}
			else if (isOutgoing(supply.direction())) {
				attached.computeIfAbsent(new StreamId(supply.company(), supply.key()), id -> new ArrayList<>())
					.add(exchange);
			}
		}
		Builder builder = new Builder(byId);
		for (Stream stream : byId.values().stream().sorted(STREAM_ORDER).toList()) {
			builder.stream(stream, attached.getOrDefault(new StreamId(stream.company(), stream.key()), List.of()));
		}
		for (RealisedExchange exchange : unattached) {
			StreamDirection direction = exchange.supplyDirection() == StreamDirection.WASTE ? StreamDirection.WASTE
					: StreamDirection.SIDE_STREAM;
			String chapter = exchange.supplyEwc() == null ? null : exchange.supplyEwc().chapter();
			builder.exchanged(exchange, direction, chapter, exchange.quantity().amount(), null);
		}
		return builder.contributions;
	}

	/**
	 * The account of a scope from its cells.
	 * @param cells the amount of every cell that has data, as it may be shown; a missing
	 * cell has none. {@link MaterialFlowCell.Unquantified} cells count streams.
	 * @param baseline the same scope's account of {@link #BASELINE_YEAR}, for the change
	 * of the rate; {@code null} when not wanted
	 */
	public static MaterialFlowAccount account(int year, Map<MaterialFlowCell, FlowAmount> cells,
			@Nullable MaterialFlowAccount baseline) {
		Map<MaterialFlowCell.Mass, FlowAmount> mass = new LinkedHashMap<>();
		Map<MaterialFlowCell.Exchange, FlowAmount> exchanged = new LinkedHashMap<>();
		List<MaterialFlowAccount.ApartRow> apart = new ArrayList<>();
		Map<StreamDirection, Integer> withoutQuantity = new EnumMap<>(StreamDirection.class);
		cells.forEach((cell, amount) -> {
			if (cell instanceof MaterialFlowCell.Mass m) {
				mass.put(m, amount);
			}
			else if (cell instanceof MaterialFlowCell.Exchange e) {
				exchanged.put(e, amount);
			}
			else if (cell instanceof MaterialFlowCell.Apart a) {
				apart.add(new MaterialFlowAccount.ApartRow(a.direction(), a.unit(), amount));
			}
			else if (cell instanceof MaterialFlowCell.Unquantified u && amount.isShown() && amount.value() > 0) {
				withoutQuantity.merge(u.direction(), (int) Math.round(amount.value()), Integer::sum);
			}
		});
		apart.sort(Comparator.comparing((MaterialFlowAccount.ApartRow row) -> row.direction())
			.thenComparing(MaterialFlowAccount.ApartRow::unit));

		FlowAmount inputs = massSum(mass, cell -> cell.direction() == StreamDirection.INPUT);
		FlowAmount products = massSum(mass, cell -> cell.direction() == StreamDirection.PRODUCT);
		FlowAmount sideStreams = massSum(mass, cell -> cell.direction() == StreamDirection.SIDE_STREAM);
		FlowAmount waste = massSum(mass, cell -> cell.direction() == StreamDirection.WASTE);
		FlowAmount internalIntoInputs = sum(exchanged, MaterialFlowCell.Exchange::intoDeclaredInput);
		FlowAmount internal = sum(exchanged, cell -> true);
		FlowAmount externalInputs = inputs.minus(internalIntoInputs);
		FlowAmount externalOutgoing = sideStreams.plus(waste).minus(internal);
		FlowAmount closing = externalInputs.minus(products).minus(externalOutgoing);
		MaterialFlowAccount.Balance balance = new MaterialFlowAccount.Balance(inputs, internalIntoInputs,
				externalInputs, products, sideStreams, waste, internal, externalOutgoing, closing);

		List<MaterialFlowAccount.ChapterRow> chapters = new ArrayList<>();
		TreeSet<String> chapterKeys = new TreeSet<>();
		boolean withoutChapter = false;
		for (MaterialFlowCell.Mass cell : mass.keySet()) {
			if (cell.ewcChapter() == null) {
				withoutChapter = true;
			}
			else {
				chapterKeys.add(cell.ewcChapter());
			}
		}
		List<@Nullable String> chapterOrder = new ArrayList<>(chapterKeys);
		if (withoutChapter) {
			chapterOrder.add(null);
		}
		for (String chapter : chapterOrder) {
			Predicate<MaterialFlowCell.Mass> inChapter = cell -> java.util.Objects.equals(cell.ewcChapter(), chapter);
			chapters.add(new MaterialFlowAccount.ChapterRow(chapter,
					massSum(mass, inChapter.and(cell -> cell.direction() == StreamDirection.INPUT)),
					massSum(mass, inChapter.and(cell -> cell.direction() == StreamDirection.PRODUCT)),
					massSum(mass, inChapter.and(cell -> cell.direction() == StreamDirection.SIDE_STREAM)),
					massSum(mass, inChapter.and(cell -> cell.direction() == StreamDirection.WASTE))));
		}

		TreeMap<Fate, Boolean> fates = new TreeMap<>(Comparator.comparingInt(Fate::order).thenComparing(Fate::key));
		for (MaterialFlowCell.Mass cell : mass.keySet()) {
			if (cell.fate().kind() != Fate.Kind.NOT_WASTE) {
				fates.put(cell.fate(), true);
			}
		}
		List<MaterialFlowAccount.TreatmentRow> treatments = new ArrayList<>();
		for (Fate fate : fates.keySet()) {
			Predicate<MaterialFlowCell.Mass> withFate = cell -> cell.fate().equals(fate);
			treatments.add(new MaterialFlowAccount.TreatmentRow(fate,
					massSum(mass, withFate.and(cell -> cell.direction() == StreamDirection.SIDE_STREAM)),
					massSum(mass, withFate.and(cell -> cell.direction() == StreamDirection.WASTE)),
					massSum(mass, withFate)));
		}
		FlowAmount recovery = massSum(mass, cell -> cell.fate().isRecovery());
		FlowAmount symbiosis = massSum(mass, cell -> cell.fate().kind() == Fate.Kind.SYMBIOSIS);
		FlowAmount disposal = massSum(mass, cell -> cell.fate().isDisposal());
		FlowAmount unknown = massSum(mass, cell -> cell.fate().kind() == Fate.Kind.UNKNOWN);
		MaterialFlowAccount.Treatments totals = new MaterialFlowAccount.Treatments(recovery, symbiosis, disposal,
				unknown);

		FlowAmount recovered = recovery.plus(symbiosis);
		FlowAmount known = recovered.plus(disposal);
		Double rate = rate(recovered, known);
		Double baselineRate = baseline == null ? null : baseline.rate().rate();
		Double points = rate == null || baselineRate == null ? null : rate - baselineRate;
		Double relative = rate == null || baselineRate == null || baselineRate == 0 ? null : rate / baselineRate - 1;
		MaterialFlowAccount.RecyclingRate recyclingRate = new MaterialFlowAccount.RecyclingRate(recovered, known,
				unknown, rate, baseline == null ? null : baseline.year(), baselineRate, points, relative);

		return new MaterialFlowAccount(year, balance, chapters, treatments, totals, recyclingRate, apart,
				withoutQuantity);
	}

	/**
	 * The account of the companies {@code inScope} without disclosure control: every cell
	 * shown. An exchange is internal when both its companies are in scope.
	 */
	public static MaterialFlowAccount of(int year, Collection<Stream> streams, Collection<RealisedExchange> exchanges,
			Predicate<CompanyKey> inScope, @Nullable MaterialFlowAccount baseline) {
		Map<MaterialFlowCell, Double> sums = new LinkedHashMap<>();
		for (MaterialFlowContribution contribution : contributions(year, streams, exchanges)) {
			boolean counts = inScope.test(contribution.company())
					&& (contribution.receiver() == null || inScope.test(contribution.receiver()));
			if (counts) {
				sums.merge(contribution.cell(), contribution.amount(), Double::sum);
			}
		}
		Map<MaterialFlowCell, FlowAmount> cells = new LinkedHashMap<>();
		sums.forEach((cell, sum) -> cells.put(cell,
				FlowAmount.of(sum, cell.unit() == null ? FlowUnit.TONNES_PER_YEAR : cell.unit())));
		return account(year, cells, baseline);
	}

	/** Recovered ÷ known, when both are shown and something has a known fate. */
	private static @Nullable Double rate(FlowAmount recovered, FlowAmount known) {
		if (!known.isShown() || known.value() <= 0 || recovered.isSuppressed()) {
			return null;
		}
		return recovered.orZero() / known.value();
	}

	private static FlowAmount massSum(Map<MaterialFlowCell.Mass, FlowAmount> cells,
			Predicate<MaterialFlowCell.Mass> which) {
		return sum(cells, which);
	}

	private static <C extends MaterialFlowCell> FlowAmount sum(Map<C, FlowAmount> cells, Predicate<C> which) {
		List<FlowAmount> parts = new ArrayList<>();
		cells.forEach((cell, amount) -> {
			if (which.test(cell)) {
				parts.add(amount);
			}
		});
		return FlowAmount.sum(FlowUnit.TONNES_PER_YEAR, parts);
	}

	static boolean isOutgoing(StreamDirection direction) {
		return direction == StreamDirection.SIDE_STREAM || direction == StreamDirection.WASTE;
	}

	private static final Comparator<Stream> STREAM_ORDER = Comparator.comparing((Stream s) -> s.company().value())
		.thenComparing(Stream::key);

	private record StreamId(CompanyKey company, String key) {
	}

	/**
	 * Collects the contributions; keeps how much of each reported input is left to
	 * exchanges.
	 */
	private static final class Builder {

		private final Map<StreamId, Stream> streams;

		private final Map<StreamId, Double> inputLeft = new HashMap<>();

		private final List<MaterialFlowContribution> contributions = new ArrayList<>();

		Builder(Map<StreamId, Stream> streams) {
			this.streams = streams;
		}

		void stream(Stream stream, List<RealisedExchange> exchanges) {
			StreamDirection direction = stream.direction();
			String chapter = stream.ewc() == null ? null : stream.ewc().chapter();
			if (stream.quantity() == null) {
				add(stream.company(), new MaterialFlowCell.Unquantified(direction), 1, stream.key(), null, null);
				exchanges.forEach(e -> exchanged(e, direction, chapter, e.quantity().amount(), stream.key()));
				return;
			}
			FlowUnit unit = stream.quantity().unit();
			double quantity = stream.quantity().amount();
			if (stream.isHeat() || unit != FlowUnit.TONNES_PER_YEAR) {
				add(stream.company(), new MaterialFlowCell.Apart(direction, unit), quantity, stream.key(), null, null);
				// the tonnes a synergy measured are mass even when the stream is reported
				// in m3
				exchanges.forEach(e -> exchanged(e, direction, chapter, e.quantity().amount(), stream.key()));
				return;
			}
			if (!isOutgoing(direction)) {
				add(stream.company(), new MaterialFlowCell.Mass(direction, chapter, Fate.NOT_WASTE), quantity,
						stream.key(), null, null);
				return;
			}
			double left = quantity;
			for (RealisedExchange exchange : exchanges) {
				double taken = Math.min(exchange.quantity().amount(), left);
				left -= taken;
				exchanged(exchange, direction, chapter, taken, stream.key());
			}
			if (left > 0 || exchanges.isEmpty()) {
				Fate fate = stream.treatment() == null ? Fate.UNKNOWN : Fate.treated(stream.treatment());
				add(stream.company(), new MaterialFlowCell.Mass(direction, chapter, fate), left, stream.key(), null,
						null);
			}
		}

		/**
		 * The tonnes a synergy took: the supplier's side stream or waste to symbiosis,
		 * and the exchange, split by whether the receiver reports them as an input.
		 */
		void exchanged(RealisedExchange exchange, StreamDirection direction, @Nullable String chapter, double tonnes,
				@Nullable String streamKey) {
			if (tonnes <= 0) {
				return;
			}
			CompanyKey supplier = exchange.supplier();
			add(supplier, new MaterialFlowCell.Mass(direction, chapter, Fate.SYMBIOSIS), tonnes, streamKey,
					exchange.id(), null);
			double intoInput = 0;
			if (exchange.demandStreamKey() != null) {
				StreamId demand = new StreamId(exchange.receiver(), exchange.demandStreamKey());
				Stream input = this.streams.get(demand);
				if (input != null && input.direction() == StreamDirection.INPUT && input.quantity() != null
						&& input.quantity().unit() == FlowUnit.TONNES_PER_YEAR) {
					double left = this.inputLeft.computeIfAbsent(demand, id -> input.quantity().amount());
					intoInput = Math.min(tonnes, left);
					this.inputLeft.put(demand, left - intoInput);
				}
			}
			if (intoInput > 0) {
				add(supplier, new MaterialFlowCell.Exchange(direction, true), intoInput, streamKey, exchange.id(),
						exchange.receiver());
			}
			if (tonnes - intoInput > 0) {
				add(supplier, new MaterialFlowCell.Exchange(direction, false), tonnes - intoInput, streamKey,
						exchange.id(), exchange.receiver());
			}
		}

		private void add(CompanyKey company, MaterialFlowCell cell, double amount, @Nullable String streamKey,
				@Nullable String exchangeId, @Nullable CompanyKey receiver) {
			this.contributions
				.add(new MaterialFlowContribution(company, cell, amount, streamKey, exchangeId, receiver));
		}

	}

}
