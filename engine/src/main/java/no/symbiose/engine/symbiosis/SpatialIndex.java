package no.symbiose.engine.symbiosis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

import no.symbiose.engine.registry.GeoPoint;

/**
 * A uniform grid over points on the unit sphere (x, y, z), so that cells have the same
 * size at every latitude, unlike a grid of degrees. The cell edge is the chord of the
 * search radius, so a search looks at the 27 cells around a point and nothing further.
 * The grid only pre-selects; callers measure the geodesic distance of what it returns.
 */
final class SpatialIndex {

	/**
	 * Mean Earth radius in km (IUGG); the grid is on a sphere, the final check geodesic.
	 */
	private static final double EARTH_RADIUS_KM = 6371.0088;

	/**
	 * The WGS 84 ellipsoid differs from the sphere by well under 1 %: search 1 % wider.
	 */
	private static final double MARGIN = 1.01;

	private final double cell;

	private final double maxChord;

	private final Map<Long, int[]> cells;

	private final double[] xyz;

	/**
	 * @param points the points to index; index i is reported for points[i]
	 * @param radiusKm the largest radius that will be searched
	 */
	SpatialIndex(List<GeoPoint> points, double radiusKm) {
		this(points, radiusKm, radiusKm);
	}

	/**
	 * @param cellKm the cell edge for {@link #nearest}; {@link #within} needs cells as
	 * large as the radius and refuses to search a finer index
	 */
	SpatialIndex(List<GeoPoint> points, double radiusKm, double cellKm) {
		this.maxChord = chord(radiusKm * MARGIN);
		this.cell = Math.max(chord(Math.min(cellKm, radiusKm) * MARGIN), 1e-6);
		this.xyz = new double[points.size() * 3];
		Map<Long, List<Integer>> building = new HashMap<>();
		for (int i = 0; i < points.size(); i++) {
			unit(points.get(i), this.xyz, i * 3);
			building
				.computeIfAbsent(key(cellOf(this.xyz[i * 3]), cellOf(this.xyz[i * 3 + 1]), cellOf(this.xyz[i * 3 + 2])),
						k -> new ArrayList<>())
				.add(i);
		}
		this.cells = new HashMap<>(building.size() * 2);
		building.forEach((k, list) -> this.cells.put(k, list.stream().mapToInt(Integer::intValue).toArray()));
	}

	/**
	 * Calls back with every indexed point within radiusKm (on the sphere, plus the
	 * margin).
	 */
	void within(GeoPoint centre, double radiusKm, IntConsumer found) {
		double chord = chord(radiusKm * MARGIN);
		if (chord > this.cell + 1e-12) {
			throw new IllegalArgumentException("A %.0f km search is wider than the %.0f km this index was built for"
				.formatted(radiusKm, arcKm(this.maxChord) / MARGIN));
		}
		double[] p = new double[3];
		unit(centre, p, 0);
		long cx = cellOf(p[0]);
		long cy = cellOf(p[1]);
		long cz = cellOf(p[2]);
		double chord2 = chord * chord;
		for (long dx = -1; dx <= 1; dx++) {
			for (long dy = -1; dy <= 1; dy++) {
				for (long dz = -1; dz <= 1; dz++) {
					int[] members = this.cells.get(key(cx + dx, cy + dy, cz + dz));
					if (members == null) {
						continue;
					}
					for (int i : members) {
						double ex = this.xyz[i * 3] - p[0];
						double ey = this.xyz[i * 3 + 1] - p[1];
						double ez = this.xyz[i * 3 + 2] - p[2];
						if (ex * ex + ey * ey + ez * ez <= chord2) {
							found.accept(i);
						}
					}
				}
			}
		}
	}

