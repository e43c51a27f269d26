package no.symbiose.app.goals;

import java.util.List;
import java.util.Locale;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import no.symbiose.app.RegistryFixtures.Row;
import no.symbiose.app.accounting.AccountScope;
import no.symbiose.app.goals.GoalGaps.GoalGap;
import no.symbiose.app.goals.GoalGaps.Missing;
import no.symbiose.app.goals.GoalGaps.StateSavings;
import no.symbiose.app.security.Viewer;
import no.symbiose.app.symbiosis.CandidateFilter;
import no.symbiose.app.symbiosis.CandidateView;
import no.symbiose.app.symbiosis.CandidateViews;
import no.symbiose.engine.goals.Observation;
import no.symbiose.engine.symbiosis.SynergyState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The gap of a park recomputed by hand. Given: a steelworks, the park's one tenant, with
 * 100 t CO2e in 2023 and 90 t in 2025 (no electricity), so the target −50 % is 50 t and
 * the gap 90 − 50 = 40 t CO2e per year; its synergies in the pipeline: identified 5 t and
 * one without a figure, agreed 10 t, in operation 7 t; 790 of 1 000 daa in use in 2024
 * (79 % against 90 %). Its 1 000 t of slag could go to a cement works outside the park, a
 * candidate nobody follows up yet.
 */
@IntegrationTest
class GoalGapsTest {

	@Autowired
	GoalGaps gaps;

	@Autowired
	CandidateViews candidates;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext applicationContext;

	@Autowired
	SpringTemplateEngine templates;

	RegistryFixtures registry;

	Row park;

	Row steelworks;

	long slag;

	long clinker;

	Row cementWorks;

	Viewer admin = Viewer.nationalAdmin("admin");

	@BeforeEach
	void givenAParkThatMissesItsTargets() {
		this.registry = new RegistryFixtures(this.jdbc);
		this.park = this.registry.aPark();
		this.steelworks = this.registry.aTenantOf(this.park);
		this.jdbc.sql("update tenancy set valid_from = date '2020-01-01' where company_id = :c")
			.param("c", this.steelworks.id())
			.update();
		this.registry.facts(this.steelworks, 2023, "public", 100);
		this.registry.facts(this.steelworks, 2025, "public", 90);
		this.jdbc.sql("update yearly_facts set electricity_mwh = 0 where company_id = :c")
			.param("c", this.steelworks.id())
			.update();
		this.jdbc.sql("update company set lat = 59.10, lon = 9.60 where id = :c")
			.param("c", this.steelworks.id())
			.update();
		this.jdbc.sql("""
				update park set land_year = 2024, land_total_daa = 1000, land_used_daa = 790,
				    land_free_zoned_daa = 120 where id = :id""").param("id", this.park.id()).update();
		this.cementWorks = this.registry.aCompany();
		this.jdbc.sql("update company set lat = 59.19, lon = 9.60 where id = :c")
			.param("c", this.cementWorks.id())
			.update();
		this.slag = stream(this.steelworks, "side_stream", "slag", 1000);
		this.clinker = stream(this.cementWorks, "input", "cement_and_clinker", 5000);
		Row other = this.registry.aCompany();
		synergy(other, "identified", 5.0);
		synergy(other, "identified", null);
		synergy(other, "agreed", 10.0);
		synergy(other, "in_operation", 7.0);
	}

