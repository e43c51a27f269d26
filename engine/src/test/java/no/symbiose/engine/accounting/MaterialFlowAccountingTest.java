package no.symbiose.engine.accounting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import no.symbiose.engine.accounting.MaterialFlowAccount.SankeyLink;
import no.symbiose.engine.accounting.MaterialFlowAccount.SankeyNode;
import no.symbiose.engine.registry.Availability;
import no.symbiose.engine.registry.CompanyKey;
import no.symbiose.engine.registry.Confidentiality;
import no.symbiose.engine.registry.EwcCode;
import no.symbiose.engine.registry.HeatMedium;
import no.symbiose.engine.registry.MaterialClass;
import no.symbiose.engine.registry.Stream;
import no.symbiose.engine.registry.StreamDirection;
import no.symbiose.engine.registry.TreatmentCode;
import no.symbiose.engine.units.AnnualQuantity;
import no.symbiose.engine.units.FlowUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The material-flow analysis on small cases whose arithmetic is written out beside each
 * assertion. A paper mill and a board plant; a receiver outside the scope.
 */
class MaterialFlowAccountingTest {

	private static final CompanyKey MILL = CompanyKey.of("test:papirfabrikk");

	private static final CompanyKey BOARD_PLANT = CompanyKey.of("test:plateverk");

	private static final CompanyKey OUTSIDE = CompanyKey.of("test:sementfabrikk");

	private static final double TOLERANCE = 1e-9;

	@Test
	void balancesAMillWhoseWastePartlyGoesToASymbiosis() {
		// 100 t in, 60 t product, 30 t waste: 20 t to R3, 10 t to D1 of which a synergy
		// takes 5 t to a cement works outside the scope
		List<Stream> streams = List.of(mass(MILL, "wood", StreamDirection.INPUT, null, 100, null),
				mass(MILL, "paper", StreamDirection.PRODUCT, null, 60, null),
				mass(MILL, "fibre-sludge", StreamDirection.WASTE, "030311", 20, "R3"),
				mass(MILL, "ash", StreamDirection.WASTE, "100101", 10, "D1"));
		List<RealisedExchange> exchanges = List.of(exchange("1", MILL, "ash", OUTSIDE, null, 5));

		MaterialFlowAccount account = MaterialFlowAccounting.of(2025, streams, exchanges, MILL::equals, null);

		MaterialFlowAccount.Balance balance = account.balance();
		assertThat(balance.inputs().value()).isCloseTo(100, within(TOLERANCE));
		assertThat(balance.products().value()).isCloseTo(60, within(TOLERANCE));
		assertThat(balance.waste().value()).isCloseTo(30, within(TOLERANCE));
		assertThat(balance.internalExchanges().isNone()).isTrue();
		// closing item = 100 − 60 − 30 = 10 t
		assertThat(balance.closingItem().value()).isCloseTo(10, within(TOLERANCE));
		// recovery 20 t (R3), symbiosis 5 t, disposal 10 − 5 = 5 t (D1)
		assertThat(account.treatments().recovery().value()).isCloseTo(20, within(TOLERANCE));
		assertThat(account.treatments().symbiosis().value()).isCloseTo(5, within(TOLERANCE));
		assertThat(account.treatments().disposal().value()).isCloseTo(5, within(TOLERANCE));
		// rate = (20 + 5) / (20 + 5 + 5) = 25 / 30
		assertThat(account.rate().rate()).isCloseTo(25.0 / 30, within(TOLERANCE));
		assertThat(account.rate().unknownFate().isNone()).isTrue();
	}

	@Test
	void takesAnInternalExchangeOffExternalInputsAndExternalWaste() {
		// mill: 100 t in, 60 t product, 40 t side stream all taken by the board plant;
		// board plant: reports the 40 t as an input, plus 10 t glue, and makes 45 t board
		List<Stream> streams = millAndBoardPlant(true);
		List<RealisedExchange> exchanges = List.of(exchange("1", MILL, "fibre", BOARD_PLANT, "fibre-in", 40));

		MaterialFlowAccount account = MaterialFlowAccounting.of(2025, streams, exchanges, bothCompanies(), null);

		MaterialFlowAccount.Balance balance = account.balance();
		// gross inputs 100 + 40 + 10 = 150, of which 40 t come from inside
		assertThat(balance.inputs().value()).isCloseTo(150, within(TOLERANCE));
		assertThat(balance.internalIntoInputs().value()).isCloseTo(40, within(TOLERANCE));
		assertThat(balance.externalInputs().value()).isCloseTo(110, within(TOLERANCE));
		// side streams 40 t, all exchanged inside: 0 t leave the scope
		assertThat(balance.sideStreams().value()).isCloseTo(40, within(TOLERANCE));
		assertThat(balance.internalExchanges().value()).isCloseTo(40, within(TOLERANCE));
		assertThat(balance.externalSideStreamsAndWaste().value()).isCloseTo(0, within(TOLERANCE));
		// closing item = 110 − (60 + 45) − 0 = 5 t
		assertThat(balance.closingItem().value()).isCloseTo(5, within(TOLERANCE));
		// rate = 40 / 40
		assertThat(account.rate().rate()).isCloseTo(1, within(TOLERANCE));
	}

