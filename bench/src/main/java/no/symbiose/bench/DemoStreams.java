package no.symbiose.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import no.symbiose.engine.registry.Availability;
import no.symbiose.engine.registry.CompanyKey;
import no.symbiose.engine.registry.EwcCode;
import no.symbiose.engine.registry.GeoPoint;
import no.symbiose.engine.registry.MaterialClass;
import no.symbiose.engine.registry.NaceCode;
import no.symbiose.engine.registry.NaceVersion;
import no.symbiose.engine.registry.StreamDirection;
import no.symbiose.engine.symbiosis.MatchSide;
import no.symbiose.engine.symbiosis.MatchStream;
import no.symbiose.engine.units.AnnualQuantity;
import no.symbiose.engine.units.Celsius;
import no.symbiose.engine.units.FlowUnit;

/**
 * The demo registry ({@code app/src/main/resources/demo}: streams, companies, parks) read
 * as {@code symbiose match} reads it: the latest year of each stream, each company at its
 * site, else its park's, else its municipality's centre.
 */
final class DemoStreams {

	static final Path DEFAULT_DIR = Path.of("app/src/main/resources/demo");

	static final Path MUNICIPALITIES = Path.of("app/src/main/resources/referencedata/no_kommuner_2024.csv");

	private record Site(@Nullable GeoPoint location, @Nullable NaceCode nace) {
	}

	private DemoStreams() {
	}

	static StreamSet read(Path dir, Path municipalities) throws IOException {
		Map<String, GeoPoint> centres = new HashMap<>();
		rows(municipalities, row -> centres.put(row.get("kommunenummer"),
				GeoPoint.of(Double.parseDouble(row.get("centroid_lat")), Double.parseDouble(row.get("centroid_lon")))));
		Map<String, GeoPoint> parks = new HashMap<>();
		rows(dir.resolve("parks.csv"), row -> {
			GeoPoint at = point(row);
			at = at != null ? at : centres.get(row.get("municipality_number"));
			if (at != null) {
				parks.put(row.get("park_key"), at);
			}
		});
		Map<String, Site> companies = new HashMap<>();
		rows(dir.resolve("companies.csv"), row -> {
			GeoPoint at = point(row);
			at = at != null ? at : parks.get(row.get("park_key"));
			at = at != null ? at : centres.get(row.get("municipality_number"));
			String code = value(row, "nace_code");
			String version = value(row, "nace_version");
			companies.put(row.get("company_key"), new Site(at, code == null ? null
					: NaceCode.of(NaceVersion.fromKey(version == null ? "sn2007" : version), code)));
		});
		Map<String, Integer> latestYear = new HashMap<>();
		Map<String, MatchStream> byKey = new LinkedHashMap<>();
		rows(dir.resolve("streams.csv"), row -> {
			String key = row.get("company_key") + "/" + row.get("stream_key");
			int year = Integer.parseInt(row.get("year"));
			if (latestYear.getOrDefault(key, Integer.MIN_VALUE) >= year) {
				return;
			}
			latestYear.put(key, year);
			byKey.put(key, stream(key, row, companies.get(row.get("company_key"))));
		});
		List<MatchStream> supplies = new ArrayList<>();
		List<MatchStream> demands = new ArrayList<>();
		for (MatchStream stream : byKey.values()) {
			(stream.side() == MatchSide.SUPPLY ? supplies : demands).add(stream);
		}
		return new StreamSet("demo", supplies, demands);
	}

	private static MatchStream stream(String key, CSVRecord row, @Nullable Site site) {
		StreamDirection direction = StreamDirection.fromKey(row.get("direction"));
		MatchSide side = direction == StreamDirection.INPUT ? MatchSide.DEMAND : MatchSide.SUPPLY;
		String quantity = value(row, "quantity");
		String unit = value(row, "unit");
		String temperature = value(row, "temperature_c");
		String ewc = value(row, "ewc_code");
		String material = value(row, "material_class");
		return new MatchStream((side == MatchSide.DEMAND ? "d:" : "s:") + key, side,
				CompanyKey.of(row.get("company_key")), site == null ? null : site.location(), row.get("name"),
				direction, ewc == null ? null : EwcCode.parse(ewc),
				material == null ? null : MaterialClass.fromKey(material), value(row, "heat_medium") != null,
				temperature == null ? null : Celsius.of(Double.parseDouble(temperature)),
				quantity == null || unit == null ? null
						: AnnualQuantity.of(Double.parseDouble(quantity), FlowUnit.fromSymbol(unit)),
				Availability.parse(row.get("availability"), value(row, "available_months")),
				site == null ? null : site.nace());
	}

	private static void rows(Path file, Consumer<CSVRecord> each) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (CSVRecord row : format.parse(in)) {
				each.accept(row);
			}
		}
	}

	private static @Nullable GeoPoint point(CSVRecord row) {
		String lat = value(row, "lat");
		String lon = value(row, "lon");
		return lat == null || lon == null ? null : GeoPoint.of(Double.parseDouble(lat), Double.parseDouble(lon));
	}

	private static @Nullable String value(CSVRecord row, String column) {
		String value = row.isMapped(column) ? row.get(column) : null;
		return value == null || value.isBlank() ? null : value.strip();
	}

}
