package no.symbiose.engine.accounting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.symbiose.engine.accounting.Disclosure.Figure;
import no.symbiose.engine.accounting.Disclosure.Suppression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DisclosureTallyTest {

	@Test
	void suppressesASecondParkAsTheTreeDoes() {
		// park A has two hidden companies (primary); county − park B would then reveal A
		Disclosure.Shape shape = Disclosure.Shape.builder()
			.node("nation", null)
			.node("county:40", "nation")
			.node("park:a", "county:40")
			.node("park:b", "county:40")
			.build();
		Disclosure.Tally tally = shape.tally();
		tally.add(shape.index("park:a"), 10, true).add(shape.index("park:a"), 20, true);
		for (int i = 0; i < 5; i++) {
			tally.add(shape.index("park:b"), 30, true);
		}

		Map<String, Figure> figures = tally.disclose();

		assertThat(figures.get("park:a").suppression()).isEqualTo(Suppression.FEW_CONTRIBUTORS);
		assertThat(figures.get("park:b").suppression()).isEqualTo(Suppression.COMPLEMENTARY);
		assertThat(figures.get("county:40").total()).isEqualTo(180.0);
		assertThat(figures.get("county:40").contributors()).isEqualTo(7);
		assertThat(figures.get("nation").suppressed()).isFalse();
		assertThat(figures.keySet()).containsExactly("nation", "county:40", "park:a", "park:b");
	}

	@Test
	void leavesANodeWithoutContributionsEmptyAndKnowsNoOtherNode() {
		Disclosure.Shape shape = Disclosure.Shape.builder().node("nation", null).node("county:40", "nation").build();

		Map<String, Figure> figures = shape.tally().disclose();

		assertThat(figures.get("county:40").total()).isNull();
		assertThat(figures.get("county:40").empty()).isTrue();
		assertThat(figures.get("county:99")).isNull();
		assertThat(shape.index("county:99")).isEqualTo(-1);
	}

	@Test
	void refusesBadNodesAndNumbersAndFiguresAfterDisclosure() {
		assertThatThrownBy(() -> Disclosure.Shape.builder().node("park:a", "county:40"))
			.hasMessageContaining("Parent county:40 of park:a is not in the tree");
		assertThatThrownBy(() -> Disclosure.Shape.builder().node("nation", null).node("nation", null))
			.hasMessageContaining("already");
		Disclosure.Tally tally = Disclosure.Shape.builder().node("nation", null).build().tally();
		assertThatThrownBy(() -> tally.add(1, 5, false)).hasMessageContaining("Node 1 is not in the tree");
		assertThatThrownBy(() -> tally.add(0, Double.NaN, false)).hasMessageContaining("not a number");
		tally.add(0, 5, false).disclose();
		assertThatThrownBy(() -> tally.add(0, 5, false)).isInstanceOf(IllegalStateException.class);
	}

	/**
	 * Random trees of nation, counties, parks and transformers, with distinct
	 * contributors at every level, few or many of them hidden, some dominant: the tally
	 * must publish and suppress exactly what the tree does.
	 */
	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 })
	void disclosesWhatTheTreeDiscloses(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		for (int round = 0; round < 50; round++) {
			Disclosure.Shape.Builder builder = Disclosure.Shape.builder();
			Disclosure.Tree tree = new Disclosure.Tree();
			List<String> nodes = new ArrayList<>();
			add(builder, tree, nodes, "nation", null);
			int counties = 1 + random.nextInt(4);
			for (int c = 0; c < counties; c++) {
				String county = "county:" + c;
				add(builder, tree, nodes, county, "nation");
				int parks = random.nextInt(4);
				for (int p = 0; p < parks; p++) {
					String park = "park:" + c + "-" + p;
					add(builder, tree, nodes, park, county);
					if (random.nextInt(3) == 0) {
						add(builder, tree, nodes, "transformer:" + c + "-" + p, park);
					}
				}
			}
			Disclosure.Shape shape = builder.build();
			Disclosure.Tally tally = shape.tally();
			double hiddenShare = random.nextDouble();
			int contributors = random.nextInt(40);
			for (int i = 0; i < contributors; i++) {
				String node = nodes.get(random.nextInt(nodes.size()));
				double value = random.nextInt(10) == 0 ? 1_000 * random.nextDouble() : random.nextDouble() * 10 - 2;
				boolean hidden = random.nextDouble() < hiddenShare;
				tree.add(node, "company:" + i, value, hidden);
				tally.add(shape.index(node), value, hidden);
			}

			Map<String, Figure> expected = tree.disclose();
			Map<String, Figure> actual = tally.disclose();

			assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
			for (String node : nodes) {
				Figure want = expected.get(node);
				Figure got = actual.get(node);
				String where = "seed %d round %d node %s".formatted(seed, round, node);
				assertThat(got.suppression()).as(where).isEqualTo(want.suppression());
				assertThat(got.contributors()).as(where).isEqualTo(want.contributors());
				if (want.total() == null) {
					assertThat(got.total()).as(where).isNull();
				}
				else {
					assertThat(got.total()).as(where).isCloseTo(want.total(), within(1e-9));
				}
			}
		}
	}

	private static void add(Disclosure.Shape.Builder builder, Disclosure.Tree tree, List<String> nodes, String key,
			String parent) {
		builder.node(key, parent);
		tree.node(key, parent);
		nodes.add(key);
	}

}