	@Test
	void anExchangeWithACompanyOutsideTheScopeIsNotInternal() {
		List<Stream> streams = millAndBoardPlant(true);
		List<RealisedExchange> exchanges = List.of(exchange("1", MILL, "fibre", BOARD_PLANT, "fibre-in", 40));

		MaterialFlowAccount account = MaterialFlowAccounting.of(2025, streams, exchanges, MILL::equals, null);

		// the mill alone: 100 − 60 − 40 = 0; the 40 t leave the scope to a symbiosis
		assertThat(account.balance().internalExchanges().isNone()).isTrue();
		assertThat(account.balance().externalSideStreamsAndWaste().value()).isCloseTo(40, within(TOLERANCE));
		assertThat(account.balance().closingItem().value()).isCloseTo(0, within(TOLERANCE));
		assertThat(link(account, SankeyNode.SCOPE, SankeyNode.SYMBIOSIS_OUTSIDE).amount().value()).isCloseTo(40,
				within(TOLERANCE));
	}

	@Test
	void anExchangeTheReceiverDoesNotReportAsInputStillLeavesTheBalanceClosed() {
		// as before, but the board plant reports no fibre input: 10 t glue + 40 t
		// unreported → 45 t board
		List<Stream> streams = millAndBoardPlant(false);
		List<RealisedExchange> exchanges = List.of(exchange("1", MILL, "fibre", BOARD_PLANT, null, 40));

		MaterialFlowAccount account = MaterialFlowAccounting.of(2025, streams, exchanges, bothCompanies(), null);

		MaterialFlowAccount.Balance balance = account.balance();
		// inputs 100 + 10 = 110, none of them from inside
		assertThat(balance.externalInputs().value()).isCloseTo(110, within(TOLERANCE));
		assertThat(balance.internalNotDeclaredAsInputs().value()).isCloseTo(40, within(TOLERANCE));
		// closing item = 110 − 105 − (40 − 40) = 5 t, as when the input is reported
		assertThat(balance.closingItem().value()).isCloseTo(5, within(TOLERANCE));
	}

	@Test
	void theSankeyDiagramHasTheSameTotalOnBothSides() {
		List<Stream> streams = new ArrayList<>(millAndBoardPlant(true));
		streams.add(mass(BOARD_PLANT, "offcuts", StreamDirection.WASTE, "030105", 3, "R1"));
		streams.add(mass(BOARD_PLANT, "dust", StreamDirection.WASTE, "030105", 2, null));
		List<RealisedExchange> exchanges = List.of(exchange("1", MILL, "fibre", BOARD_PLANT, "fibre-in", 40));

		MaterialFlowAccount account = MaterialFlowAccounting.of(2025, streams, exchanges, bothCompanies(), null);

		// in: 110 external + 40 internal = 150; out: 105 products + 3 R1 + 2 unknown + 40
		// internal = 150, closing item 0
		double in = 0;
		double out = 0;
		for (SankeyLink link : account.sankey()) {
			if (link.target() == SankeyNode.SCOPE) {
				in += link.amount().value();
			}
			else {
				out += link.amount().value();
			}
		}
		assertThat(account.balance().closingItem().value()).isCloseTo(0, within(TOLERANCE));
		assertThat(in).isCloseTo(150, within(TOLERANCE));
		assertThat(out).isCloseTo(150, within(TOLERANCE));
	}

	@Test
	void aNegativeClosingItemFlowsInAsUnreportedSupply() {
		// products 60 t and nothing reported coming in: closing item 0 − 60 = −60 t
		List<Stream> streams = List.of(mass(MILL, "paper", StreamDirection.PRODUCT, null, 60, null),
				unquantified(MILL, "wood", StreamDirection.INPUT));

		MaterialFlowAccount account = MaterialFlowAccounting.of(2025, streams, List.of(), MILL::equals, null);

		assertThat(account.balance().closingItem().value()).isCloseTo(-60, within(TOLERANCE));
		assertThat(account.withoutQuantity()).containsEntry(StreamDirection.INPUT, 1);
		assertThat(link(account, SankeyNode.UNREPORTED_SUPPLY, SankeyNode.SCOPE).amount().value()).isCloseTo(60,
				within(TOLERANCE));
	}

