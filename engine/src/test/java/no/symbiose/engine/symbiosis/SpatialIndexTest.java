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
	void refusesASearchWiderThanItWasBuiltFor() {
		SpatialIndex index = new SpatialIndex(List.of(GeoPoint.of(60, 10)), 50);

		assertThatIllegalArgumentException().isThrownBy(() -> index.within(GeoPoint.of(60, 10), 100, i -> {
		})).withMessageContaining("wider");
	}

}
