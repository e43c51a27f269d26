package no.symbiose.engine.accounting;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.symbiose.engine.accounting.ClimateAccount.TransportGap;
import no.symbiose.engine.accounting.ClimateAccount.TransportLine;
import no.symbiose.engine.accounting.ClimateAccount.UpstreamTransportAccount;
import no.symbiose.engine.accounting.UpstreamTransport.Shipment;
import no.symbiose.engine.registry.GeoPoint;
import no.symbiose.engine.registry.MaterialClass;
import no.symbiose.engine.symbiosis.KnowledgeBase;
import no.symbiose.engine.units.AnnualQuantity;
import no.symbiose.engine.units.FlowUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Factors as in the engine's factors.csv: truck 0.12366 kg CO2e/tkm (Defra 2012), road
 * detour 1.3, oxygen 0.00142759 t/Nm3.
 */
class UpstreamTransportTest {

	private static final UpstreamTransport TRANSPORT = new UpstreamTransport(KnowledgeBase.builtIn().factors());

	/** One degree of latitude apart on 10° E: about 111.4 km of meridian at 59.5° N. */
	private static final GeoPoint SMELTER = GeoPoint.of(59.0, 10.0);

	private static final GeoPoint GREENHOUSE = GeoPoint.of(60.0, 10.0);

	@Test
	void usesTheTruckFactorAndTheRoadDetourOfTheKnowledgeBase() {
		assertThat(TRANSPORT.truck().value()).isEqualTo(0.12366);
		assertThat(TRANSPORT.truck().unit()).isEqualTo("kg CO2e/tkm");
		assertThat(TRANSPORT.detour().value()).isEqualTo(1.3);
	}

	@Test
	void booksTonnesTimesRoadKilometresTimesTheTruckFactor() {
		// 1 000 t × (111.4 km × 1.3 = 144.8 km) × 0.12366 kg/tkm = 17 909 kg ≈ 17.9 t
		UpstreamTransportAccount account = TRANSPORT.account(List.of(slag(1000, SMELTER, GREENHOUSE)));

		TransportLine line = account.lines().get(0);
		double km = SMELTER.distanceKmTo(GREENHOUSE);
		assertThat(km).isCloseTo(111.4, within(0.1));
		assertThat(line.roadKm()).isCloseTo(km * 1.3, within(1e-9));
		assertThat(line.tonneKm()).isCloseTo(1000 * km * 1.3, within(1e-6));
		assertThat(line.emissions().value()).isCloseTo(1000 * km * 1.3 * 0.12366 / 1000, within(1e-9));
		assertThat(account.total().value()).isCloseTo(17.9, within(0.05));
	}

	@Test
	void givesHeatThroughPipesNoLine() {
		Shipment heat = new Shipment("synergy 2", AnnualQuantity.megawattHoursPerYear(18_500), null, true, SMELTER,
				GREENHOUSE);

		UpstreamTransportAccount account = TRANSPORT.account(List.of(heat));

		assertThat(account.lines()).isEmpty();
		assertThat(account.total().value()).isZero();
	}

	@Test
	void leavesALineWithoutALocationUnknownAndTheTotalWithIt() {
		UpstreamTransportAccount account = TRANSPORT
			.account(List.of(slag(1000, SMELTER, GREENHOUSE), slag(500, null, GREENHOUSE)));

		assertThat(account.lines()).hasSize(2);
		assertThat(account.lines().get(0).emissions()).isNotNull();
		assertThat(account.lines().get(1).emissions()).isNull();
		assertThat(account.lines().get(1).gap()).isEqualTo(TransportGap.LOCATION_UNKNOWN);
		assertThat(account.unknown()).hasSize(1);
		assertThat(account.total()).isNull();
	}

	@Test
	void turnsAGasVolumeIntoTonnesThroughItsDensity() {
		// 1 000 000 Nm3 × 0.00142759 t/Nm3 = 1 427.59 t
		Shipment oxygen = new Shipment("synergy 3", AnnualQuantity.of(1_000_000, FlowUnit.NORMAL_CUBIC_METRES_PER_YEAR),
				MaterialClass.OXYGEN, false, SMELTER, GREENHOUSE);

		TransportLine line = TRANSPORT.account(List.of(oxygen)).lines().get(0);

		assertThat(line.tonnes().value()).isCloseTo(1427.59, within(1e-6));
		assertThat(line.density().key()).isEqualTo("density.oxygen");
	}

	@Test
	void leavesAVolumeWithoutADensityUnknown() {
		Shipment slagInCubicMetres = new Shipment("synergy 4", AnnualQuantity.of(100, FlowUnit.CUBIC_METRES_PER_YEAR),
				MaterialClass.SLAG, false, SMELTER, GREENHOUSE);

		TransportLine line = TRANSPORT.account(List.of(slagInCubicMetres)).lines().get(0);

		assertThat(line.gap()).isEqualTo(TransportGap.NO_DENSITY);
		assertThat(line.emissions()).isNull();
	}

	@Test
	void leavesEnergyThatIsNotHeatUnknown() {
		Shipment biogas = new Shipment("synergy 5", AnnualQuantity.megawattHoursPerYear(300), MaterialClass.BIOFUELS,
				false, SMELTER, GREENHOUSE);

		TransportLine line = TRANSPORT.account(List.of(biogas)).lines().get(0);

		assertThat(line.gap()).isEqualTo(TransportGap.NOT_MASS);
		assertThat(line.tonnes()).isNull();
	}

	private static Shipment slag(double tonnes, GeoPoint from, GeoPoint to) {
		return new Shipment("synergy 1", AnnualQuantity.tonnesPerYear(tonnes), MaterialClass.SLAG, false, from, to);
	}

}