	@Test
	void keepsVolumesAndHeatOutOfTheBalanceAndCountsStreamsWithoutQuantity() {
		// 100 t in, 80 t product: closing item 20 t, whatever the m3, Nm3 and MWh streams
		// say
		List<Stream> streams = List.of(mass(MILL, "wood", StreamDirection.INPUT, null, 100, null),
				mass(MILL, "paper", StreamDirection.PRODUCT, null, 80, null),
				volume(MILL, "process-water", StreamDirection.WASTE, 5_000, FlowUnit.CUBIC_METRES_PER_YEAR),
				volume(MILL, "biogas", StreamDirection.SIDE_STREAM, 700, FlowUnit.NORMAL_CUBIC_METRES_PER_YEAR),
				heat(MILL, "flue-gas", 12_000), unquantified(MILL, "bark", StreamDirection.SIDE_STREAM));

		MaterialFlowAccount account = MaterialFlowAccounting.of(2025, streams, List.of(), MILL::equals, null);

		assertThat(account.balance().closingItem().value()).isCloseTo(20, within(TOLERANCE));
		assertThat(account.balance().waste().isNone()).isTrue();
		assertThat(account.apart()).extracting(row -> row.unit(), row -> row.amount().value())
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(FlowUnit.CUBIC_METRES_PER_YEAR, 5_000.0),
					org.assertj.core.groups.Tuple.tuple(FlowUnit.NORMAL_CUBIC_METRES_PER_YEAR, 700.0),
					org.assertj.core.groups.Tuple.tuple(FlowUnit.MEGAWATT_HOURS_PER_YEAR, 12_000.0));
		assertThat(account.withoutQuantity()).containsEntry(StreamDirection.SIDE_STREAM, 1);
	}

	@Test
	void leavesTonnesOfUnknownTreatmentOutOfTheRateAndSaysHowMuchTheyAre() {
		// 30 t R5 + 20 t D5 known, 50 t with no treatment code
		List<Stream> streams = List.of(mass(MILL, "slag", StreamDirection.WASTE, "100202", 30, "R5"),
				mass(MILL, "dust", StreamDirection.WASTE, "100208", 20, "D5"),
				mass(MILL, "mixed", StreamDirection.WASTE, "200301", 50, null));

		MaterialFlowAccount account = MaterialFlowAccounting.of(2025, streams, List.of(), MILL::equals, null);

		// rate = 30 / (30 + 20) = 0.6; unknown share = 50 / (50 + 50) = 0.5
		assertThat(account.rate().rate()).isCloseTo(0.6, within(TOLERANCE));
		assertThat(account.rate().unknownFate().value()).isCloseTo(50, within(TOLERANCE));
		assertThat(account.rate().unknownShare()).isCloseTo(0.5, within(TOLERANCE));
	}

	@Test
	void givesTheRatesChangeAgainst2024InPointsAndRelatively() {
		// 2024: 40 t R3 of 100 t known → 0.4; 2025: 60 t R3 of 100 t → 0.6
		MaterialFlowAccount baseline = MaterialFlowAccounting.of(2024,
				List.of(mass(MILL, 2024, "sludge", StreamDirection.WASTE, "030311", 40, "R3"),
						mass(MILL, 2024, "ash", StreamDirection.WASTE, "100101", 60, "D1")),
				List.of(), MILL::equals, null);

		MaterialFlowAccount account = MaterialFlowAccounting.of(2025,
				List.of(mass(MILL, "sludge", StreamDirection.WASTE, "030311", 60, "R3"),
						mass(MILL, "ash", StreamDirection.WASTE, "100101", 40, "D1")),
				List.of(), MILL::equals, baseline);

		// 0.6 − 0.4 = 0.2 (twenty points); 0.6 / 0.4 − 1 = 0.5, the goal's +50 %
		assertThat(account.rate().baselineYear()).isEqualTo(MaterialFlowAccounting.BASELINE_YEAR);
		assertThat(account.rate().changePoints()).isCloseTo(0.2, within(TOLERANCE));
		assertThat(account.rate().relativeChange()).isCloseTo(MaterialFlowAccounting.TARGET_INCREASE,
				within(TOLERANCE));
	}

	@Test
	void aSynergyCannotTakeMoreThanItsStreamHas() {
		// 10 t reported, 15 t realised: 10 t to symbiosis, nothing left with D1
		List<Stream> streams = List.of(mass(MILL, "ash", StreamDirection.WASTE, "100101", 10, "D1"));
		List<RealisedExchange> exchanges = List.of(exchange("1", MILL, "ash", OUTSIDE, null, 15));

		MaterialFlowAccount account = MaterialFlowAccounting.of(2025, streams, exchanges, MILL::equals, null);

		assertThat(account.balance().waste().value()).isCloseTo(10, within(TOLERANCE));
		assertThat(account.treatments().symbiosis().value()).isCloseTo(10, within(TOLERANCE));
		assertThat(account.treatments().disposal().isNone()).isTrue();
	}

	@Test
	void countsASynergysTonnesWhenItsStreamHasNoQuantityOrIsNotReportedThatYear() {
		// "ash" has no quantity: the synergy's 7 t are what is known of it; "sawdust" is
		// not reported in 2025: the synergy's 3 t are a side stream of their own
		List<Stream> streams = List.of(unquantified(MILL, "ash", StreamDirection.WASTE));
		List<RealisedExchange> exchanges = List.of(exchange("1", MILL, "ash", OUTSIDE, null, 7),
				new RealisedExchange("2", 2025, MILL, "sawdust", StreamDirection.SIDE_STREAM, null, OUTSIDE, null,
						AnnualQuantity.tonnesPerYear(3)));

		MaterialFlowAccount account = MaterialFlowAccounting.of(2025, streams, exchanges, MILL::equals, null);

		assertThat(account.balance().waste().value()).isCloseTo(7, within(TOLERANCE));
		assertThat(account.balance().sideStreams().value()).isCloseTo(3, within(TOLERANCE));
		assertThat(account.withoutQuantity()).containsEntry(StreamDirection.WASTE, 1);
		// rate = (7 + 3) / (7 + 3) = 1
		assertThat(account.rate().rate()).isCloseTo(1, within(TOLERANCE));
	}

	@Test
	void groupsTonnesByEwcChapterWithStreamsWithoutACodeLast() {
		List<Stream> streams = List.of(mass(MILL, "wood", StreamDirection.INPUT, null, 100, null),
				mass(MILL, "slag", StreamDirection.WASTE, "100202", 30, "R5"),
				mass(MILL, "dust", StreamDirection.WASTE, "100208", 20, "D5"),
				mass(MILL, "sludge", StreamDirection.SIDE_STREAM, "030311", 5, null));

		MaterialFlowAccount account = MaterialFlowAccounting.of(2025, streams, List.of(), MILL::equals, null);

		assertThat(account.byChapter()).extracting(MaterialFlowAccount.ChapterRow::chapter)
			.containsExactly("03", "10", null);
		// chapter 10: 30 + 20 = 50 t waste
		assertThat(account.byChapter().get(1).waste().value()).isCloseTo(50, within(TOLERANCE));
		assertThat(account.byChapter().get(2).inputs().value()).isCloseTo(100, within(TOLERANCE));
		assertThat(account.byTreatment()).extracting(row -> row.fate().key()).containsExactly("R5", "D5", "unknown");
	}

	@Test
	void aHiddenCellHidesEveryTotalItIsInAndNothingElse() {
		// the mill's D1 cell is hidden: waste, disposal, the closing item and the rate
		// can no longer be shown; inputs, products and recovery can
		List<Stream> streams = List.of(mass(MILL, "wood", StreamDirection.INPUT, null, 100, null),
				mass(MILL, "paper", StreamDirection.PRODUCT, null, 60, null),
				mass(MILL, "fibre-sludge", StreamDirection.WASTE, "030311", 20, "R3"),
				mass(MILL, "ash", StreamDirection.WASTE, "100101", 10, "D1"));
		Map<MaterialFlowCell, FlowAmount> cells = new LinkedHashMap<>();
		for (MaterialFlowContribution contribution : MaterialFlowAccounting.contributions(2025, streams, List.of())) {
			boolean hidden = contribution.cell() instanceof MaterialFlowCell.Mass mass && mass.fate().isDisposal();
			cells.put(contribution.cell(), hidden ? FlowAmount.suppressed(FlowUnit.TONNES_PER_YEAR, "few-contributors")
					: FlowAmount.tonnes(contribution.amount()));
		}

		MaterialFlowAccount account = MaterialFlowAccounting.account(2025, cells, null);

		assertThat(account.balance().inputs().value()).isCloseTo(100, within(TOLERANCE));
		assertThat(account.treatments().recovery().value()).isCloseTo(20, within(TOLERANCE));
		assertThat(account.treatments().disposal().suppression()).isEqualTo("few-contributors");
		assertThat(account.balance().waste().suppression()).isEqualTo(FlowAmount.PARTS);
		assertThat(account.balance().closingItem().isSuppressed()).isTrue();
		assertThat(account.rate().rate()).isNull();
		assertThat(account.rate().suppression()).isEqualTo(FlowAmount.PARTS);
		assertThat(link(account, SankeyNode.SCOPE, SankeyNode.CLOSING_ITEM).amount().isSuppressed()).isTrue();
	}

	@Test
	void saysWhenNoStreamHasTonnes() {
		List<Stream> streams = List.of(unquantified(MILL, "wood", StreamDirection.INPUT),
				heat(MILL, "flue-gas", 12_000));

		MaterialFlowAccount account = MaterialFlowAccounting.of(2025, streams, List.of(), MILL::equals, null);

		assertThat(account.hasTonnes()).isFalse();
		assertThat(account.sankey()).isEmpty();
		assertThat(account.rate().rate()).isNull();
	}

	private static List<Stream> millAndBoardPlant(boolean boardPlantReportsFibre) {
		List<Stream> streams = new ArrayList<>(List.of(mass(MILL, "wood", StreamDirection.INPUT, null, 100, null),
				mass(MILL, "paper", StreamDirection.PRODUCT, null, 60, null),
				mass(MILL, "fibre", StreamDirection.SIDE_STREAM, "030310", 40, null),
				mass(BOARD_PLANT, "glue", StreamDirection.INPUT, null, 10, null),
				mass(BOARD_PLANT, "board", StreamDirection.PRODUCT, null, 45, null)));
		if (boardPlantReportsFibre) {
			streams.add(mass(BOARD_PLANT, "fibre-in", StreamDirection.INPUT, "030310", 40, null));
		}
		return streams;
	}

	private static java.util.function.Predicate<CompanyKey> bothCompanies() {
		return Set.of(MILL, BOARD_PLANT)::contains;
	}

	private static SankeyLink link(MaterialFlowAccount account, SankeyNode source, SankeyNode target) {
		return account.sankey()
			.stream()
			.filter(link -> link.source() == source && link.target() == target)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no band " + source + " → " + target));
	}

	private static RealisedExchange exchange(String id, CompanyKey supplier, String supplyKey, CompanyKey receiver,
			@Nullable String demandKey, double tonnes) {
		return new RealisedExchange(id, 2025, supplier, supplyKey, null, null, receiver, demandKey,
				AnnualQuantity.tonnesPerYear(tonnes));
	}

	private static Stream mass(CompanyKey company, String key, StreamDirection direction, @Nullable String ewc,
			double tonnes, @Nullable String treatment) {
		return mass(company, 2025, key, direction, ewc, tonnes, treatment);
	}

	private static Stream mass(CompanyKey company, int year, String key, StreamDirection direction,
			@Nullable String ewc, double tonnes, @Nullable String treatment) {
		return new Stream(company, year, key, direction, key, ewc == null ? null : EwcCode.parse(ewc),
				MaterialClass.OTHER, null, null, AnnualQuantity.tonnesPerYear(tonnes), Availability.CONTINUOUS,
				treatment == null ? null : TreatmentCode.of(treatment), null, Confidentiality.PRIVATE, null);
	}

	private static Stream volume(CompanyKey company, String key, StreamDirection direction, double amount,
			FlowUnit unit) {
		EwcCode ewc = direction == StreamDirection.WASTE ? EwcCode.parse("030399") : null;
		return new Stream(company, 2025, key, direction, key, ewc, MaterialClass.WATER, null, null,
				AnnualQuantity.of(amount, unit), Availability.CONTINUOUS, null, null, Confidentiality.PRIVATE, null);
	}

	private static Stream heat(CompanyKey company, String key, double megawattHours) {
		return new Stream(company, 2025, key, StreamDirection.EXCESS_HEAT, key, null, null, HeatMedium.FLUE_GAS, null,
				AnnualQuantity.megawattHoursPerYear(megawattHours), Availability.CONTINUOUS, null, null,
				Confidentiality.PRIVATE, null);
	}

	private static Stream unquantified(CompanyKey company, String key, StreamDirection direction) {
		return new Stream(company, 2025, key, direction, key,
				direction == StreamDirection.WASTE ? EwcCode.parse("100101") : null, MaterialClass.OTHER, null, null,
				null, Availability.CONTINUOUS, null, null, Confidentiality.PRIVATE, null);
	}

}
