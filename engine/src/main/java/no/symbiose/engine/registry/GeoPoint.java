package no.symbiose.engine.registry;

import java.util.OptionalDouble;

/**
 * A point in WGS 84 degrees. Distances are geodesic on the ellipsoid, never degrees × 111
 * km, which at 60° N doubles east–west distances.
 */
public record GeoPoint(double latitude, double longitude) {

	/**
	 * WGS 84 semi-major axis (m) and flattening (NIMA TR8350.2, 3rd ed., 2000, table
	 * 3.1).
	 */
	private static final double A = 6_378_137.0;

	private static final double F = 1 / 298.257223563;

	private static final double B = A * (1 - F);

	/**
	 * IUGG mean Earth radius R1 = (2a + b) / 3 (Moritz, Geodetic Reference System 1980).
	 */
	private static final double MEAN_RADIUS_KM = 6371.0088;

	public GeoPoint {
		if (!Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
			throw new RuleViolation("registry.geo.latitude", "Latitude %s is outside −90..90°".formatted(latitude),
					String.valueOf(latitude));
		}
		if (!Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
			throw new RuleViolation("registry.geo.longitude", "Longitude %s is outside −180..180°".formatted(longitude),
					String.valueOf(longitude));
		}
	}

	public static GeoPoint of(double latitude, double longitude) {
		return new GeoPoint(latitude, longitude);
	}

	/**
	 * Geodesic distance by Vincenty's inverse formula (Survey Review 23(176), 1975),
	 * accurate to about 0.5 mm. It may not converge for nearly antipodal points; then the
	 * haversine distance on the mean radius is returned, off by at most about 0.5 %.
	 */
	public double distanceKmTo(GeoPoint other) {
		return vincentyMetres(other).orElseGet(() -> haversineKmTo(other) * 1000) / 1000;
	}

	/** Great-circle distance on a sphere of the mean Earth radius. */
	double haversineKmTo(GeoPoint other) {
		double phi1 = Math.toRadians(this.latitude);
		double phi2 = Math.toRadians(other.latitude);
		double dPhi = phi2 - phi1;
		double dLambda = Math.toRadians(other.longitude - this.longitude);
		double h = Math.pow(Math.sin(dPhi / 2), 2)
				+ Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
		return 2 * MEAN_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
	}

	OptionalDouble vincentyMetres(GeoPoint other) {
		double l = Math.toRadians(other.longitude - this.longitude);
		double u1 = Math.atan((1 - F) * Math.tan(Math.toRadians(this.latitude)));
		double u2 = Math.atan((1 - F) * Math.tan(Math.toRadians(other.latitude)));
		double sinU1 = Math.sin(u1);
		double cosU1 = Math.cos(u1);
		double sinU2 = Math.sin(u2);
		double cosU2 = Math.cos(u2);
		double lambda = l;
		for (int iteration = 0; iteration < 200; iteration++) {
			double sinLambda = Math.sin(lambda);
			double cosLambda = Math.cos(lambda);
			double sinSigma = Math
				.sqrt(Math.pow(cosU2 * sinLambda, 2) + Math.pow(cosU1 * sinU2 - sinU1 * cosU2 * cosLambda, 2));
			if (sinSigma == 0) {
				return OptionalDouble.of(0);
			}
			double cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
			double sigma = Math.atan2(sinSigma, cosSigma);
			double sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
			double cos2Alpha = 1 - sinAlpha * sinAlpha;
			// On the equator cos²α = 0 and the term is defined as 0.
			double cos2SigmaM = (cos2Alpha != 0) ? cosSigma - 2 * sinU1 * sinU2 / cos2Alpha : 0;
			double c = F / 16 * cos2Alpha * (4 + F * (4 - 3 * cos2Alpha));
			double previous = lambda;
			lambda = l + (1 - c) * F * sinAlpha
					* (sigma + c * sinSigma * (cos2SigmaM + c * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
			if (Math.abs(lambda) > Math.PI) {
				return OptionalDouble.empty();
			}
			if (Math.abs(lambda - previous) < 1e-12) {
				double uSquared = cos2Alpha * (A * A - B * B) / (B * B);
				double bigA = 1 + uSquared / 16384 * (4096 + uSquared * (-768 + uSquared * (320 - 175 * uSquared)));
				double bigB = uSquared / 1024 * (256 + uSquared * (-128 + uSquared * (74 - 47 * uSquared)));
				double deltaSigma = bigB * sinSigma
						* (cos2SigmaM + bigB / 4 * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM) - bigB / 6
								* cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
				return OptionalDouble.of(B * bigA * (sigma - deltaSigma));
			}
		}
		return OptionalDouble.empty();
	}

}
