package no.symbiose.engine.accounting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Disclosure control for aggregates over a tree of groups (nation &gt; county &gt; park),
 * as official statistics do it, so that no published total reveals a figure the viewer
 * may not see.
 *
 * <p>
 * A contribution is <em>hidden</em> when the viewer may not see the row it comes from.
 * The viewer can subtract every figure they may see from a total, so what a total
 * discloses is the sum of its hidden contributions. A total is therefore published when
 * <ul>
 * <li>it has no hidden contributor, or</li>
 * <li>it has at least {@value #MIN_HIDDEN_CONTRIBUTORS} hidden contributors (the
 * threshold rule: fewer than three companies are never published), and the largest hidden
 * contributor makes up at most {@value #DOMINANCE_SHARE} of the hidden sum (the dominance
 * rule: otherwise the total is nearly that one company's figure).</li>
 * </ul>
 * That is primary suppression. Secondary (complementary) suppression then stops
 * differencing inside the tree: a published parent minus its published children gives the
 * hidden contributions of the suppressed children and of the parent's own direct
 * contributors. When that remainder fails the same two rules, the published child with
 * the fewest hidden contributors is suppressed as well, and again until the remainder is
 * safe; when no child can be suppressed, the parent is. Parents are processed from the
 * deepest level up, so a county suppressed here is seen by the nation.
 *
 * <p>
 * Limits, stated once: each measure is its own tree, so differencing between measures (a
 * total minus its parts) is not guarded, and callers publish parts and totals from the
 * same contributors; contributions are taken by absolute value for the dominance rule.
 */
public final class Disclosure {

	/** A published total needs at least this many hidden contributors, or none. */
	public static final int MIN_HIDDEN_CONTRIBUTORS = 3;

	/**
	 * The largest hidden contributor may make up at most this share of the hidden sum.
	 */
	public static final double DOMINANCE_SHARE = 0.85;

	private Disclosure() {
	}

	/** Why a total is not published. */
	public enum Suppression {

		/** Published. */
		NONE,
		/** One or two hidden contributors. */
		FEW_CONTRIBUTORS,
		/** One hidden contributor makes up most of the hidden sum. */
		DOMINANT,
		/** Published alone it would be safe, but with its neighbours it would not. */
		COMPLEMENTARY;

		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

	/**
	 * The disclosed total of one node.
	 *
	 * @param total the sum of all contributions, {@code null} when suppressed or when
	 * there is no contribution
	 * @param contributors how many contributors the total has (published also when the
	 * total is suppressed: a count reveals no figure)
	 */
	public record Figure(String key, @Nullable Double total, int contributors, Suppression suppression) {

		public boolean suppressed() {
			return this.suppression != Suppression.NONE;
		}

		public boolean empty() {
			return this.contributors == 0;
		}

	}

	/** One contributor's figure at a node: summed over its rows, hidden if any row is. */
	private record Contribution(double value, boolean hidden) {

		Contribution plus(Contribution other) {
			return new Contribution(this.value + other.value, this.hidden || other.hidden);
		}

	}

	/** A tree of groups for one measure, filled and then disclosed once. */
	public static final class Tree {

		private final Map<String, Node> nodes = new LinkedHashMap<>();

		/** Adds a node; the parent must exist already ({@code null} for the root). */
		public Tree node(String key, @Nullable String parentKey) {
			if (this.nodes.containsKey(key)) {
				throw new IllegalArgumentException("Node %s is already in the tree".formatted(key));
			}
			Node parent = null;
			if (parentKey != null) {
				parent = this.nodes.get(parentKey);
				if (parent == null) {
					throw new IllegalArgumentException("Parent %s of %s is not in the tree".formatted(parentKey, key));
				}
			}
			Node node = new Node(key, parent);
			this.nodes.put(key, node);
			if (parent != null) {
				parent.children.add(node);
			}
			return this;
		}

		public boolean has(String key) {
			return this.nodes.containsKey(key);
		}

		/**
		 * Adds a contributor's figure at a node. It counts for the node and every
		 * ancestor; several figures of one contributor at one node are summed.
		 * @param hidden whether the viewer may not see the row the figure comes from
		 */
		public Tree add(String nodeKey, String contributor, double value, boolean hidden) {
			Node node = this.nodes.get(nodeKey);
			if (node == null) {
				throw new IllegalArgumentException("Node %s is not in the tree".formatted(nodeKey));
			}
			if (!Double.isFinite(value)) {
				throw new IllegalArgumentException(
						"Contribution of %s to %s is not a number: %s".formatted(contributor, nodeKey, value));
			}
			node.direct.merge(contributor, new Contribution(value, hidden), Contribution::plus);
			return this;
		}

		/**
		 * The disclosed total of every node, by key, in the order the nodes were added.
		 */
		public Map<String, Figure> disclose() {
			List<Node> deepestFirst = new ArrayList<>(this.nodes.values());
			deepestFirst.sort(Comparator.comparingInt(Node::depth).reversed());
			for (Node node : deepestFirst) {
				node.all = new HashMap<>(node.direct);
				for (Node child : node.children) {
					child.all.forEach((contributor, part) -> node.all.merge(contributor, part, Contribution::plus));
				}
				node.suppression = primary(node.all.values());
			}
			for (Node node : deepestFirst) {
				if (!node.children.isEmpty()) {
					secondary(node);
				}
			}
			Map<String, Figure> figures = new LinkedHashMap<>();
			for (Node node : this.nodes.values()) {
				double total = 0;
				for (Contribution part : node.all.values()) {
					total += part.value();
				}
				Double shown = node.suppression != Suppression.NONE || node.all.isEmpty() ? null : total;
				figures.put(node.key, new Figure(node.key, shown, node.all.size(), node.suppression));
			}
			return figures;
		}

		private static void secondary(Node parent) {
			while (parent.suppression == Suppression.NONE) {
				Map<String, Contribution> remainder = new HashMap<>(parent.direct);
				for (Node child : parent.children) {
					uncovered(child, remainder);
				}
				if (primary(remainder.values()) == Suppression.NONE) {
					return;
				}
				Node next = null;
				int fewest = Integer.MAX_VALUE;
				for (Node child : parent.children) {
					int hidden = hiddenCount(child.all.values());
					if (child.suppression == Suppression.NONE && hidden > 0 && hidden < fewest) {
						next = child;
						fewest = hidden;
					}
				}
				if (next == null) {
					parent.suppression = Suppression.COMPLEMENTARY;
				}
				else {
					next.suppression = Suppression.COMPLEMENTARY;
				}
			}
		}

		/**
		 * What a viewer cannot subtract out: suppressed nodes minus their shown parts.
		 */
		private static void uncovered(Node node, Map<String, Contribution> remainder) {
			if (node.suppression == Suppression.NONE) {
				return;
			}
			node.direct.forEach((contributor, part) -> remainder.merge(contributor, part, Contribution::plus));
			for (Node child : node.children) {
				uncovered(child, remainder);
			}
		}

		private static Suppression primary(Iterable<Contribution> contributions) {
			int hidden = 0;
			double hiddenSum = 0;
			double largest = 0;
			for (Contribution part : contributions) {
				if (part.hidden()) {
					hidden++;
					double size = Math.abs(part.value());
					hiddenSum += size;
					largest = Math.max(largest, size);
				}
			}
			if (hidden == 0) {
				return Suppression.NONE;
			}
			if (hidden < MIN_HIDDEN_CONTRIBUTORS) {
				return Suppression.FEW_CONTRIBUTORS;
			}
			return largest > DOMINANCE_SHARE * hiddenSum ? Suppression.DOMINANT : Suppression.NONE;
		}

		private static int hiddenCount(Iterable<Contribution> contributions) {
			int hidden = 0;
			for (Contribution part : contributions) {
				if (part.hidden()) {
					hidden++;
				}
			}
			return hidden;
		}

	}

	private static final class Node {

		private final String key;

		private final @Nullable Node parent;

		private final List<Node> children = new ArrayList<>();

		private final Map<String, Contribution> direct = new HashMap<>();

		private Map<String, Contribution> all = Map.of();

		private Suppression suppression = Suppression.NONE;

		Node(String key, @Nullable Node parent) {
			this.key = key;
			this.parent = parent;
		}

		int depth() {
			int depth = 0;
			for (Node up = this.parent; up != null; up = up.parent) {
				depth++;
			}
			return depth;
		}

	}

}
