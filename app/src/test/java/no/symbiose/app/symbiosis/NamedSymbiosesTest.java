package no.symbiose.app.symbiosis;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import no.symbiose.app.IntegrationTest;
import no.symbiose.engine.symbiosis.Candidate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every symbiosis the source documents name (003: Finnfjord, Fjord Base, Sirkulær Solør;
 * 002: Mo industripark's heat input, and side streams of Kongsberg that other parks take)
 * is found by the engine from the demo registry alone.
 */
@IntegrationTest
class NamedSymbiosesTest {

	@Autowired
	SymbiosisMatching matching;

	@ParameterizedTest(name = "{0}/{1} → {2}/{3}")
	@CsvSource({
			// Finnfjord: flue-gas CO2 and residual heat to algae, exhaust heat to the
			// steam turbine
			"hotmaps:751, flue-gas-co2-to-algae, hotmaps:751, co2-for-algae",
			"hotmaps:751, residual-heat, hotmaps:751, heat-for-algae",
			"hotmaps:751, exhaust-heat, hotmaps:751, exhaust-heat-to-turbine",
			// Finnfjord: phosphate for the algae from fish-farm waste; algae to salmon
			// feed
			"park:mo, smolt-biomass, hotmaps:751, phosphate-from-fish-farm-waste",
			"hotmaps:751, algae, park:mo, fish-feed",
			// Fjord Base: oxygen and heat from hydrogen production to fish farms, sludge
			// to biogas
			"demo:fjord-base, oxygen-from-h2, demo:fjord-base, oxygen-for-fish-farms",
			"demo:fjord-base, h2-excess-heat, demo:fjord-base, heat-for-fish-farms",
			"demo:fjord-base, fish-farm-sludge-to-biogas, demo:fjord-base, sludge-for-biogas",
			// Sirkulær Solør: residual biomass to biochar, return wood to boards, heat to
			// greenhouses
			"demo:sirkulaer-solor, residual-biomass-to-biochar, demo:sirkulaer-solor, biomass-for-biochar",
			"demo:sirkulaer-solor, sorted-return-wood, demo:sirkulaer-solor, construction-waste-wood",
			"demo:sirkulaer-solor, sawmill-board-excess-heat, demo:sirkulaer-solor, heat-for-greenhouses",
			// Mo industripark: Celsa's excess heat to the park's heat input
			"hotmaps:742, excess-heat-200-500c, park:mo, heat-in",
			// Kongsberg's chips and wood packaging to Celsa's scrap and Treklyngen's wood
			// input
			"park:kongsberg, chips-offcuts, hotmaps:742, scrap-metal",
			"park:kongsberg, wood-packaging, park:treklyngen, wood-waste" })
	void findsTheSymbiosisTheSourcesName(String supplyCompany, String supplyStream, String demandCompany,
			String demandStream) {
		MatchRun run = this.matching.current();

		List<Candidate> found = run.candidates()
			.stream()
			.filter(c -> is(run.stream(c.supply().id()), supplyCompany, supplyStream)
					&& is(run.stream(c.demand().id()), demandCompany, demandStream))
			.toList();

		assertThat(found).as("candidates %s/%s → %s/%s", supplyCompany, supplyStream, demandCompany, demandStream)
			.isNotEmpty();
		assertThat(found).allSatisfy(c -> assertThat(c.explanation().steps()).isNotEmpty());
	}

	private static boolean is(MatchedStream stream, String company, String streamKey) {
		return stream.companyKey().equals(company) && streamKey.equals(stream.streamKey());
	}

}
