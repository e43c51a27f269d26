package no.symbiose.app.symbiosis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import no.symbiose.engine.registry.Availability;
import no.symbiose.engine.registry.CompanyKey;
import no.symbiose.engine.registry.Confidentiality;
import no.symbiose.engine.registry.EwcCode;
import no.symbiose.engine.registry.GeoPoint;
import no.symbiose.engine.registry.HeatMedium;
import no.symbiose.engine.registry.MaterialClass;
import no.symbiose.engine.registry.NaceCode;
import no.symbiose.engine.registry.NaceVersion;
import no.symbiose.engine.registry.Stream;
import no.symbiose.engine.registry.StreamDirection;
import no.symbiose.engine.registry.TreatmentCode;
import no.symbiose.engine.symbiosis.Candidate;
import no.symbiose.engine.symbiosis.CandidateGenerator;
import no.symbiose.engine.symbiosis.Explanation;
import no.symbiose.engine.symbiosis.KnowledgeBase;
import no.symbiose.engine.symbiosis.MatchResult;
import no.symbiose.engine.symbiosis.MatchSettings;
import no.symbiose.engine.symbiosis.MatchSide;
import no.symbiose.engine.symbiosis.MatchStream;
import no.symbiose.engine.units.AnnualQuantity;
import no.symbiose.engine.units.Celsius;
import no.symbiose.engine.units.FlowUnit;

/**
 * {@code symbiose match}: reads streams (and optionally companies and parks) in the
 * import format of docs/import-formats.md, runs the symbiosis engine without a server or
 * database, and writes the ranked candidates and the allocation as CSV. Bad input stops
 * the command with every error and its row before anything is written.
 */
public final class MatchCommand {

	static final String USAGE = """
			Usage: symbiose match --streams streams.csv [--companies companies.csv] [--parks parks.csv]
			                      [--out DIR] [--objective co2e|value] [--max-per-supply N] [--lang nb|en]

			Reads streams in the import format (docs/import-formats.md); companies give each company's
			site (lat/lon, else its park's, else its municipality's centre) and NACE activity. Writes
			DIR/candidates.csv (ranked) and DIR/allocation.csv (optimal and greedy), default DIR = .
			""";

	private final PrintStream out;

	private final PrintStream err;

	MatchCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/**
	 * Runs the command; returns the process exit code (0 done, 1 bad input, 2 bad usage).
	 */
	public static int main(String[] args, PrintStream out, PrintStream err) {
		return new MatchCommand(out, err).run(args);
	}

	int run(String[] args) {
		Map<String, String> options;
		try {
			options = options(args);
		}
		catch (IllegalArgumentException ex) {
			this.err.println(ex.getMessage());
			this.err.print(USAGE);
			return 2;
		}
		if (options.containsKey("help")) {
			this.out.print(USAGE);
			return 0;
		}
		if (!options.containsKey("streams")) {
			this.err.println("--streams is required");
			this.err.print(USAGE);
			return 2;
		}
		boolean english = "en".equals(options.getOrDefault("lang", "nb"));
		Path outDir = Path.of(options.getOrDefault("out", "."));
		int maxPerSupply;
		try {
			maxPerSupply = Integer.parseInt(options.getOrDefault("max-per-supply", "0"));
		}
		catch (NumberFormatException ex) {
			this.err.println("--max-per-supply must be a whole number, got " + options.get("max-per-supply"));
			return 2;
		}
		String objective = options.getOrDefault("objective", "co2e");
		if (!objective.equals("co2e") && !objective.equals("value")) {
			this.err.println("--objective must be co2e or value, got " + objective);
			return 2;
		}
		List<String> errors = new ArrayList<>();
		Map<String, Site> parks = options.containsKey("parks") ? parks(Path.of(options.get("parks")), errors)
				: Map.of();
		Map<String, Site> companies = options.containsKey("companies")
				? companies(Path.of(options.get("companies")), parks, errors) : Map.of();
		Inputs inputs = streams(Path.of(options.get("streams")), companies, errors);
		if (!errors.isEmpty()) {
			this.err.println(errors.size() + (errors.size() == 1 ? " error" : " errors") + "; nothing was written:");
			errors.forEach(e -> this.err.println("  " + e));
			return 1;
		}
		KnowledgeBase knowledge = KnowledgeBase.builtIn();
		long t0 = System.nanoTime();
		MatchResult result = new CandidateGenerator(knowledge).generate(inputs.supplies, inputs.demands,
				MatchSettings.DEFAULT.withMaxCandidatesPerSupply(maxPerSupply));
		long matchMs = (System.nanoTime() - t0) / 1_000_000;
		try {
			Files.createDirectories(outDir);
			writeCandidates(outDir.resolve("candidates.csv"), result.candidates(), inputs.names, english);
			AllocationSummary allocation = Allocations.writeAllocation(outDir.resolve("allocation.csv"),
					result.candidates(), knowledge, objective, inputs.names);
			this.out.printf(Locale.ROOT,
					"%d supplies, %d demands: %d candidates in %d ms (knowledge base %s)%n%s%nWrote %s and %s%n",
					inputs.supplies.size(), inputs.demands.size(), result.candidates().size(), matchMs,
					knowledge.version(), allocation.text(), outDir.resolve("candidates.csv"),
					outDir.resolve("allocation.csv"));
		}
		catch (IOException ex) {
			this.err.println("Could not write to " + outDir + ": " + ex.getMessage());
			return 1;
		}
		return 0;
	}

