package no.symbiose.engine.symbiosis;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import no.symbiose.engine.registry.GeoPoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SpatialIndexTest {

	@Test
	void findsEveryPointWithinTheRadiusAtAnyLatitudeAndAcrossTheDateLine() {
		// given points all over the globe, denser near the pole and the date line
		SplittableRandom random = new SplittableRandom(1);
		List<GeoPoint> points = new ArrayList<>();
		for (int i = 0; i < 3000; i++) {
			double lat = i % 3 == 0 ? 80 + random.nextDouble() * 9.9 : -89 + random.nextDouble() * 178;
			double lon = i % 5 == 0 ? 179 + random.nextDouble() * 0.999 : -180 + random.nextDouble() * 360;
			points.add(GeoPoint.of(lat, lon));
		}
		SpatialIndex index = new SpatialIndex(points, 300);
		for (int q = 0; q < 200; q++) {
			GeoPoint centre = points.get(random.nextInt(points.size()));
			double radius = 1 + random.nextDouble() * 299;
			// when
			TreeSet<Integer> found = new TreeSet<>();
			index.within(centre, radius, found::add);
			// then every point truly within the radius is among those found
			for (int i = 0; i < points.size(); i++) {
				if (centre.distanceKmTo(points.get(i)) <= radius) {
					assertThat(found).as("point %d within %.1f km of %s", i, radius, centre).contains(i);
				}
			}
		}
	}

	@Test
	void findsTheNearestPointsExactlyAsMeasuringEveryPointDoes() {
		// given 20 000 points in Europe, many at the same site, and an index of 50 km
		// cells
		SplittableRandom random = new SplittableRandom(3);
		List<GeoPoint> sites = new ArrayList<>();
		for (int i = 0; i < 2000; i++) {
			sites.add(GeoPoint.of(36 + random.nextDouble() * 34, -10 + random.nextDouble() * 40));
		}
		List<GeoPoint> points = new ArrayList<>();
		for (int i = 0; i < 20_000; i++) {
			points.add(sites.get(random.nextInt(sites.size())));
		}
		SpatialIndex index = new SpatialIndex(points, 3000, 50);
		for (int q = 0; q < 300; q++) {
			GeoPoint centre = sites.get(random.nextInt(sites.size()));
			double radius = q % 3 == 0 ? 40 : 3000;
			int k = 1 + random.nextInt(30);
			int skip = random.nextInt(points.size());
			// when
			int[] nearest = index.nearest(centre, radius, k, i -> i % 7 != skip % 7);
			// then
			assertThat(nearest).as("query %d", q)
				.containsExactly(SpatialIndex.nearestAmong(points, centre, radius, k, i -> i % 7 != skip % 7));
		}
	}

	@Test
	void refusesASearchWiderThanItWasBuiltFor() {
		SpatialIndex index = new SpatialIndex(List.of(GeoPoint.of(60, 10)), 50);

		assertThatIllegalArgumentException().isThrownBy(() -> index.within(GeoPoint.of(60, 10), 100, i -> {
		})).withMessageContaining("wider");
	}

}
