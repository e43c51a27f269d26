package no.symbiose.app.symbiosis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import no.symbiose.engine.registry.GeoPoint;

/**
 * Municipality centres (2024 division) from the shipped reference file, for the command
 * line, which runs without the database.
 */
final class Municipalities {

	private static final Map<String, GeoPoint> CENTRES = load();

	private Municipalities() {
	}

	static @Nullable GeoPoint centre(@Nullable String municipalityNumber) {
		return municipalityNumber == null ? null : CENTRES.get(municipalityNumber);
	}

	private static Map<String, GeoPoint> load() {
		Map<String, GeoPoint> centres = new HashMap<>();
		try (InputStream in = Municipalities.class.getClassLoader()
			.getResourceAsStream("referencedata/no_kommuner_2024.csv")) {
			if (in == null) {
				throw new IllegalStateException("The application lacks referencedata/no_kommuner_2024.csv");
			}
			CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8),
					CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get());
			for (CSVRecord row : parser) {
				centres.put(row.get("kommunenummer"), GeoPoint.of(Double.parseDouble(row.get("centroid_lat")),
						Double.parseDouble(row.get("centroid_lon"))));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Map.copyOf(centres);
	}

}
