package no.symbiose.app.importing;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.registry.GeoPoint;

/** The {@code lat}, {@code lon} pair of parks and companies: both or neither. */
final class Locations {

	private Locations() {
	}

	static @Nullable GeoPoint read(RowValues row) {
		Double lat = row.decimal("lat");
		Double lon = row.decimal("lon");
		if (lat == null && lon == null) {
			return null;
		}
		if (lat == null || lon == null) {
			String missing = (lat == null) ? "lat" : "lon";
			if (row.text(missing) == null) {
				row.problem(missing, null, "import.latLonTogether");
			}
			return null;
		}
		return row.build(() -> GeoPoint.of(lat, lon));
	}

}
