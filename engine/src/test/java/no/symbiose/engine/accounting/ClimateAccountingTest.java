package no.symbiose.engine.accounting;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import no.symbiose.engine.registry.CompanyKey;
import no.symbiose.engine.registry.Confidentiality;
import no.symbiose.engine.registry.EnergyCarrier;
import no.symbiose.engine.registry.GeoPoint;
import no.symbiose.engine.registry.YearlyFacts;
import no.symbiose.engine.symbiosis.KnowledgeBase;
import no.symbiose.engine.units.AnnualQuantity;
import no.symbiose.engine.units.MegawattHours;
import no.symbiose.engine.units.TonnesCo2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Factors as in app/src/main/resources/referencedata/emission_factors.csv: IPCC 2006
 * natural gas 0.20196 and gas/diesel oil 0.26676 kg CO2/kWh; NVE location-based 15 g
 * CO2e/kWh (2023); residual mix 402 g CO2e/kWh (2020).
 */
class ClimateAccountingTest {

	private static final CompanyKey SMELTER = CompanyKey.of("test:smelteverk");

	private static final UpstreamTransport TRANSPORT = new UpstreamTransport(KnowledgeBase.builtIn().factors());

	private static final ClimateFactors FACTORS = new ClimateFactors(
			Map.of(EnergyCarrier.NATURAL_GAS, new EmissionFactor("natural_gas", 201.96, "IPCC 2006", "2006"),
					EnergyCarrier.OIL_PRODUCTS, new EmissionFactor("gas_diesel_oil", 266.76, "IPCC 2006", "2006")),
			new EmissionFactor("grid_average_physical_delivery", 15, "NVE", "2023"),
			new EmissionFactor("residual_mix_supplier_disclosure", 402, "NVE/RE-DISS", "2020"), null);

	@Test
	void calculatesScope1FromFuelWhenNoneIsReportedAndKeepsBiomassApart() {
		// 1 000 MWh gas × 201.96 kg = 201.96 t; 100 MWh oil × 266.76 kg = 26.676 t
		YearlyFacts facts = facts(2024, Map.of(EnergyCarrier.NATURAL_GAS, 1000.0, EnergyCarrier.OIL_PRODUCTS, 100.0,
				EnergyCarrier.BIOMASS, 500.0), null, null);

		ClimateAccount account = account(facts, null);

		assertThat(account.scope1().method()).isEqualTo(ClimateAccount.Method.CALCULATED_FROM_FUEL);
		assertThat(account.scope1().total().value()).isCloseTo(201.96 + 26.676, within(1e-9));
		assertThat(account.scope1().lines()).hasSize(2);
		assertThat(account.scope1().biogenic()).isEqualTo(MegawattHours.of(500));
	}

	@Test
	void takesReportedEmissionsAsTheyAreAndStillShowsTheFuel() {
		YearlyFacts facts = facts(2024, Map.of(EnergyCarrier.NATURAL_GAS, 1000.0), null, 956_800.0);

		ClimateAccount account = account(facts, null);

		assertThat(account.scope1().method()).isEqualTo(ClimateAccount.Method.REPORTED);
		assertThat(account.scope1().total()).isEqualTo(TonnesCo2e.of(956_800));
		assertThat(account.scope1().lines()).hasSize(1);
	}

	@Test
	void leavesScope1UnknownWhenAFuelHasNoFactor() {
		YearlyFacts facts = facts(2024, Map.of(EnergyCarrier.NATURAL_GAS, 1000.0, EnergyCarrier.COAL_AND_COKE, 10.0),
				null, null);

		ClimateAccount account = account(facts, null);

		assertThat(account.scope1().method()).isEqualTo(ClimateAccount.Method.UNKNOWN);
		assertThat(account.scope1().total()).isNull();
		assertThat(account.scope1().withoutFactor()).containsExactly(EnergyCarrier.COAL_AND_COKE);
	}

	@Test
	void countsBoughtElectricityLocationAndMarketBased() {
		// 10 000 MWh used, 2 000 self-produced: 8 000 bought × 15 kg = 120 t; × 402 kg =
		// 3 216 t
		YearlyFacts facts = facts(2024, Map.of(EnergyCarrier.ELECTRICITY, 10_000.0), 2000.0, null);

		ClimateAccount account = account(facts, null);

		assertThat(account.scope2().locationBased().value()).isCloseTo(120, within(1e-9));
		assertThat(account.scope2().marketBased().value()).isCloseTo(3216, within(1e-9));
	}