	/** What the allocation step reports on the console. */
	record AllocationSummary(String text) {
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--help") || arg.equals("-h")) {
				options.put("help", "");
				continue;
			}
			if (!arg.startsWith("--")) {
				throw new IllegalArgumentException("Unexpected argument: " + arg);
			}
			if (i + 1 >= args.length) {
				throw new IllegalArgumentException(arg + " needs a value");
			}
			String name = arg.substring(2);
			if (!List.of("streams", "companies", "parks", "out", "objective", "max-per-supply", "lang")
				.contains(name)) {
				throw new IllegalArgumentException("Unknown option: " + arg);
			}
			options.put(name, args[++i]);
		}
		return options;
	}

	/** A company's or park's place and activity. */
	record Site(String name, @Nullable GeoPoint location, @Nullable NaceCode nace) {
	}

	record Inputs(List<MatchStream> supplies, List<MatchStream> demands, Map<String, String> names) {
	}

	private static Map<String, Site> parks(Path file, List<String> errors) {
		Map<String, Site> parks = new HashMap<>();
		read(file, errors, (row, where) -> {
			GeoPoint location = point(row, where, errors);
			if (location == null) {
				location = Municipalities.centre(row.get("municipality_number"));
			}
			parks.put(row.get("park_key"), new Site(row.get("name"), location, null));
		});
		return parks;
	}

	private static Map<String, Site> companies(Path file, Map<String, Site> parks, List<String> errors) {
		Map<String, Site> companies = new HashMap<>();
		read(file, errors, (row, where) -> {
			try {
				CompanyKey.of(row.get("company_key"));
				GeoPoint location = point(row, where, errors);
				String park = value(row, "park_key");
				if (location == null && park != null && parks.containsKey(park)) {
					location = parks.get(park).location();
				}
				if (location == null) {
					location = Municipalities.centre(value(row, "municipality_number"));
				}
				String code = value(row, "nace_code");
				NaceCode nace = code == null ? null
						: NaceCode.of(NaceVersion.fromKey(orDefault(value(row, "nace_version"), "SN2007")), code);
				companies.put(row.get("company_key"), new Site(row.get("name"), location, nace));
			}
			catch (IllegalArgumentException ex) {
				errors.add(where + ": " + ex.getMessage());
			}
		});
		return companies;
	}

	private static Inputs streams(Path file, Map<String, Site> companies, List<String> errors) {
		List<MatchStream> supplies = new ArrayList<>();
		List<MatchStream> demands = new ArrayList<>();
		Map<String, String> names = new HashMap<>();
		Map<String, Integer> latestYear = new HashMap<>();
		Map<String, MatchStream> byKey = new LinkedHashMap<>();
		read(file, errors, (row, where) -> {
			try {
				Stream stream = stream(row);
				String key = stream.company().value() + "/" + stream.key();
				if (latestYear.getOrDefault(key, Integer.MIN_VALUE) >= stream.year()) {
					return;
				}
				latestYear.put(key, stream.year());
				Site site = companies.get(stream.company().value());
				String id = (stream.direction() == StreamDirection.INPUT ? "d:" : "s:") + key;
				byKey.put(key, MatchStream.of(id, stream, site == null ? null : site.location(),
						site == null ? null : site.nace()));
				names.put(stream.company().value(), site == null ? stream.company().value() : site.name());
			}
			catch (IllegalArgumentException ex) {
				errors.add(where + ": " + ex.getMessage());
			}
		});
		for (MatchStream stream : byKey.values()) {
			(stream.side() == MatchSide.SUPPLY ? supplies : demands).add(stream);
		}
		return new Inputs(supplies, demands, names);
	}

	private static Stream stream(Map<String, String> row) {
		String unit = value(row, "unit");
		String quantity = value(row, "quantity");
		String temperature = value(row, "temperature_c");
		String ewc = value(row, "ewc_code");
		String material = value(row, "material_class");
		String medium = value(row, "heat_medium");
		String treatment = value(row, "treatment_code");
		FlowUnit flowUnit = unit == null ? null : FlowUnit.fromSymbol(unit);
		AnnualQuantity amount = null;
		if (quantity != null) {
			if (flowUnit == null) {
				throw new IllegalArgumentException("quantity " + quantity + " has no unit");
			}
			amount = AnnualQuantity.of(number(quantity, "quantity"), flowUnit);
		}
		return new Stream(CompanyKey.of(row.get("company_key")), (int) number(row.get("year"), "year"),
				row.get("stream_key"), StreamDirection.fromKey(row.get("direction")), row.get("name"),
				ewc == null ? null : EwcCode.parse(ewc), material == null ? null : MaterialClass.fromKey(material),
				medium == null ? null : HeatMedium.fromKey(medium),
				temperature == null ? null : Celsius.of(number(temperature, "temperature_c")), amount,
				Availability.parse(orDefault(value(row, "availability"), ""), value(row, "available_months")),
				treatment == null ? null : TreatmentCode.of(treatment), value(row, "destination"),
				Confidentiality.fromKey(orDefault(value(row, "confidentiality"), "private")), value(row, "source"));
	}

	interface RowReader {

		void accept(Map<String, String> row, String where);

	}

	private static void read(Path file, List<String> errors, RowReader reader) {
		if (!Files.isRegularFile(file)) {
			errors.add(file + ": no such file");
			return;
		}
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(in, format)) {
			for (CSVRecord record : parser) {
				String where = "%s row %d".formatted(file.getFileName(), record.getRecordNumber() + 1);
				if (!record.isConsistent()) {
					errors.add(where + ": has " + record.size() + " fields, the header has "
							+ parser.getHeaderNames().size());
					continue;
				}
				reader.accept(record.toMap(), where);
			}
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException ex) {
			errors.add(file + ": " + ex.getMessage());
		}
	}

	private static @Nullable GeoPoint point(Map<String, String> row, String where, List<String> errors) {
		String lat = value(row, "lat");
		String lon = value(row, "lon");
		if (lat == null || lon == null) {
			return null;
		}
		try {
			return GeoPoint.of(number(lat, "lat"), number(lon, "lon"));
		}
		catch (IllegalArgumentException ex) {
			errors.add(where + ": " + ex.getMessage());
			return null;
		}
	}

	private static @Nullable String value(Map<String, String> row, String column) {
		String value = row.get(column);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String orDefault(@Nullable String value, String fallback) {
		return value == null ? fallback : value;
	}

	private static double number(@Nullable String text, String column) {
		if (text == null) {
			throw new IllegalArgumentException(column + " is empty");
		}
		try {
			return Double.parseDouble(text.replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(column + " \"" + text + "\" is not a number");
		}
	}

	private void writeCandidates(Path file, List<Candidate> candidates, Map<String, String> names, boolean english)
			throws IOException {
		Texts texts = Texts.load(english);
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			csv.printRecord("rank", "candidate_id", "supply_company", "supply_stream", "demand_company",
					"demand_stream", "rule_id", "rule", "distance_km", "mode", "quantity", "unit", "upper_bound",
					"net_t_co2e_per_yr", "net_kg_co2e_per_unit", "value_nok_per_yr", "transport_cost_nok_per_yr",
					"investment_nok", "payback_years", "flags", "explanation");
			int rank = 0;
			for (Candidate c : candidates) {
				var f = c.figures();
				csv.printRecord(++rank, c.id(), names.getOrDefault(c.supply().company().value(), ""), c.supply().name(),
						names.getOrDefault(c.demand().company().value(), ""), c.demand().name(), c.rule().id(),
						c.rule().name(english), round(c.distanceKm(), 1), c.mode() == null ? "" : c.mode().key(),
						f.quantity() == null ? "" : round(f.quantity(), 1), f.unit().symbol(), f.upperBound(),
						f.net() == null ? "" : round(f.net().tonnes(), 3),
						f.netKgCo2ePerUnit() == null ? "" : round(f.netKgCo2ePerUnit(), 3),
						f.value() == null ? "" : f.value().value(),
						f.transportCost() == null ? "" : f.transportCost().value(),
						f.investment() == null ? "" : f.investment().value(),
						f.paybackYears() == null ? "" : round(f.paybackYears(), 1),
						c.flags().stream().map(flag -> flag.key()).sorted().collect(Collectors.joining(";")),
						texts.explain(c.explanation()));
			}
		}
	}

	static String round(double value, int decimals) {
		return java.math.BigDecimal.valueOf(value)
			.setScale(decimals, java.math.RoundingMode.HALF_UP)
			.stripTrailingZeros()
			.toPlainString();
	}

	/** The explanation texts of i18n/rules*.properties, read without Spring. */
	record Texts(Properties properties, Locale locale) {

		static Texts load(boolean english) {
			Properties properties = new Properties();
			String name = english ? "i18n/rules_en.properties" : "i18n/rules.properties";
			try (InputStream in = MatchCommand.class.getClassLoader().getResourceAsStream(name)) {
				if (in == null) {
					throw new IllegalStateException("The application lacks " + name);
				}
				properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return new Texts(properties, english ? Locale.ENGLISH : Locale.forLanguageTag("nb-NO"));
		}

		String explain(Explanation explanation) {
			return explanation.steps().stream().map(this::line).collect(Collectors.joining(" "));
		}

		String line(Explanation.Step step) {
			String pattern = this.properties.getProperty(step.key(), step.key());
			return new MessageFormat(pattern, this.locale).format(step.args().toArray());
		}

	}

}
