package no.symbiose.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import no.symbiose.engine.registry.GeoPoint;

/**
 * Reads {@code bench/data/hotmaps_industrial_database.csv}, kept byte for byte as
 * published: {@code ;}-separated, the location an EWKT point
 * {@code SRID=4326;POINT(lon lat)} in {@code geom}, empty for 524 of the 5 029 rows.
 */
final class HotmapsSites {

	static final Path DEFAULT_FILE = Path.of("bench/data/hotmaps_industrial_database.csv");

	private static final Pattern POINT = Pattern.compile("SRID=4326;POINT\\(([-0-9.eE]+) ([-0-9.eE]+)\\)");

	private HotmapsSites() {
	}

	static List<HotmapsSite> read(Path file) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
		List<HotmapsSite> sites = new ArrayList<>();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (CSVRecord row : format.parse(in)) {
				sites.add(new HotmapsSite(Integer.parseInt(row.get("SiteID")), row.get("Subsector"),
						location(row.get("geom")), number(row.get("Fuel_Demand")),
						number(row.get("Excess_Heat_100-200C")), number(row.get("Excess_Heat_200-500C")),
						number(row.get("Excess_Heat_500C"))));
			}
		}
		return sites;
	}

	private static @Nullable GeoPoint location(String geom) {
		if (geom.isBlank()) {
			return null;
		}
		Matcher m = POINT.matcher(geom.strip());
		if (!m.matches()) {
			throw new IllegalArgumentException("geom \"%s\" is not SRID=4326;POINT(lon lat)".formatted(geom));
		}
		return GeoPoint.of(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(1)));
	}

	private static @Nullable Double number(String text) {
		return text.isBlank() ? null : Double.valueOf(text);
	}

}