	@Test
	void leavesScope2UnknownWhenDistrictHeatHasNoFactor() {
		YearlyFacts facts = facts(2024, Map.of(EnergyCarrier.DISTRICT_HEAT, 100.0), null, null);

		ClimateAccount account = account(facts, null);

		assertThat(account.scope2().locationBased()).isNull();
		assertThat(account.scope2().marketBased()).isNull();
	}

	@Test
	void givesTheChangeAgainstTheBaselineYear() {
		// 2023: reported 1 000 t + 1 000 MWh × 15 kg = 1 015 t; 2024: 750 t + 15 t = 765
		// t
		ClimateAccount baseline = account(facts(2023, Map.of(EnergyCarrier.ELECTRICITY, 1000.0), null, 1000.0), null);
		ClimateAccount now = account(facts(2024, Map.of(EnergyCarrier.ELECTRICITY, 1000.0), null, 750.0), baseline);

		assertThat(now.baselineYear()).isEqualTo(2023);
		assertThat(now.changeAgainstBaseline()).isCloseTo((765.0 - 1015.0) / 1015.0, within(1e-12));
	}

	@Test
	void leavesScope2LocationBasedUnknownWhenTheYearHasNoGridFactor() {
		ClimateFactors withoutGrid = new ClimateFactors(FACTORS.combustion(), null, FACTORS.gridMarketBased(), null);
		YearlyFacts facts = facts(2014, Map.of(EnergyCarrier.ELECTRICITY, 10_000.0), null, null);

		ClimateAccount account = ClimateAccounting.of(facts, withoutGrid, TRANSPORT.account(List.of()), null);

		assertThat(account.scope2().locationBased()).isNull();
		assertThat(account.scope2().location()).isEmpty();
		assertThat(account.scope2().marketBased().value()).isCloseTo(10_000 * 402 / 1000.0, within(1e-9));
	}

	@Test
	void addsUpstreamTransportToTheTotalsButNotToTheBaselineComparison() {
		// 100 t over a zero distance: 0 t CO2e, a known line. Scope 1 reported 1 000 t,
		// 1 000 MWh × 15 kg = 15 t location-based, × 402 kg = 402 t market-based.
		YearlyFacts facts = facts(2024, Map.of(EnergyCarrier.ELECTRICITY, 1000.0), null, 1000.0);
		GeoPoint here = GeoPoint.of(59.12, 9.62);
		ClimateAccount.UpstreamTransportAccount transport = TRANSPORT
			.account(List.of(new UpstreamTransport.Shipment("synergy 1", AnnualQuantity.tonnesPerYear(100), null, false,
					here, here)));

		ClimateAccount account = ClimateAccounting.of(facts, FACTORS, transport, null);

		assertThat(account.upstreamTransport().total()).isEqualTo(TonnesCo2e.ZERO);
		assertThat(account.totalLocationBased().value()).isCloseTo(1015, within(1e-9));
		assertThat(account.totalMarketBased().value()).isCloseTo(1402, within(1e-9));
		assertThat(account.scope1And2LocationBased().value()).isCloseTo(1015, within(1e-9));
	}

	private static ClimateAccount account(YearlyFacts facts, @Nullable ClimateAccount baseline) {
		return ClimateAccounting.of(facts, FACTORS, TRANSPORT.account(List.of()), baseline);
	}

	private static YearlyFacts facts(int year, Map<EnergyCarrier, Double> energy, @Nullable Double selfProduced,
			@Nullable Double reported) {
		Map<EnergyCarrier, MegawattHours> use = new java.util.EnumMap<>(EnergyCarrier.class);
		energy.forEach((carrier, mwh) -> use.put(carrier, MegawattHours.of(mwh)));
		return new YearlyFacts(SMELTER, year, use, selfProduced == null ? null : MegawattHours.of(selfProduced), null,
				null, reported == null ? null : TonnesCo2e.of(reported), null, null, null, Confidentiality.PRIVATE,
				null);
	}

}