	@Test
	void setsThePipelineAndTheBestCandidatesAgainstTheEmissionsGap() {
		GoalGap co2 = gapOf("co2-emissions", this.admin);

		assertThat(co2.latest()).isEqualTo(new Observation(2025, 90));
		assertThat(co2.targetValue()).isCloseTo(50.0, within(1e-9));
		assertThat(co2.targetYear()).isEqualTo(2030);
		assertThat(co2.gap()).isCloseTo(40.0, within(1e-9));
		assertThat(co2.pipeline()).extracting(StateSavings::state).containsExactlyElementsOf(GoalGaps.PIPELINE);
		StateSavings identified = co2.pipeline().get(0);
		assertThat(identified.synergies()).isEqualTo(2);
		assertThat(identified.withoutFigure()).isEqualTo(1);
		assertThat(identified.tonnesCo2ePerYear()).isCloseTo(5.0, within(1e-9));
		assertThat(co2.pipeline().get(1).synergies()).isZero();
		assertThat(co2.pipeline().get(3).tonnesCo2ePerYear()).isCloseTo(10.0, within(1e-9));
		StateSavings operating = co2.pipeline().get(4);
		assertThat(operating.tonnesCo2ePerYear()).isCloseTo(7.0, within(1e-9));
		assertThat(operating.subtracted()).isFalse();
		// open pipeline 5 + 10 = 15 t; operation runs already and is not subtracted
		assertThat(co2.pipelineTonnesCo2ePerYear()).isCloseTo(15.0, within(1e-9));
		assertThat(co2.pipelineWithoutFigure()).isEqualTo(1);
		// the whole 1 000 t of slag go to one cement works (several tests add one at the
		// same site), saving what the engine says that candidate saves at 1 000 t
		assertThat(co2.candidates()).singleElement().satisfies(saving -> {
			CandidateView candidate = slagCandidates().stream()
				.filter(view -> view.id().equals(saving.candidateId()))
				.findFirst()
				.orElseThrow();
			assertThat(candidate.figures().quantityTonnesPerYear()).isCloseTo(1000.0, within(1e-9));
			assertThat(saving.quantity()).isEqualTo(1000);
			assertThat(saving.tonnesCo2ePerYear()).isPositive()
				.isCloseTo(candidate.figures().netTonnesCo2ePerYear(), within(0.001));
		});
		double candidateSaving = co2.candidates().get(0).tonnesCo2ePerYear();
		assertThat(co2.candidatesTonnesCo2ePerYear()).isCloseTo(candidateSaving, within(1e-9));
		// remaining 40 − 15 − the candidate's saving
		assertThat(co2.remaining()).isCloseTo(40 - 15 - candidateSaving, within(1e-9));
		assertThat(co2.missing()).isEmpty();
	}

	@Test
	void candidatesFollowedUpLeaveTheCandidatesAndJoinThePipeline() {
		List<CandidateView> slagCandidates = slagCandidates();
		assertThat(slagCandidates).isNotEmpty().allSatisfy(view -> assertThat(view.synergyId()).isNull());
		for (CandidateView candidate : slagCandidates) {
			long demandStream = Long.parseLong(candidate.id().replaceAll(".*>d(\\d+):.*", "$1"));
			this.jdbc.sql("""
					insert into synergy (supply_stream_id, demand_stream_id, supply_company_id, demand_company_id,
					    rule_id, title)
					select :ss, s.id, :sc, s.company_id, 'slag-to-cement', 'Slagg til sement'
					from stream s where s.id = :ds""")
				.param("ss", this.slag)
				.param("ds", demandStream)
				.param("sc", this.steelworks.id())
				.update();
		}
		int n = slagCandidates.size();

		GoalGap co2 = gapOf("co2-emissions", this.admin);

		assertThat(co2.candidates()).isEmpty();
		// what is left of the park's candidates has no CO2e figure to allocate
		long outside = this.candidates.list(this.admin, CandidateFilter.ofPark(this.park.key()), Locale.ROOT)
			.stream()
			.filter(view -> view.synergyId() == null)
			.count();
		assertThat(co2.candidatesOutsidePipeline()).isEqualTo(outside);
		assertThat(co2.candidatesWithoutFigures()).isEqualTo(outside);
		assertThat(co2.missing())
			.containsExactly(outside == 0 ? Missing.NO_CANDIDATES : Missing.NO_CANDIDATES_WITH_QUANTITIES);
		// identified: the two before and the n new ones, all of those without a figure
		assertThat(co2.pipeline().get(0).synergies()).isEqualTo(2 + n);
		assertThat(co2.pipeline().get(0).withoutFigure()).isEqualTo(1 + n);
		assertThat(co2.remaining()).isCloseTo(40 - 15, within(1e-9));
	}

	@Test
	void aVisitorSeesTheCountsButNotOneSuppliersSavings() {
		GoalGap co2 = gapOf("co2-emissions", Viewer.anonymous());

		// the emissions are public, the synergies are not: one hidden supplier
		assertThat(co2.gap()).isCloseTo(40.0, within(1e-9));
		assertThat(co2.pipeline().get(0).synergies()).isEqualTo(2);
		assertThat(co2.pipeline().get(0).hidden()).isTrue();
		assertThat(co2.pipeline().get(0).tonnesCo2ePerYear()).isNull();
		assertThat(co2.pipelineTonnesCo2ePerYear()).isNull();
		assertThat(co2.remaining()).isNull();
		// the private slag and clinker are no candidate for a visitor
		assertThat(co2.missing()).containsExactlyInAnyOrder(Missing.PIPELINE_HIDDEN, Missing.NO_CANDIDATES);
	}

