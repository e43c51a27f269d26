package no.symbiose.app.referencedata;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the reference tables from the files shipped in {@code referencedata/} (copied
 * unchanged from the project's shared data; sources and licences in NOTICE.md): counties
 * and municipalities of the 2024 division, the European List of Waste with bokmål titles
 * plus Norway's national sub-chapter 16 50, NACE Rev. 2 / SN2007 and Rev. 2.1 / SN2025,
 * and the emission factors with their sources. Runs once, as a versioned Flyway
 * migration, in the same transaction as the schema change that records it.
 */
@Component
class ReferenceDataMigration implements JavaMigration {

	private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("2");
	}

	@Override
	public String getDescription() {
		return "reference data";
	}

	@Override
	public Integer getChecksum() {
		// A changed shipped file should be noticed by Flyway's validation like a changed
		// SQL file.
		int checksum = 17;
		for (String file : List.of("no_fylker_2024.csv", "no_kommuner_2024.csv", "ewc_list_of_waste.csv",
				"eal_koder_no.csv", "nace_rev2_sn2007.csv", "nace_rev2_1_sn2025.csv", "emission_factors.csv")) {
			try (var in = new ClassPathResource("referencedata/" + file).getInputStream()) {
				checksum = 31 * checksum + java.util.Arrays.hashCode(in.readAllBytes());
			}
			catch (IOException ex) {
				throw new IllegalStateException("Reference file missing: " + file, ex);
			}
		}
		return checksum;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		loadCounties(connection);
		loadMunicipalities(connection);
		loadWasteCodes(connection);
		loadNace(connection, "SN2007", "nace_rev2_sn2007.csv");
		loadNace(connection, "SN2025", "nace_rev2_1_sn2025.csv");
		loadEmissionFactors(connection);
	}

	private void loadCounties(Connection connection) throws IOException, SQLException {
		load(connection, "no_fylker_2024.csv",
				"insert into county (county_number, name, official_name, centroid_lat, centroid_lon) values (?, ?, ?, ?, ?)",
				(row, statement) -> {
					statement.setString(1, row.get("fylkesnummer"));
					statement.setString(2, row.get("name"));
					statement.setString(3, row.get("fylkesnavn_official"));
					setDouble(statement, 4, row.get("centroid_lat"));
					setDouble(statement, 5, row.get("centroid_lon"));
				});
	}

	private void loadMunicipalities(Connection connection) throws IOException, SQLException {
		load(connection, "no_kommuner_2024.csv",
				"insert into municipality (municipality_number, name, county_number, centroid_lat, centroid_lon) values (?, ?, ?, ?, ?)",
				(row, statement) -> {
					statement.setString(1, row.get("kommunenummer"));
					statement.setString(2, row.get("kommunenavn"));
					statement.setString(3, row.get("fylkesnummer"));
					setDouble(statement, 4, row.get("centroid_lat"));
					setDouble(statement, 5, row.get("centroid_lon"));
				});
	}

	private void loadWasteCodes(Connection connection) throws IOException, SQLException {
		String insert = "insert into ewc_code (code, level, parent, hazardous, entry_type, title_en, title_nb) values (?, ?, ?, ?, ?, ?, ?)";
		load(connection, "ewc_list_of_waste.csv", insert, (row, statement) -> {
			statement.setString(1, row.get("code"));
			statement.setShort(2, Short.parseShort(row.get("level")));
			statement.setString(3, emptyToNull(row.get("parent")));
			String hazardous = row.get("hazardous");
			if (hazardous.isEmpty()) {
				statement.setNull(4, Types.BOOLEAN);
			}
			else {
				statement.setBoolean(4, Boolean.parseBoolean(hazardous));
			}
			statement.setString(5, emptyToNull(row.get("entry_type")));
			statement.setString(6, row.get("title_en"));
			statement.setString(7, emptyToNull(row.get("title_nb")));
		});
		// Norway's national sub-chapter 16 50 (waste landed from offshore oil and gas),
		// registrable
		// in the Norwegian declaration system but absent from the EU list. Titles exist
		// in bokmål
		// only; the English title says so rather than inventing a translation.
		load(connection, "eal_koder_no.csv", insert, (row, statement) -> {
			boolean national = row.get("code").startsWith("1650") && Boolean.parseBoolean(row.get("registrable"));
			if (!national) {
				return false;
			}
			statement.setString(1, row.get("code"));
			statement.setShort(2, Short.parseShort(row.get("level")));
			statement.setString(3, row.get("parent"));
			if ("3".equals(row.get("level"))) {
				statement.setBoolean(4, Boolean.parseBoolean(row.get("hazardous_no")));
			}
			else {
				statement.setNull(4, Types.BOOLEAN);
			}
			statement.setString(5, null);
			statement.setString(6, "(Norwegian national code) " + row.get("title_nb"));
			statement.setString(7, row.get("title_nb"));
			return true;
		});
	}

	private void loadNace(Connection connection, String version, String file) throws IOException, SQLException {
		load(connection, file,
				"insert into nace_code (version, code, level, parent, section, name_en, name_nb) values (?, ?, ?, ?, ?, ?, ?)",
				(row, statement) -> {
					statement.setString(1, version);
					statement.setString(2, row.get("code"));
					statement.setShort(3, Short.parseShort(row.get("level")));
					statement.setString(4, emptyToNull(row.get("parent")));
					statement.setString(5, row.get("section"));
					statement.setString(6, emptyToNull(row.get("name_en")));
					statement.setString(7, emptyToNull(row.get("name_nb")));
				});
	}

	private void loadEmissionFactors(Connection connection) throws IOException, SQLException {
		load(connection, "emission_factors.csv",
				"insert into emission_factor (id, category, item, region, year_or_version, value, unit, basis, gas, source, notes) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				(row, statement) -> {
					statement.setInt(1, Integer.parseInt(row.get("id")));
					statement.setString(2, row.get("category"));
					statement.setString(3, row.get("item"));
					statement.setString(4, row.get("region"));
					statement.setString(5, row.get("year_or_version"));
					statement.setDouble(6, Double.parseDouble(row.get("value")));
					statement.setString(7, row.get("unit"));
					statement.setString(8, emptyToNull(row.get("basis")));
					statement.setString(9, emptyToNull(row.get("gas")));
					statement.setString(10, row.get("source"));
					statement.setString(11, emptyToNull(row.get("notes")));
				});
	}

	@FunctionalInterface
	private interface RowBinder {

		/** Binds one row; returns false to skip it. */
		boolean bind(CSVRecord row, PreparedStatement statement) throws SQLException;

	}

	@FunctionalInterface
	private interface AlwaysBinder extends RowBinder {

		void bindAll(CSVRecord row, PreparedStatement statement) throws SQLException;

		@Override
		default boolean bind(CSVRecord row, PreparedStatement statement) throws SQLException {
			bindAll(row, statement);
			return true;
		}

	}

	private void load(Connection connection, String file, String sql, AlwaysBinder binder)
			throws IOException, SQLException {
		load(connection, file, sql, (RowBinder) binder);
	}

	private void load(Connection connection, String file, String sql, RowBinder binder)
			throws IOException, SQLException {
		try (Reader reader = new InputStreamReader(new ClassPathResource("referencedata/" + file).getInputStream(),
				StandardCharsets.UTF_8);
				CSVParser parser = CSV.parse(reader);
				PreparedStatement statement = connection.prepareStatement(sql)) {
			for (CSVRecord row : parser) {
				if (binder.bind(row, statement)) {
					statement.addBatch();
				}
			}
			statement.executeBatch();
		}
	}

	private static void setDouble(PreparedStatement statement, int index, String value) throws SQLException {
		if (value.isEmpty()) {
			statement.setNull(index, Types.DOUBLE);
		}
		else {
			statement.setDouble(index, Double.parseDouble(value));
		}
	}

	private static @Nullable String emptyToNull(String value) {
		return value.isEmpty() ? null : value;
	}

}
