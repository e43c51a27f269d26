package no.symbiose.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The keys and users the simulation picks from: the files {@code load-users.csv},
 * {@code load-parks.csv} and {@code load-companies.csv} that bench's {@code NationalLoad}
 * writes beside the import files. Each file has a header row, comma-separated cells and
 * no quoting (keys never contain a comma); an empty cell is absent from the row's map.
 * <p>
 * The feeders are Gatling's shape (an endless iterator of maps) but plain Java, so the
 * unit test needs no Gatling. Random feeders draw from one seeded generator, so two runs
 * with the same data ask for the same things in the same order per feeder.
 */
public final class LoadData {

	private final List<Map<String, String>> users;

	private final List<Map<String, String>> parks;

	private final List<Map<String, String>> companies;

	private final long seed;

	LoadData(List<Map<String, String>> users, List<Map<String, String>> parks, List<Map<String, String>> companies,
			long seed) {
		this.users = List.copyOf(users);
		this.parks = List.copyOf(parks);
		this.companies = List.copyOf(companies);
		this.seed = seed;
		if (this.parks.isEmpty() || this.companies.isEmpty()) {
			throw new IllegalArgumentException("the load data need at least one park and one company");
		}
	}

	/** Reads the three files in {@code directory}. */
	public static LoadData read(Path directory, long seed) {
		return new LoadData(rows(directory.resolve("load-users.csv")), rows(directory.resolve("load-parks.csv")),
				rows(directory.resolve("load-companies.csv")), seed);
	}

	static List<Map<String, String>> rows(Path file) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file + "; run bench's NationalLoad first", ex);
		}
		if (lines.isEmpty()) {
			throw new IllegalArgumentException(file + " has no header row");
		}
		String[] header = lines.get(0).split(",", -1);
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			String[] cells = lines.get(i).split(",", -1);
			if (cells.length != header.length) {
				throw new IllegalArgumentException("%s line %d: %d cells for %d columns %s".formatted(file, i + 1,
						cells.length, header.length, Arrays.toString(header)));
			}
			Map<String, String> row = new HashMap<>();
			for (int c = 0; c < header.length; c++) {
				if (!cells[c].isEmpty()) {
					row.put(header[c], cells[c]);
				}
			}
			rows.add(Collections.unmodifiableMap(row));
		}
		return rows;
	}

	/** The users of a role ({@code app_user.role}), in file order. */
	public List<Map<String, String>> users(String role) {
		return this.users.stream().filter(user -> role.equals(user.get("role"))).toList();
	}

	/** The companies that are tenants of a park. */
	public List<Map<String, String>> tenants() {
		return this.companies.stream().filter(company -> company.containsKey("park")).toList();
	}

	public List<Map<String, String>> parks() {
		return this.parks;
	}

	public List<Map<String, String>> companies() {
		return this.companies;
	}

	/**
	 * Each user of the role once per virtual user, in turn, wrapping round: virtual users
	 * of a role log in as different people. Fails at once if the role has no user.
	 */
	public Iterator<Map<String, Object>> circular(String role) {
		List<Map<String, String>> rows = users(role);
		if (rows.isEmpty()) {
			throw new IllegalArgumentException("load-users.csv has no user with role " + role);
		}
		return new Iterator<>() {

			private int next;

			@Override
			public boolean hasNext() {
				return true;
			}

			@Override
			public synchronized Map<String, Object> next() {
				return Map.copyOf(rows.get(this.next++ % rows.size()));
			}

		};
	}

	/**
	 * Random rows, each field prefixed (a park's {@code park} becomes
	 * {@code visit_park}), so they do not shadow the user's own fields in the session.
	 */
	public Supplier<Iterator<Map<String, Object>>> random(List<Map<String, String>> rows, String prefix, long stream) {
		if (rows.isEmpty()) {
			throw new IllegalArgumentException("nothing to draw " + prefix + " from");
		}
		return () -> new Iterator<>() {

			private final SplittableRandom random = new SplittableRandom(LoadData.this.seed * 31 + stream);

			@Override
			public boolean hasNext() {
				return true;
			}

			@Override
			public synchronized Map<String, Object> next() {
				Map<String, Object> row = new HashMap<>();
				rows.get(this.random.nextInt(rows.size())).forEach((key, value) -> row.put(prefix + key, value));
				return row;
			}

		};
	}

	/**
	 * A reporter's import file: one excess-heat stream of their company for the year,
	 * {@code load-heat} (so the import inserts it once and updates it after), private,
	 * with a quantity that changes each time; the columns of {@code streams.csv}.
	 */
	public static String streamFile(String company, int year, double quantityMwh) {
		return String.format(Locale.ROOT,
				"""
						company_key,year,stream_key,direction,name,ewc_code,material_class,heat_medium,temperature_c,quantity,unit,availability,available_months,treatment_code,destination,confidentiality,source
						%s,%d,load-heat,excess_heat,Overskuddsvarme (lasttest),,,hot_water,80,%.1f,MWh/yr,continuous,,,,private,Lasttest (syntetisk)
						""",
				company, year, quantityMwh);
	}

}
