package no.symbiose.app.goals;

import java.time.Year;
import java.util.List;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import no.symbiose.app.RegistryFixtures.Row;
import no.symbiose.app.accounting.AccountScope;
import no.symbiose.app.security.Viewer;
import no.symbiose.engine.goals.GoalStatus;
import no.symbiose.engine.goals.Indicator;
import no.symbiose.engine.goals.Observation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Each computed source recomputed by hand from real rows: energy, land, material flows
 * and synergies. Every park is new, so park values see only the rows written here; county
 * counts use Troms (55), which no other test fills.
 */
@IntegrationTest
class ComputedIndicatorsTest {

	@Autowired
	GoalFollowUp followUp;

	@Autowired
	JdbcClient jdbc;

	RegistryFixtures registry;

	Viewer admin = Viewer.nationalAdmin("admin");

	Viewer visitor = Viewer.anonymous();

	@BeforeEach
	void setUp() {
		this.registry = new RegistryFixtures(this.jdbc);
	}

	// --- energy ---

	@Test
	void energyIndicatorsComeFromTheEnergyAccount() {
		Row park = this.registry.aPark();
		Row a = this.registry.aTenantOf(park);
		Row b = this.registry.aTenantOf(park);
		Row c = this.registry.aTenantOf(park);
		// A: 800 MWh, 200 MWh of it self-produced, peak 200 kW on T1
		energy(a, 800.0, 200.0, 200.0, "T1");
		// B: 400 MWh, self-production unknown, peak 100 kW on T1
		energy(b, 400.0, null, 100.0, "T1");
		// C: 300 MWh, peak 100 kW on T2; 1 000 MWh excess heat, 300 MWh of it delivered
		energy(c, 300.0, null, 100.0, "T2");
		heatDelivered(c, a, 1000, 300);
		AccountScope scope = AccountScope.park(park.key());

		// self-produced 200 / electricity of the producers 800 = 25 % (B reports none)
		assertThat(values("self-produced-electricity", scope, this.admin)).singleElement()
			.satisfies(o -> assertThat(o).isEqualTo(new Observation(2025, 25.0)));
		// T1 (800 + 400) x 1 000 / (200 + 100) = 4 000 h; T2 300 x 1 000 / 100 = 3 000 h;
		// mean 3 500 h
		assertThat(values("transformer-utilisation-hours", scope, this.admin))
			.containsExactly(new Observation(2025, 3500.0));
		// 300 MWh delivered / 1 000 MWh available = 30 %
		assertThat(values("heat-recovery-efficiency", scope, this.admin)).hasSize(1)
			.first()
			.satisfies(o -> assertThat(o.value()).isCloseTo(30.0, within(1e-9)));
	}

	@Test
	void hiddenEnergyFiguresStayOutRatherThanZero() {
		Row park = this.registry.aPark();
		Row a = this.registry.aTenantOf(park);
		Row b = this.registry.aTenantOf(park);
		energy(a, 800.0, 200.0, 200.0, "T1");
		energy(b, 400.0, 100.0, 100.0, "T2");
		AccountScope scope = AccountScope.park(park.key());

		// two private companies: fewer than three hidden contributors, nothing published
		assertThat(values("self-produced-electricity", scope, this.visitor)).isEmpty();
		assertThat(values("transformer-utilisation-hours", scope, this.visitor)).isEmpty();
		// the administrator sees them: (200 + 100) / (800 + 400) = 25 %
		assertThat(values("self-produced-electricity", scope, this.admin)).containsExactly(new Observation(2025, 25.0));
	}

	@Test
	void aCountyHasNoTransformerHoursOfItsOwn() {
		assertThat(values("transformer-utilisation-hours", AccountScope.county("40"), this.admin)).isEmpty();
	}

	// --- land ---

	@Test
	void landIndicatorsComeFromTheParksFigures() {
		Row park = this.registry.aPark();
		// 2024: 1 000 daa, 790 in use, 120 free and zoned; 10 000 m² of buildings, 9 600
		// in use
		land(park, 2024, 1000, 790, 120, 10000, 9600);
		AccountScope scope = AccountScope.park(park.key());

		assertThat(values("land-use", scope, this.visitor)).singleElement()
			.satisfies(o -> assertThat(o.value()).isCloseTo(79.0, within(1e-9)));
		assertThat(values("building-use", scope, this.visitor)).singleElement()
			.satisfies(o -> assertThat(o.value()).isCloseTo(96.0, within(1e-9)));
		assertThat(values("free-land-mapped", scope, this.visitor)).containsExactly(new Observation(2024, 120));
		// 96 % < 98 % and no later year: unknown, nothing to judge progress by
		assertThat(this.followUp.of(scope, "building-use", this.admin).assessment().status())
			.isEqualTo(GoalStatus.UNKNOWN);
	}