	/**
	 * The up to {@code k} indexed points nearest to the centre within radiusKm that
	 * {@code accept} takes, nearest first (ties by index). Searches shell by shell of
	 * cells outwards and stops once no unsearched cell can hold a nearer point; with few
	 * points it simply looks at all of them.
	 */
	int[] nearest(GeoPoint centre, double radiusKm, int k, IntPredicate accept) {
		double chord = chord(radiusKm * MARGIN);
		double[] p = new double[3];
		unit(centre, p, 0);
		Nearest best = new Nearest(k, chord * chord);
		int points = this.xyz.length / 3;
		if (points <= SCAN_BELOW) {
			for (int i = 0; i < points; i++) {
				best.offer(i, d2(i, p), accept);
			}
			return best.indices();
		}
		long cx = cellOf(p[0]);
		long cy = cellOf(p[1]);
		long cz = cellOf(p[2]);
		long maxShell = (long) Math.ceil(chord / this.cell) + 1;
		for (long r = 0; r <= maxShell; r++) {
			// Every point of shell r lies at least (r - 1) cell edges from the centre.
			double nearestInShell = Math.max(0, (r - 1) * this.cell);
			if (best.excludes(nearestInShell * nearestInShell)) {
				break;
			}
			for (long dx = -r; dx <= r; dx++) {
				for (long dy = -r; dy <= r; dy++) {
					boolean side = Math.abs(dx) == r || Math.abs(dy) == r;
					for (long dz = -r; dz <= r; dz += side ? 1 : Math.max(1, 2 * r)) {
						int[] members = this.cells.get(key(cx + dx, cy + dy, cz + dz));
						if (members != null) {
							for (int i : members) {
								best.offer(i, d2(i, p), accept);
							}
						}
					}
				}
			}
		}
		return best.indices();
	}

	/** Below this many points a nearest search looks at every point. */
	private static final int SCAN_BELOW = 512;

	/** The k nearest so far, in sorted arrays: k is small. */
	private static final class Nearest {

		private final int[] index;

		private final double[] d2;

		private final double limit;

		private int found;

		Nearest(int k, double limit) {
			this.index = new int[k];
			this.d2 = new double[k];
			this.limit = limit;
		}

		boolean excludes(double d2) {
			return d2 > this.limit || (this.found == this.index.length && d2 > this.d2[this.found - 1]);
		}

		void offer(int i, double distance2, IntPredicate accept) {
			int k = this.index.length;
			if (distance2 > this.limit || (this.found == k
					&& (distance2 > this.d2[k - 1] || (distance2 == this.d2[k - 1] && i > this.index[k - 1])))) {
				return;
			}
			if (!accept.test(i)) {
				return;
			}
			int at = this.found < k ? this.found++ : k - 1;
			while (at > 0
					&& (this.d2[at - 1] > distance2 || (this.d2[at - 1] == distance2 && this.index[at - 1] > i))) {
				this.d2[at] = this.d2[at - 1];
				this.index[at] = this.index[at - 1];
				at--;
			}
			this.d2[at] = distance2;
			this.index[at] = i;
		}

		int[] indices() {
			return java.util.Arrays.copyOf(this.index, this.found);
		}

	}

	/**
	 * The same answer as {@link #nearest} without an index: every point is measured, the
	 * all-pairs baseline.
	 */
	static int[] nearestAmong(List<GeoPoint> points, GeoPoint centre, double radiusKm, int k, IntPredicate accept) {
		double chord = chord(radiusKm * MARGIN);
		double[] p = new double[3];
		unit(centre, p, 0);
		double[] q = new double[3];
		Nearest best = new Nearest(k, chord * chord);
		for (int i = 0; i < points.size(); i++) {
			unit(points.get(i), q, 0);
			double ex = q[0] - p[0];
			double ey = q[1] - p[1];
			double ez = q[2] - p[2];
			best.offer(i, ex * ex + ey * ey + ez * ez, accept);
		}
		return best.indices();
	}

	private double d2(int i, double[] p) {
		double ex = this.xyz[i * 3] - p[0];
		double ey = this.xyz[i * 3 + 1] - p[1];
		double ez = this.xyz[i * 3 + 2] - p[2];
		return ex * ex + ey * ey + ez * ez;
	}

	private long cellOf(double coordinate) {
		return (long) Math.floor(coordinate / this.cell);
	}

	private static long key(long x, long y, long z) {
		// Coordinates lie in [-1, 1], so cell numbers fit 21 bits each for cells down to
		// 1e-6.
		return ((x & 0x1FFFFF) << 42) | ((y & 0x1FFFFF) << 21) | (z & 0x1FFFFF);
	}

	private static double chord(double arcKm) {
		double angle = Math.min(arcKm / EARTH_RADIUS_KM, Math.PI);
		return 2 * Math.sin(angle / 2);
	}

	private static double arcKm(double chord) {
		return 2 * Math.asin(Math.min(1, chord / 2)) * EARTH_RADIUS_KM;
	}

	private static void unit(GeoPoint point, double[] into, int at) {
		double lat = Math.toRadians(point.latitude());
		double lon = Math.toRadians(point.longitude());
		into[at] = Math.cos(lat) * Math.cos(lon);
		into[at + 1] = Math.cos(lat) * Math.sin(lon);
		into[at + 2] = Math.sin(lat);
	}

}
