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
	private static final class Part {

		private double value;

		private boolean hidden;

		Part(double value, boolean hidden) {
			this.value = value;
			this.hidden = hidden;
		}

		Part copy() {
			return new Part(this.value, this.hidden);
		}

		void add(Part other) {
			this.value += other.value;
			this.hidden |= other.hidden;
		}

	}

	private record Owned(Node node, Part part) {
	}

	/** What the two rules need of a group of distinct contributors. */
	private static final class Stats {

		private double total;

		private int contributors;

		private int hidden;

		private double hiddenSum;

		private double largestHidden;

		void add(Part part) {
			this.total += part.value;
			this.contributors++;
			if (part.hidden) {
				double size = Math.abs(part.value);
				this.hidden++;
				this.hiddenSum += size;
				this.largestHidden = Math.max(this.largestHidden, size);
			}
		}

		/** Adds a group with none of this group's contributors. */
		void add(Stats other) {
			this.total += other.total;
			this.contributors += other.contributors;
			this.hidden += other.hidden;
			this.hiddenSum += other.hiddenSum;
			this.largestHidden = Math.max(this.largestHidden, other.largestHidden);
		}

		static Stats of(Iterable<Part> parts) {
			Stats stats = new Stats();
			for (Part part : parts) {
				stats.add(part);
			}
			return stats;
		}

		Suppression primary() {
			if (this.hidden == 0) {
				return Suppression.NONE;
			}
			if (this.hidden < MIN_HIDDEN_CONTRIBUTORS) {
				return Suppression.FEW_CONTRIBUTORS;
			}
			return this.largestHidden > DOMINANCE_SHARE * this.hiddenSum ? Suppression.DOMINANT : Suppression.NONE;
		}

	}

	/**
	 * A tree of groups for one measure, filled and then disclosed once. When every
	 * contributor is added at one node only (a company counts in one park, county or the
	 * nation), a node's figures are sums of its children's; otherwise the contributors of
	 * each node are merged one by one, so that a contributor counts once wherever it
	 * appears.
	 */
	public static final class Tree {

		private final Map<String, Node> nodes = new LinkedHashMap<>();

		/** Each contributor's first node and its part there. */
		private final Map<String, Owned> owned = new HashMap<>();

		private boolean disclosed;

		/** The last node added to, found again by identity before by hash. */
		private @Nullable Node last;

		private boolean overlapping;

		/** Adds a node; the parent must exist already ({@code null} for the root). */
		public Tree node(String key, @Nullable String parentKey) {
			requireOpen();
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
			requireOpen();
			Node node = this.last != null && this.last.key.equals(nodeKey) ? this.last : this.nodes.get(nodeKey);
			if (node == null) {
				throw new IllegalArgumentException("Node %s is not in the tree".formatted(nodeKey));
			}
			this.last = node;
			if (!Double.isFinite(value)) {
				throw new IllegalArgumentException(
						"Contribution of %s to %s is not a number: %s".formatted(contributor, nodeKey, value));
			}
			// One lookup in the common case: a contributor's first node holds its part.
			Owned owned = this.owned.get(contributor);
			if (owned == null) {
				Part part = new Part(value, hidden);
				this.owned.put(contributor, new Owned(node, part));
				node.direct.put(contributor, part);
			}
			else if (owned.node() == node) {
				owned.part().value += value;
				owned.part().hidden |= hidden;
			}
			else {
				this.overlapping = true;
				Part part = node.direct.get(contributor);
				if (part == null) {
					node.direct.put(contributor, new Part(value, hidden));
				}
				else {
					part.value += value;
					part.hidden |= hidden;
				}
			}
			return this;
		}

		/**
		 * The disclosed total of every node, by key, in the order the nodes were added.
		 * The figures are read from the tree, which takes no more nodes or contributions
		 * after this.
		 */
		public Map<String, Figure> disclose() {
			this.disclosed = true;
			List<Node> deepestFirst = new ArrayList<>(this.nodes.values());
			deepestFirst.sort(Comparator.comparingInt((Node node) -> node.depth).reversed());
			for (Node node : deepestFirst) {
				if (this.overlapping) {
					node.all = new HashMap<>();
					merge(node.all, node.direct);
					for (Node child : node.children) {
						merge(node.all, child.all);
					}
					node.stats = Stats.of(node.all.values());
				}
				else {
					node.stats = Stats.of(node.direct.values());
					for (Node child : node.children) {
						node.stats.add(child.stats);
					}
				}
				node.suppression = node.stats.primary();
			}
			for (Node node : deepestFirst) {
				if (!node.children.isEmpty()) {
					secondary(node);
				}
			}
			return new Figures(this.nodes);
		}

		/**
		 * The disclosed figures as a read-only map over the nodes: a figure is made when
		 * it is asked for, since callers read a few nodes of many trees.
		 */
		private static final class Figures extends java.util.AbstractMap<String, Figure> {

			private final Map<String, Node> nodes;

			Figures(Map<String, Node> nodes) {
				this.nodes = nodes;
			}

			@Override
			public @Nullable Figure get(Object key) {
				Node node = this.nodes.get(key);
				return node == null ? null : figure(node);
			}

			@Override
			public boolean containsKey(Object key) {
				return this.nodes.containsKey(key);
			}

			@Override
			public int size() {
				return this.nodes.size();
			}

			@Override
			public java.util.Set<Entry<String, Figure>> entrySet() {
				return new java.util.AbstractSet<>() {

					@Override
					public java.util.Iterator<Entry<String, Figure>> iterator() {
						java.util.Iterator<Node> inner = Figures.this.nodes.values().iterator();
						return new java.util.Iterator<>() {

							@Override
							public boolean hasNext() {
								return inner.hasNext();
							}

							@Override
							public Entry<String, Figure> next() {
								Node node = inner.next();
								return Map.entry(node.key, figure(node));
							}

						};
					}

					@Override
					public int size() {
						return Figures.this.nodes.size();
					}

				};
			}

			private static Figure figure(Node node) {
				Double shown = node.suppression != Suppression.NONE || node.stats.contributors == 0 ? null
						: node.stats.total;
				return new Figure(node.key, shown, node.stats.contributors, node.suppression);
			}

		}

		private void requireOpen() {
			if (this.disclosed) {
				throw new IllegalStateException("The tree is disclosed; build a new one for other figures");
			}
		}

		private static void secondary(Node parent) {
			while (parent.suppression == Suppression.NONE) {
				Map<String, Part> remainder = new HashMap<>();
				merge(remainder, parent.direct);
				for (Node child : parent.children) {
					uncovered(child, remainder);
				}
				if (Stats.of(remainder.values()).primary() == Suppression.NONE) {
					return;
				}
				Node next = null;
				int fewest = Integer.MAX_VALUE;
				for (Node child : parent.children) {
					int hidden = child.stats.hidden;
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
		private static void uncovered(Node node, Map<String, Part> remainder) {
			if (node.suppression == Suppression.NONE) {
				return;
			}
			merge(remainder, node.direct);
			for (Node child : node.children) {
				uncovered(child, remainder);
			}
		}

		private static void merge(Map<String, Part> into, Map<String, Part> parts) {
			parts.forEach((contributor, part) -> {
				Part existing = into.get(contributor);
				if (existing == null) {
					into.put(contributor, part.copy());
				}
				else {
					existing.add(part);
				}
			});
		}

	}

	private static final class Node {

		private final String key;

		private final int depth;

		private final List<Node> children = new ArrayList<>();

		private final Map<String, Part> direct = new HashMap<>();

		private Map<String, Part> all = Map.of();

		private Stats stats = new Stats();

		private Suppression suppression = Suppression.NONE;

		Node(String key, @Nullable Node parent) {
			this.key = key;
			this.depth = parent == null ? 0 : parent.depth + 1;
		}

	}

}
