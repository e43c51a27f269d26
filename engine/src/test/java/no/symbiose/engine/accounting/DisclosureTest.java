package no.symbiose.engine.accounting;

import java.util.Map;

import org.junit.jupiter.api.Test;

import no.symbiose.engine.accounting.Disclosure.Figure;
import no.symbiose.engine.accounting.Disclosure.Suppression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DisclosureTest {

	private static final boolean HIDDEN = true;

	private static final boolean VISIBLE = false;

	@Test
	void hidesACountyWithTwoPrivateCompaniesButShowsItToWhoeverMaySeeBoth() {
		Disclosure.Tree anonymous = nationWithCounty().add("county:40", "a", 100, HIDDEN)
			.add("county:40", "b", 50, HIDDEN);
		Disclosure.Tree admin = nationWithCounty().add("county:40", "a", 100, VISIBLE)
			.add("county:40", "b", 50, VISIBLE);

		Figure hidden = anonymous.disclose().get("county:40");
		Figure shown = admin.disclose().get("county:40");

		assertThat(hidden.total()).isNull();
		assertThat(hidden.suppression()).isEqualTo(Suppression.FEW_CONTRIBUTORS);
		assertThat(hidden.contributors()).isEqualTo(2);
		assertThat(shown.total()).isEqualTo(150.0);
		assertThat(shown.suppression()).isEqualTo(Suppression.NONE);
	}

	@Test
	void countsOnlyHiddenContributorsBecauseTheViewerCanSubtractTheVisibleOnes() {
		// four public figures and one private: total − 4 public = the private one
		Disclosure.Tree tree = nationWithCounty();
		for (String company : new String[] { "a", "b", "c", "d" }) {
			tree.add("county:40", company, 10, VISIBLE);
		}
		tree.add("county:40", "e", 7, HIDDEN);

		assertThat(tree.disclose().get("county:40").suppression()).isEqualTo(Suppression.FEW_CONTRIBUTORS);
	}

	@Test
	void showsATotalWhollyOfPublicFiguresWhateverTheirNumber() {
		Disclosure.Tree tree = nationWithCounty().add("county:40", "yara", 956_800, VISIBLE);

		Figure county = tree.disclose().get("county:40");

		assertThat(county.total()).isEqualTo(956_800.0);
		assertThat(county.suppressed()).isFalse();
	}

	@Test
	void hidesATotalThatIsNearlyOneHiddenCompanysFigure() {
		// 90 / (90 + 5 + 5) = 90 % > 85 %
		Disclosure.Tree tree = nationWithCounty().add("county:40", "a", 90, HIDDEN)
			.add("county:40", "b", 5, HIDDEN)
			.add("county:40", "c", 5, HIDDEN);

		assertThat(tree.disclose().get("county:40").suppression()).isEqualTo(Suppression.DOMINANT);
	}

	@Test
	void showsThreeHiddenCompaniesOfWhichNoneDominates() {
		// largest 80 / (80 + 10 + 10) = 80 % ≤ 85 %
		Disclosure.Tree tree = nationWithCounty().add("county:40", "a", 80, HIDDEN)
			.add("county:40", "b", 10, HIDDEN)
			.add("county:40", "c", 10, HIDDEN);

		Figure county = tree.disclose().get("county:40");

		assertThat(county.total()).isEqualTo(100.0);
		assertThat(county.contributors()).isEqualTo(3);
	}

	@Test
	void sumsSeveralRowsOfOneCompanyIntoOneContributor() {
		// three streams of one company are one contributor, not three
		Disclosure.Tree tree = nationWithCounty().add("county:40", "a", 10, HIDDEN)
			.add("county:40", "a", 20, HIDDEN)
			.add("county:40", "a", 30, HIDDEN);

		Figure county = tree.disclose().get("county:40");

		assertThat(county.contributors()).isEqualTo(1);
		assertThat(county.suppression()).isEqualTo(Suppression.FEW_CONTRIBUTORS);
	}

	@Test
	void suppressesASecondParkSoTheCountyMinusThePublishedParkRevealsNobody() {
		// Park A has 3 hidden companies (safe alone), park B one (suppressed). County − A
		// = B,
		// so A is suppressed as well; the county remains: it has 4 hidden companies.
		Disclosure.Tree tree = nationWithCounty().node("park:a", "county:40").node("park:b", "county:40");
		tree.add("park:a", "a1", 10, HIDDEN).add("park:a", "a2", 10, HIDDEN).add("park:a", "a3", 10, HIDDEN);
		tree.add("park:b", "b1", 5, HIDDEN);

		Map<String, Figure> figures = tree.disclose();

		assertThat(figures.get("park:b").suppression()).isEqualTo(Suppression.FEW_CONTRIBUTORS);
		assertThat(figures.get("park:a").suppression()).isEqualTo(Suppression.COMPLEMENTARY);
		assertThat(figures.get("county:40").total()).isEqualTo(35.0);
	}

	@Test
	void guardsCompaniesOutsideAnyParkAgainstTheCountyMinusItsParks() {
		// one company outside the park, directly in the county: county − park = that
		// company
		Disclosure.Tree tree = nationWithCounty().node("park:a", "county:40");
		tree.add("park:a", "a1", 10, HIDDEN).add("park:a", "a2", 10, HIDDEN).add("park:a", "a3", 10, HIDDEN);
		tree.add("county:40", "outside", 4, HIDDEN);

		Map<String, Figure> figures = tree.disclose();

		assertThat(figures.get("park:a").suppression()).isEqualTo(Suppression.COMPLEMENTARY);
		assertThat(figures.get("county:40").total()).isEqualTo(34.0);
	}

	@Test
	void letsTheNationSeeACountySuppressedBelowIt() {
		// county 40 has 2 hidden companies; the nation − county 18 would give them
		Disclosure.Tree tree = nationWithCounty().node("county:18", "nation");
		tree.add("county:40", "a", 1, HIDDEN).add("county:40", "b", 1, HIDDEN);
		for (String company : new String[] { "c", "d", "e", "f" }) {
			tree.add("county:18", company, 2, HIDDEN);
		}

		Map<String, Figure> figures = tree.disclose();

		assertThat(figures.get("county:40").suppression()).isEqualTo(Suppression.FEW_CONTRIBUTORS);
		assertThat(figures.get("county:18").suppression()).isEqualTo(Suppression.COMPLEMENTARY);
		assertThat(figures.get("nation").total()).isEqualTo(10.0);
	}

	@Test
	void countsACompanyAddedInTwoPlacesOnceInTheGroupsHoldingBoth() {
		// an exchange booked at the county beside the company's own park figure: the
		// county
		// has 2 contributors (a, b), not 3, so it stays hidden
		Disclosure.Tree tree = nationWithCounty().node("park:a", "county:40");
		tree.add("park:a", "a", 10, HIDDEN).add("county:40", "a", 5, HIDDEN).add("county:40", "b", 5, HIDDEN);

		Map<String, Figure> figures = tree.disclose();

		assertThat(figures.get("county:40").contributors()).isEqualTo(2);
		assertThat(figures.get("county:40").suppression()).isEqualTo(Suppression.FEW_CONTRIBUTORS);
		assertThat(figures.get("park:a").contributors()).isEqualTo(1);
	}

	@Test
	void leavesANodeWithoutContributionsEmptyRatherThanZero() {
		Figure county = nationWithCounty().disclose().get("county:40");

		assertThat(county.total()).isNull();
		assertThat(county.empty()).isTrue();
		assertThat(county.suppressed()).isFalse();
	}

	@Test
	void refusesAContributionToAnUnknownNodeOrWithoutANumber() {
		assertThatThrownBy(() -> nationWithCounty().add("county:99", "a", 1, HIDDEN))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("county:99");
		assertThatThrownBy(() -> nationWithCounty().add("county:40", "a", Double.NaN, HIDDEN))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("not a number");
	}

	@Test
	void takesNoMoreFiguresOnceDisclosedSoTheFiguresCannotChangeUnderTheirReader() {
		Disclosure.Tree tree = nationWithCounty().add("county:40", "a", 1, VISIBLE);
		Map<String, Figure> figures = tree.disclose();

		assertThatThrownBy(() -> tree.add("county:40", "b", 1, VISIBLE)).isInstanceOf(IllegalStateException.class);
		assertThat(figures.get("county:40").total()).isEqualTo(1.0);
		assertThat(figures).containsOnlyKeys("nation", "county:40");
	}

	private static Disclosure.Tree nationWithCounty() {
		return new Disclosure.Tree().node("nation", null).node("county:40", "nation");
	}

}
