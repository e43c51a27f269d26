package no.symbiose.engine.registry;

import org.junit.jupiter.api.Test;

import static no.symbiose.engine.registry.ViolationAssert.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GeoPointTest {

	@Test
	void measuresOsloToBergen() {
		// Reference: haversine on R = 6371.0088 km gives 305.07 km (computed
		// independently, Python math);
		// the ellipsoid differs by well under 1 %, so 305 ± 2 km.
		GeoPoint oslo = GeoPoint.of(59.9139, 10.7522);
		GeoPoint bergen = GeoPoint.of(60.3913, 5.3221);
		assertThat(oslo.distanceKmTo(bergen)).isEqualTo(305, within(2.0));
	}

	@Test
	void oneDegreeOfLongitudeAtSixtyNorthIsAboutHalfOfOneAtTheEquator() {
		// Parallel radius on WGS 84: a·cos φ / √(1 − e² sin² φ) = 6378.137·0.5 / √(1 −
		// 0.00669438·0.75)
		// = 3189.07 / 0.99749 = 3197.11 km; × π/180 = 55.80 km. Degrees × 111 km would
		// say 111.
		double km = GeoPoint.of(60, 10).distanceKmTo(GeoPoint.of(60, 11));
		assertThat(km).isEqualTo(55.80, within(0.05));
	}

	@Test
	void measuresZeroBetweenAPointAndItself() {
		assertThat(GeoPoint.of(59.9, 10.7).distanceKmTo(GeoPoint.of(59.9, 10.7))).isZero();
	}

	@Test
	void fallsBackToHaversineForNearlyAntipodalPoints() {
		// Vincenty's iteration fails here; half the mean circumference is π · 6371.0088 =
		// 20015.1 km.
		GeoPoint a = GeoPoint.of(0, 0);
		GeoPoint b = GeoPoint.of(0.5, 179.7);
		assertThat(a.vincentyMetres(b)).isEmpty();
		assertThat(a.distanceKmTo(b)).isEqualTo(a.haversineKmTo(b)).isBetween(19_900.0, 20_016.0);
	}

	@Test
	void rejectsLatitudeOutsideNinetyDegrees() {
		assertViolates("registry.geo.latitude", () -> GeoPoint.of(90.1, 0));
	}

	@Test
	void rejectsLongitudeOutsideOneHundredEightyDegrees() {
		assertViolates("registry.geo.longitude", () -> GeoPoint.of(0, -180.5));
	}

}