	@Test
	void aParkAlreadyAboveTheBuildingTargetIsOnTrack() {
		Row park = this.registry.aPark();
		// 9 850 / 10 000 = 98.5 % >= 98 %
		land(park, 2024, 1000, 950, 10, 10000, 9850);

		assertThat(this.followUp.of(AccountScope.park(park.key()), "building-use", this.admin).assessment().status())
			.isEqualTo(GoalStatus.ON_TRACK);
	}

	@Test
	void aChangeInTheDatabaseIsSeenAtOnceDespiteTheCache() {
		Row park = this.registry.aPark();
		land(park, 2024, 1000, 790, 120, 10000, 9600);
		AccountScope scope = AccountScope.park(park.key());
		assertThat(values("free-land-mapped", scope, this.visitor)).containsExactly(new Observation(2024, 120));

		land(park, 2024, 1000, 800, 110, 10000, 9600);

		assertThat(values("free-land-mapped", scope, this.visitor)).containsExactly(new Observation(2024, 110));
	}

	// --- material flows ---

	@Test
	void reuseAndRecyclingRateAndItsRiseFromTheMaterialFlowAccount() {
		Row park = this.registry.aPark();
		Row smelter = this.registry.aTenantOf(park);
		// 2024: 100 t to R5, 100 t to D1 = 50 %; 2025: 150 t to R5, 50 t to D1 = 75 %
		waste(smelter, 2024, "slag", 100, "R5");
		waste(smelter, 2024, "dust", 100, "D1");
		waste(smelter, 2025, "slag", 150, "R5");
		waste(smelter, 2025, "dust", 50, "D1");
		AccountScope scope = AccountScope.park(park.key());

		List<Observation> expected = List.of(new Observation(2024, 50.0), new Observation(2025, 75.0));
		assertThat(values("reuse-recycling-rate", scope, this.admin)).isEqualTo(expected);
		assertThat(values("reuse-recycling-increase", scope, this.admin)).isEqualTo(expected);
		// +50 % from 2024: 50 % x 1.5 = 75 %, reached in 2025
		GoalFollowUp.IndicatorFollowUp increase = this.followUp.of(scope, "reuse-recycling-increase", this.admin);
		assertThat(increase.baseline()).contains(new Observation(2024, 50.0));
		assertThat(increase.assessment().status()).isEqualTo(GoalStatus.ON_TRACK);
		// the private streams of one company: a visitor sees no rate at all
		assertThat(values("reuse-recycling-rate", scope, this.visitor)).isEmpty();
	}

	// --- synergies ---

	@Test
	void sideStreamTurnoverSumsTheRealisedTonnesOfTheParksSuppliers() {
		Row park = this.registry.aPark();
		Row supplier = this.registry.aTenantOf(park);
		Row receiver = this.registry.aTenantOf(park);
		long first = synergy(supplier, receiver, "in_operation", null);
		long second = synergy(supplier, receiver, "in_operation", null);
		realised(first, 2024, 30, "t/yr");
		realised(first, 2025, 40, "t/yr");
		realised(second, 2025, 60, "t/yr");
		// heat is not a side-stream material
		realised(synergy(supplier, receiver, "in_operation", null), 2025, 500, "MWh/yr");
		AccountScope scope = AccountScope.park(park.key());

		assertThat(values("side-stream-turnover", scope, this.admin)).containsExactly(new Observation(2024, 30),
				new Observation(2025, 100));
		// one supplier whose synergies a visitor may not read: hidden, so left out
		assertThat(values("side-stream-turnover", scope, this.visitor)).isEmpty();
	}

	@Test
	void realisedSymbiosesAreCountedPerCountyAndYearFromThePipelinesHistory() {
		int thisYear = Year.now().getValue();
		Row tromso1 = companyIn("5501");
		Row tromso2 = companyIn("5501");
		Row harstad = companyIn("5503");
		Row porsgrunn = this.registry.aCompany();
		// in operation from May 2019 until it ended in March 2021
		long ended = synergy(tromso1, tromso2, "ended", null);
		moved(ended, "2019-05-01", "agreed", "in_operation");
		moved(ended, "2021-03-01", "in_operation", "ended");
		// across two counties, in operation since June 2020: counts in both
		long across = synergy(harstad, porsgrunn, "in_operation", null);
		moved(across, "2020-06-01", "agreed", "in_operation");
		// in operation now, its move not recorded: this year only
		synergy(tromso2, harstad, "in_operation", null);
		// still being agreed: not realised
		synergy(tromso1, harstad, "agreed", null);

		List<Observation> troms = values("realised-symbioses-per-county", AccountScope.county("55"), this.visitor);

		assertThat(troms).contains(new Observation(2019, 1), new Observation(2020, 2), new Observation(2021, 2),
				new Observation(2022, 1), new Observation(thisYear, 2));
		// the nation: the fewest of any county; Finnmark and others have none in 2019
		assertThat(values("realised-symbioses-per-county", AccountScope.nation(), this.visitor))
			.contains(new Observation(2019, 0));
		// the mission is per county: a park has no value
		assertThat(values("realised-symbioses-per-county", AccountScope.park(this.registry.aPark().key()), this.admin))
			.isEmpty();
	}

