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
			add(part.value, part.hidden);
		}

		/** Adds one contributor's figure. */
		void add(double value, boolean hidden) {
			this.total += value;
			this.contributors++;
			if (hidden) {
				double size = Math.abs(value);
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

		/** The shape the tree was made of, whose index its figures share, or null. */
		private final @Nullable Shape shape;

		/** An empty tree; add its nodes with {@link #node}. */
		public Tree() {
			this.shape = null;
		}

		private Tree(Shape shape) {
			this.shape = shape;
			for (int i = 0; i < shape.keys.length; i++) {
				node(shape.keys[i], shape.parents[i] < 0 ? null : shape.keys[shape.parents[i]]);
			}
		}

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
			// only the figures are kept, not the contributors' parts
			Shape index = this.shape != null && this.shape.keys.length == this.nodes.size() ? this.shape
					: Shape.of(this.nodes);
			int size = this.nodes.size();
			double[] totals = new double[size];
			int[] contributors = new int[size];
			Suppression[] suppressions = new Suppression[size];
			int i = 0;
			for (Node node : this.nodes.values()) {
				totals[i] = node.stats.total;
				contributors[i] = node.stats.contributors;
				suppressions[i] = node.suppression;
				i++;
			}
			return new Figures(index, totals, contributors, suppressions);
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

	/**
	 * The nodes of a tree of groups, made once and shared by many {@link Tally tallies}
	 * (one per measure and viewer), for contributors that each add one figure at one
	 * node, as a company's summed figure at its park, county or the nation. Immutable, so
	 * safe to share between threads.
	 */
	public static final class Shape {

		private final String[] keys;

		private final int[] parents;

		private final Map<String, Integer> indexes;

		/** Node indexes, deepest first, as {@link Tree#disclose} processes them. */
		private final int[] deepestFirst;

		private final int[][] children;

		private Shape(List<String> keys, List<Integer> parents) {
			int size = keys.size();
			this.keys = keys.toArray(String[]::new);
			this.parents = parents.stream().mapToInt(Integer::intValue).toArray();
			this.indexes = new HashMap<>(size * 2);
			int[] depths = new int[size];
			List<List<Integer>> childLists = new ArrayList<>(size);
			for (int i = 0; i < size; i++) {
				this.indexes.put(this.keys[i], i);
				depths[i] = this.parents[i] < 0 ? 0 : depths[this.parents[i]] + 1;
				childLists.add(new ArrayList<>());
				if (this.parents[i] >= 0) {
					childLists.get(this.parents[i]).add(i);
				}
			}
			this.children = new int[size][];
			for (int i = 0; i < size; i++) {
				this.children[i] = childLists.get(i).stream().mapToInt(Integer::intValue).toArray();
			}
			Integer[] order = new Integer[size];
			for (int i = 0; i < size; i++) {
				order[i] = i;
			}
			// stable, as Tree's sort of its nodes in insertion order
			java.util.Arrays.sort(order, Comparator.comparingInt((Integer node) -> depths[node]).reversed());
			this.deepestFirst = java.util.Arrays.stream(order).mapToInt(Integer::intValue).toArray();
		}

		/** Starts a shape; nodes are added parent first, as to a {@link Tree}. */
		public static Builder builder() {
			return new Builder();
		}

		/**
		 * A node's index for {@link Tally#add}, or -1 when the shape has no such node.
		 */
		public int index(String key) {
			Integer index = this.indexes.get(key);
			return index == null ? -1 : index;
		}

		public boolean has(String key) {
			return this.indexes.containsKey(key);
		}

		/** The shape of a tree's nodes, in the order they were added. */
		private static Shape of(Map<String, Node> nodes) {
			Map<Node, Integer> indexes = new HashMap<>(nodes.size() * 2);
			List<String> keys = new ArrayList<>(nodes.size());
			List<Integer> parents = new ArrayList<>(nodes.size());
			for (Node node : nodes.values()) {
				indexes.put(node, keys.size());
				keys.add(node.key);
				parents.add(node.parent == null ? -1 : indexes.get(node.parent));
			}
			return new Shape(keys, parents);
		}

		/**
		 * A new, empty {@link Tree} with these nodes, for contributors that may add at
		 * several nodes; its figures share this shape's index.
		 */
		public Tree tree() {
			return new Tree(this);
		}

		/** A new, empty tally over these nodes, for one measure. */
		public Tally tally() {
			return new Tally(this);
		}

		/** Adds nodes in order, each after its parent. */
		public static final class Builder {

			private final List<String> keys = new ArrayList<>();

			private final List<Integer> parents = new ArrayList<>();

			private final Map<String, Integer> indexes = new HashMap<>();

			private Builder() {
			}

			/**
			 * Adds a node; the parent must be added already ({@code null} for the root).
			 */
			public Builder node(String key, @Nullable String parentKey) {
				if (this.indexes.containsKey(key)) {
					throw new IllegalArgumentException("Node %s is already in the tree".formatted(key));
				}
				int parent = -1;
				if (parentKey != null) {
					Integer found = this.indexes.get(parentKey);
					if (found == null) {
						throw new IllegalArgumentException(
								"Parent %s of %s is not in the tree".formatted(parentKey, key));
					}
					parent = found;
				}
				this.indexes.put(key, this.keys.size());
				this.keys.add(key);
				this.parents.add(parent);
				return this;
			}

			public boolean has(String key) {
				return this.indexes.containsKey(key);
			}

			public Shape build() {
				return new Shape(this.keys, this.parents);
			}

		}

	}

	/**
	 * A {@link Tree} for contributors that each add <em>one</em> figure at <em>one</em>
	 * node (the caller sums a contributor's rows first): the same rules and the same
	 * figures, worked out on each node's sums instead of each contributor's parts, since
	 * distinct contributors make the groups' sums add up. Adding costs an array update,
	 * disclosing a pass over the nodes, whatever the number of contributors; so a
	 * viewer's account of every company in the country costs a pass over the companies.
	 */
	public static final class Tally {

		private final Shape shape;

		/** The contributors added directly at each node. */
		private final Stats[] direct;

		private @Nullable Figures figures;

		private Tally(Shape shape) {
			this.shape = shape;
			this.direct = new Stats[shape.keys.length];
			for (int i = 0; i < this.direct.length; i++) {
				this.direct[i] = new Stats();
			}
		}

		/**
		 * Adds one contributor's figure at a node (its index in the shape); it counts for
		 * the node and every ancestor.
		 * @param hidden whether the viewer may not see a row the figure comes from
		 */
		public Tally add(int node, double value, boolean hidden) {
			if (this.figures != null) {
				throw new IllegalStateException("The tally is disclosed; start a new one for other figures");
			}
			if (node < 0 || node >= this.direct.length) {
				throw new IllegalArgumentException("Node %d is not in the tree".formatted(node));
			}
			if (!Double.isFinite(value)) {
				throw new IllegalArgumentException(
						"Contribution to %s is not a number: %s".formatted(this.shape.keys[node], value));
			}
			this.direct[node].add(value, hidden);
			return this;
		}

		/**
		 * The disclosed total of every node, by key, in the order the nodes were added,
		 * as {@link Tree#disclose} gives them. The tally takes no more figures after
		 * this.
		 */
		public Map<String, Figure> disclose() {
			Figures figures = this.figures;
			if (figures == null) {
				int size = this.direct.length;
				Stats[] sums = new Stats[size];
				Suppression[] suppression = new Suppression[size];
				for (int node : this.shape.deepestFirst) {
					Stats sum = new Stats();
					sum.add(this.direct[node]);
					for (int child : this.shape.children[node]) {
						sum.add(sums[child]);
					}
					sums[node] = sum;
					suppression[node] = sum.primary();
				}
				for (int node : this.shape.deepestFirst) {
					if (this.shape.children[node].length > 0) {
						secondary(node, sums, suppression);
					}
				}
				double[] totals = new double[size];
				int[] contributors = new int[size];
				for (int node = 0; node < size; node++) {
					totals[node] = sums[node].total;
					contributors[node] = sums[node].contributors;
				}
				figures = new Figures(this.shape, totals, contributors, suppression);
				this.figures = figures;
			}
			return figures;
		}

		/**
		 * As {@link Tree}'s: on sums, since the contributors of the parts are distinct.
		 */
		private void secondary(int parent, Stats[] sums, Suppression[] suppression) {
			while (suppression[parent] == Suppression.NONE) {
				Stats remainder = new Stats();
				remainder.add(this.direct[parent]);
				for (int child : this.shape.children[parent]) {
					uncovered(child, remainder, suppression);
				}
				if (remainder.primary() == Suppression.NONE) {
					return;
				}
				int next = -1;
				int fewest = Integer.MAX_VALUE;
				for (int child : this.shape.children[parent]) {
					int hidden = sums[child].hidden;
					if (suppression[child] == Suppression.NONE && hidden > 0 && hidden < fewest) {
						next = child;
						fewest = hidden;
					}
				}
				if (next < 0) {
					suppression[parent] = Suppression.COMPLEMENTARY;
				}
				else {
					suppression[next] = Suppression.COMPLEMENTARY;
				}
			}
		}

		private void uncovered(int node, Stats remainder, Suppression[] suppression) {
			if (suppression[node] == Suppression.NONE) {
				return;
			}
			remainder.add(this.direct[node]);
			for (int child : this.shape.children[node]) {
				uncovered(child, remainder, suppression);
			}
		}

	}

	/**
	 * Disclosed figures as a read-only map, each made when asked for (callers read a few
	 * nodes of many trees), from arrays: a cached account keeps its figures, not its
	 * contributors.
	 */
	private static final class Figures extends java.util.AbstractMap<String, Figure> {

		private final Shape shape;

		private final double[] totals;

		private final int[] contributors;

		private final Suppression[] suppressions;

		Figures(Shape shape, double[] totals, int[] contributors, Suppression[] suppressions) {
			this.shape = shape;
			this.totals = totals;
			this.contributors = contributors;
			this.suppressions = suppressions;
		}

		@Override
		public @Nullable Figure get(Object key) {
			Integer node = this.shape.indexes.get(key);
			return node == null ? null : figure(node);
		}

		@Override
		public boolean containsKey(Object key) {
			return this.shape.indexes.containsKey(key);
		}

		@Override
		public int size() {
			return this.totals.length;
		}

		@Override
		public java.util.Set<Entry<String, Figure>> entrySet() {
			return new java.util.AbstractSet<>() {

				@Override
				public java.util.Iterator<Entry<String, Figure>> iterator() {
					return java.util.stream.IntStream.range(0, Figures.this.totals.length)
						.mapToObj(node -> Map.entry(Figures.this.shape.keys[node], figure(node)))
						.iterator();
				}

				@Override
				public int size() {
					return Figures.this.totals.length;
				}

			};
		}

		private Figure figure(int node) {
			Suppression suppression = this.suppressions[node];
			int count = this.contributors[node];
			Double shown = suppression != Suppression.NONE || count == 0 ? null : this.totals[node];
			return new Figure(this.shape.keys[node], shown, count, suppression);
		}

	}

	private static final class Node {

		private final String key;

		private final int depth;

		private final @Nullable Node parent;

		private final List<Node> children = new ArrayList<>();

		private final Map<String, Part> direct = new HashMap<>();

		private Map<String, Part> all = Map.of();

		private Stats stats = new Stats();

		private Suppression suppression = Suppression.NONE;

		Node(String key, @Nullable Node parent) {
			this.key = key;
			this.parent = parent;
			this.depth = parent == null ? 0 : parent.depth + 1;
		}

	}

}
