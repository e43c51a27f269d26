package no.symbiose.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import no.symbiose.engine.registry.CountyNumber;
import no.symbiose.engine.registry.EwcCode;
import no.symbiose.engine.registry.GeoPoint;
import no.symbiose.engine.registry.MunicipalityNumber;
import no.symbiose.engine.registry.NaceCode;
import no.symbiose.engine.registry.NaceVersion;

/**
 * The reference lists the national data set draws from, read from the files the app ships
 * in {@code app/src/main/resources/referencedata/} (the same the import checks codes
 * against, so every generated code imports): the 2024 counties and municipalities with
 * their centres (Statistics Norway/Kartverket), the SN2007 NACE classes (Statistics
 * Norway) and the entries of the European List of Waste (2000/532/EC). Kept in file
 * order, so the generator is deterministic.
 */
public record NationalReference(List<County> counties, List<Municipality> municipalities, List<Nace> naceClasses,
		List<EwcCode> wasteCodes) {

	/** Where the files are, relative to the repository root. */
	static final Path DIRECTORY = Path.of("app/src/main/resources/referencedata");

	public record County(CountyNumber number, String name) {
	}

	public record Municipality(MunicipalityNumber number, String name, GeoPoint centre) {

		CountyNumber county() {
			return this.number.county();
		}

	}

	/** A NACE class (four digits, {@code 24.10}) and its section letter. */
	public record Nace(NaceCode code, String section) {

		String division() {
			return this.code.division();
		}

	}

	public NationalReference {
		counties = List.copyOf(counties);
		municipalities = List.copyOf(municipalities);
		naceClasses = List.copyOf(naceClasses);
		wasteCodes = List.copyOf(wasteCodes);
	}

	/**
	 * The shipped files, found from the working directory or one of its parents (the
	 * repository root when run by hand, {@code bench/} under Maven).
	 */
	public static NationalReference shipped() {
		Path start = Path.of("").toAbsolutePath();
		for (Path dir = start; dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve(DIRECTORY))) {
				return read(dir.resolve(DIRECTORY));
			}
		}
		throw new IllegalStateException("No %s above %s".formatted(DIRECTORY, start));
	}

	public static NationalReference read(Path directory) {
		try {
			List<County> counties = new ArrayList<>();
			for (CSVRecord row : rows(directory.resolve("no_fylker_2024.csv"))) {
				counties.add(new County(CountyNumber.of(row.get("fylkesnummer")), row.get("name")));
			}
			List<Municipality> municipalities = new ArrayList<>();
			for (CSVRecord row : rows(directory.resolve("no_kommuner_2024.csv"))) {
				municipalities.add(new Municipality(MunicipalityNumber.of(row.get("kommunenummer")),
						row.get("kommunenavn"), GeoPoint.of(Double.parseDouble(row.get("centroid_lat")),
								Double.parseDouble(row.get("centroid_lon")))));
			}
			List<Nace> classes = new ArrayList<>();
			for (CSVRecord row : rows(directory.resolve("nace_rev2_sn2007.csv"))) {
				if (row.get("level").equals("4")) {
					classes.add(new Nace(NaceCode.of(NaceVersion.SN2007, row.get("code")), row.get("section")));
				}
			}
			List<EwcCode> waste = new ArrayList<>();
			for (CSVRecord row : rows(directory.resolve("ewc_list_of_waste.csv"))) {
				if (row.get("level").equals("3")) {
					waste.add(EwcCode.parse(row.get("code")));
				}
			}
			return new NationalReference(counties, municipalities, classes, waste);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<CSVRecord> rows(Path file) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return format.parse(in).getRecords();
		}
	}

}
