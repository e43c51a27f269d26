package no.symbiose.engine.symbiosis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

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
		this.maxChord = chord(radiusKm * MARGIN);
		this.cell = Math.max(this.maxChord, 1e-6);
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
		if (chord > this.maxChord + 1e-12) {
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