	// --- fixtures ---

	private List<Observation> values(String key, AccountScope scope, Viewer viewer) {
		Indicator indicator = this.followUp.catalogue().indicator(key).orElseThrow();
		assertThat(this.followUp.hasSource(key)).isTrue();
		return this.followUp.values(indicator, scope, viewer);
	}

	private void energy(Row company, Double electricityMwh, Double selfProducedMwh, Double peakKw, String transformer) {
		this.jdbc.sql("""
				insert into yearly_facts (company_id, year, electricity_mwh, self_produced_electricity_mwh,
				    peak_power_kw, transformer_id, confidentiality, source)
				values (:c, 2025, :el, :own, :peak, :transformer, 'private', 'test')""")
			.param("c", company.id())
			.param("el", electricityMwh)
			.param("own", selfProducedMwh)
			.param("peak", peakKw)
			.param("transformer", transformer)
			.update();
	}

	private void heatDelivered(Row supplier, Row receiver, double availableMwh, double deliveredMwh) {
		long stream = this.jdbc.sql("""
				insert into stream (company_id, year, stream_key, direction, name, heat_medium, quantity, unit,
				    confidentiality)
				values (:c, 2025, 'flue-gas', 'excess_heat', 'Røykgass', 'flue_gas', :q, 'MWh/yr', 'private')
				returning id""").param("c", supplier.id()).param("q", availableMwh).query(Long.class).single();
		long synergy = synergy(supplier, receiver, "in_operation", stream);
		realised(synergy, 2025, deliveredMwh, "MWh/yr");
	}

	private void land(Row park, int year, double totalDaa, double usedDaa, double freeZonedDaa, double buildingTotalM2,
			double buildingUsedM2) {
		this.jdbc.sql("""
				update park set land_year = :year, land_total_daa = :total, land_used_daa = :used,
				    land_free_zoned_daa = :free, building_total_m2 = :bTotal, building_used_m2 = :bUsed
				where id = :id""")
			.param("year", year)
			.param("total", totalDaa)
			.param("used", usedDaa)
			.param("free", freeZonedDaa)
			.param("bTotal", buildingTotalM2)
			.param("bUsed", buildingUsedM2)
			.param("id", park.id())
			.update();
	}

	private void waste(Row company, int year, String key, double tonnes, String treatment) {
		this.jdbc.sql("""
				insert into stream (company_id, year, stream_key, direction, name, ewc_code, quantity, unit,
				    treatment_code, confidentiality)
				values (:c, :year, :key, 'waste', 'Avfall', '100202', :q, 't/yr', :treatment, 'private')""")
			.param("c", company.id())
			.param("year", year)
			.param("key", key)
			.param("q", tonnes)
			.param("treatment", treatment)
			.update();
	}

	private long synergy(Row supplier, Row receiver, String state, Long supplyStream) {
		return this.jdbc.sql("""
				insert into synergy (supply_stream_id, supply_company_id, demand_company_id, rule_id, title, state,
				    state_reason)
				values (:stream, :supplier, :receiver, :rule, 'Test', :state, null) returning id""")
			.param("stream", supplyStream)
			.param("supplier", supplier.id())
			.param("receiver", receiver.id())
			.param("rule", RegistryFixtures.unique("t-rule-"))
			.param("state", state)
			.query(Long.class)
			.single();
	}

	private void realised(long synergy, int year, double quantity, String unit) {
		this.jdbc.sql("""
				insert into synergy_realised (synergy_id, year, quantity, unit, source)
				values (:id, :year, :q, :unit, 'test')""")
			.param("id", synergy)
			.param("year", year)
			.param("q", quantity)
			.param("unit", unit)
			.update();
	}

	private void moved(long synergy, String date, String from, String to) {
		this.jdbc.sql("""
				insert into synergy_event (synergy_id, at, kind, from_state, to_state)
				values (:id, cast(:at as date) + time '12:00', 'moved', :from, :to)""")
			.param("id", synergy)
			.param("at", date)
			.param("from", from)
			.param("to", to)
			.update();
	}

	private Row companyIn(String municipality) {
		Row company = this.registry.aCompany();
		this.jdbc.sql("update company set municipality_number = :m where id = :id")
			.param("m", municipality)
			.param("id", company.id())
			.update();
		return company;
	}

}