	@Test
	void otherMissedTargetsAreListedWithTheirGapAlone() {
		GoalGap land = gapOf("land-use", this.admin);

		// 90 − 79 = 11 percentage points
		assertThat(land.gap()).isCloseTo(11.0, within(1e-9));
		assertThat(land.savings()).isFalse();
		assertThat(land.pipeline()).isEmpty();
		assertThat(land.remaining()).isNull();
		assertThat(this.gaps.of(AccountScope.park(this.park.key()), this.admin))
			.extracting(gap -> gap.indicator().key())
			.doesNotContain("free-land-mapped", "side-stream-turnover");
	}

	@Test
	void aParkWithoutEmissionsSaysWhyItsGapIsUnknown() {
		Row empty = this.registry.aPark();

		GoalGap co2 = this.gaps.of(AccountScope.park(empty.key()), this.admin)
			.stream()
			.filter(gap -> gap.indicator().key().equals("co2-emissions"))
			.findFirst()
			.orElseThrow();

		assertThat(co2.gap()).isNull();
		assertThat(co2.remaining()).isNull();
		assertThat(co2.missing()).contains(Missing.NO_VALUE, Missing.NO_TARGET_VALUE, Missing.NO_CANDIDATES);
	}

	@Test
	void aParkThatMeetsItsTargetHasNoEmissionsGap() {
		this.jdbc.sql("update yearly_facts set direct_emissions_t_co2e = 45 where company_id = :c and year = 2025")
			.param("c", this.steelworks.id())
			.update();

		assertThat(this.gaps.of(AccountScope.park(this.park.key()), this.admin))
			.extracting(gap -> gap.indicator().key())
			.doesNotContain("co2-emissions")
			.contains("land-use");
	}

	@Test
	void theDashboardsExtensionShowsTheGapTables() {
		this.jdbc.sql("update synergy set expected_t_co2e = null where supply_company_id = :c")
			.param("c", this.steelworks.id())
			.update();
		Context context = new Context(Locale.forLanguageTag("nb"));
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.applicationContext, null));
		context.setVariable("scope", AccountScope.park(this.park.key()));
		context.setVariable("viewer", Viewer.anonymous());
		context.setVariable("level", "park");
		LocaleContextHolder.setLocale(Locale.forLanguageTag("nb"));
		String html;
		try {
			html = this.templates.process("goals-test/dashboard", context).replace('\u00a0', ' ');
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}

		assertThat(html).contains("<caption>Mål som ikke nås med siste kjente verdi</caption>")
			.contains("90 t CO2e (2025)", "50 t CO2e (2030)", ">40 t CO2e<")
			.contains("79 % (2024)", "90 % (2030)", ">11 %<")
			.contains("<caption>Hva som kan lukke utslippsgapet, i tonn CO2e per år</caption>")
			.contains("Identifisert", "(i drift, trekkes ikke fra)")
			// no figures at all: nothing hidden, the open pipeline sums to 0 t
			.contains("uten forventet tall")
			.contains("Det finnes ingen muligheter utenfor samarbeidene som du har tilgang til å se.")
			.doesNotContain("??");
	}

	private GoalGap gapOf(String key, Viewer viewer) {
		List<GoalGap> all = this.gaps.of(AccountScope.park(this.park.key()), viewer);
		return all.stream().filter(gap -> gap.indicator().key().equals(key)).findFirst().orElseThrow();
	}

	/** Every candidate of the steelworks' slag, as the administrator sees them. */
	private List<CandidateView> slagCandidates() {
		String prefix = "s" + this.slag + ">";
		return this.candidates.list(this.admin, CandidateFilter.ofPark(this.park.key()), Locale.ROOT)
			.stream()
			.filter(view -> view.id().startsWith(prefix))
			.toList();
	}

	private long stream(Row company, String direction, String material, double tonnes) {
		return this.jdbc.sql("""
				insert into stream (company_id, year, stream_key, direction, name, material_class, quantity, unit,
				    confidentiality, source)
				values (:c, 2025, :key, :direction, 'Strøm', :material, :q, 't/yr', 'private', 'test')
				returning id""")
			.param("c", company.id())
			.param("key", RegistryFixtures.unique("s-"))
			.param("direction", direction)
			.param("material", material)
			.param("q", tonnes)
			.query(Long.class)
			.single();
	}

	private void synergy(Row receiver, String state, Double expectedTonnesCo2e) {
		this.jdbc.sql("""
				insert into synergy (supply_company_id, demand_company_id, rule_id, title, state, expected_t_co2e)
				values (:s, :d, :rule, 'Test', :state, :t)""")
			.param("s", this.steelworks.id())
			.param("d", receiver.id())
			.param("rule", RegistryFixtures.unique("t-rule-"))
			.param("state", state)
			.param("t", expectedTonnesCo2e)
			.update();
	}

}
