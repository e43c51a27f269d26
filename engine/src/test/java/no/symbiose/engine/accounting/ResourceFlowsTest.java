package no.symbiose.engine.accounting;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import no.symbiose.engine.accounting.ResourceFlows.Flow;
import no.symbiose.engine.accounting.ResourceFlows.Gap;
import no.symbiose.engine.accounting.ResourceFlows.WasteRoute;
import no.symbiose.engine.registry.EwcCode;
import no.symbiose.engine.registry.StreamDirection;
import no.symbiose.engine.registry.TreatmentCode;
import no.symbiose.engine.units.AnnualQuantity;
import no.symbiose.engine.units.FlowUnit;
import no.symbiose.engine.units.Tonnes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Hazard as in the List of Waste: 10 01 02 coal fly ash is not hazardous, 10 01 04* oil
 * fly ash and boiler dust is.
 */
class ResourceFlowsTest {

	private static final EwcCode FLY_ASH = EwcCode.parse("10 01 02");

	private static final EwcCode OIL_FLY_ASH = EwcCode.parse("10 01 04*");

	private static final Map<EwcCode, Boolean> HAZARDOUS = Map.of(FLY_ASH, false, OIL_FLY_ASH, true);

	@Test
	void splitsWasteByHazardAndByRecoveryAndDisposal() {
		// fly ash 1 000 t R5 (recycling) + 200 t D1 (landfill); oil fly ash 50 t D10
		// (incineration): total 1 250, hazardous 50, diverted 1 000, disposal 250,
		// not recycled 1 250 − 1 000 = 250
		ResourceFlows flows = ResourceFlows.of(
				List.of(waste(FLY_ASH, 1000.0, "R5"), waste(FLY_ASH, 200.0, "D1"), waste(OIL_FLY_ASH, 50.0, "D10")),
				HAZARDOUS::get);

		ResourceFlows.Waste waste = flows.waste();
		assertThat(waste.total()).isEqualTo(Tonnes.of(1250));
		assertThat(waste.hazardous()).isEqualTo(Tonnes.of(50));
		assertThat(waste.nonHazardous()).isEqualTo(Tonnes.of(1200));
		assertThat(waste.diverted(waste.byRoute())).isEqualTo(Tonnes.of(1000));
		assertThat(waste.directedToDisposal(waste.byRoute())).isEqualTo(Tonnes.of(250));
		assertThat(waste.hazardousByRoute().get(WasteRoute.INCINERATION)).isEqualTo(Tonnes.of(50));
		assertThat(waste.nonHazardousByRoute().get(WasteRoute.LANDFILL)).isEqualTo(Tonnes.of(200));
		assertThat(waste.nonRecycled().value()).isCloseTo(250, within(1e-9));
	}

	@Test
	void mapsTreatmentCodesToTheRoutesOfEsrsE5() {
		assertThat(WasteRoute.of(TreatmentCode.of("R1"))).isEqualTo(WasteRoute.OTHER_RECOVERY);
		assertThat(WasteRoute.of(TreatmentCode.of("R4"))).isEqualTo(WasteRoute.RECYCLING);
		assertThat(WasteRoute.of(TreatmentCode.of("R13"))).isEqualTo(WasteRoute.OTHER_RECOVERY);
		assertThat(WasteRoute.of(TreatmentCode.of("D5"))).isEqualTo(WasteRoute.LANDFILL);
		assertThat(WasteRoute.of(TreatmentCode.of("D10"))).isEqualTo(WasteRoute.INCINERATION);
		assertThat(WasteRoute.of(TreatmentCode.of("D9"))).isEqualTo(WasteRoute.OTHER_DISPOSAL);
	}

	@Test
	void leavesTheRouteSplitUnknownWhenAWasteStreamHasNoTreatment() {
		ResourceFlows flows = ResourceFlows.of(List.of(waste(FLY_ASH, 1000.0, "R5"), waste(FLY_ASH, 200.0, null)),
				HAZARDOUS::get);

		assertThat(flows.waste().total()).isEqualTo(Tonnes.of(1200));
		assertThat(flows.waste().hazardous()).isEqualTo(Tonnes.ZERO);
		assertThat(flows.waste().byRoute()).isNull();
		assertThat(flows.waste().gaps()).containsExactly(Gap.TREATMENT_UNKNOWN);
	}

	@Test
	void leavesWasteUnknownWhenAStreamHasNoQuantityOrNoneIsDeclared() {
		ResourceFlows unknown = ResourceFlows.of(List.of(waste(FLY_ASH, null, "R5")), HAZARDOUS::get);
		ResourceFlows none = ResourceFlows.of(List.of(), HAZARDOUS::get);

		assertThat(unknown.waste().total()).isNull();
		assertThat(unknown.waste().gaps()).contains(Gap.QUANTITY_UNKNOWN);
		assertThat(none.waste().total()).isNull();
		assertThat(none.waste().gaps()).containsExactly(Gap.NONE_DECLARED);
	}

	@Test
	void addsMaterialInputsInTonnesAndLeavesHeatOut() {
		// 300 t limestone + 200 t scrap = 500 t; 20 000 MWh heat is energy, not material
		ResourceFlows flows = ResourceFlows.of(List.of(input("Kalkstein", false, AnnualQuantity.tonnesPerYear(300)),
				input("Skrap", false, AnnualQuantity.tonnesPerYear(200)),
				input("Varme", true, AnnualQuantity.megawattHoursPerYear(20_000))), HAZARDOUS::get);

		assertThat(flows.inflows()).isEqualTo(Tonnes.of(500));
		assertThat(flows.inflowGaps()).isEmpty();
	}

	@Test
	void leavesInputsUnknownWhenOneIsAVolume() {
		ResourceFlows flows = ResourceFlows.of(List.of(input("Kalkstein", false, AnnualQuantity.tonnesPerYear(300)),
				input("Vann", false, AnnualQuantity.of(5000, FlowUnit.CUBIC_METRES_PER_YEAR))), HAZARDOUS::get);

		assertThat(flows.inflows()).isNull();
		assertThat(flows.inflowGaps()).containsExactly(Gap.NOT_IN_TONNES);
	}

	@Test
	void leavesTotalsUnknownWhenAStreamIsWithheldFromTheViewer() {
		ResourceFlows flows = ResourceFlows
			.of(List.of(waste(FLY_ASH, 1000.0, "R5"), Flow.withheld(StreamDirection.WASTE),
					input("Kalkstein", false, AnnualQuantity.tonnesPerYear(300)), Flow.withheld(StreamDirection.INPUT)),
					HAZARDOUS::get);

		assertThat(flows.waste().total()).isNull();
		assertThat(flows.waste().gaps()).contains(Gap.WITHHELD);
		assertThat(flows.inflows()).isNull();
		assertThat(flows.inflowGaps()).containsExactly(Gap.WITHHELD);
	}

	private static Flow waste(EwcCode code, @Nullable Double tonnes, @Nullable String treatment) {
		return new Flow(StreamDirection.WASTE, "Flygeaske", false,
				tonnes == null ? null : AnnualQuantity.tonnesPerYear(tonnes), code,
				treatment == null ? null : TreatmentCode.of(treatment));
	}

	private static Flow input(String name, boolean heat, AnnualQuantity quantity) {
		return new Flow(StreamDirection.INPUT, name, heat, quantity, null, null);
	}

}
