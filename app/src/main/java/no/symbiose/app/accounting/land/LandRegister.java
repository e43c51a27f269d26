package no.symbiose.app.accounting.land;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.symbiose.app.accounting.AccountScope;
import no.symbiose.engine.accounting.ParkLand;
import no.symbiose.engine.registry.BuildingUse;
import no.symbiose.engine.registry.CountyNumber;
import no.symbiose.engine.registry.FreePlot;
import no.symbiose.engine.registry.LandSurvey;
import no.symbiose.engine.registry.LandUse;
import no.symbiose.engine.registry.ParkKey;
import no.symbiose.engine.registry.ZoningStatus;
import no.symbiose.engine.rules.RuleViolation;
import no.symbiose.engine.units.Decares;
import no.symbiose.engine.units.SquareMetres;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the land tables into the engine's records. Park land figures and surveys are
 * park-level facts, not a company's rows, so no {@code Visibility} rule applies: they are
 * public like the park register itself.
 */
@Component
class LandRegister {

	private static final Logger log = LoggerFactory.getLogger(LandRegister.class);

	/** A park of the scope with its database id and county name. */
	record ParkRow(long id, ParkLand land, String countyNumber, String countyName) {
	}

	/** A free plot with what a form needs to change it. */
	record PlotRow(long id, int version, FreePlot plot, String parkName) {
	}

	private final JdbcClient jdbc;

	LandRegister(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ParkRow> parks(AccountScope scope) {
		return this.jdbc.sql("""
				select p.id, p.park_key, p.name, p.county_number, c.name as county_name, p.land_year,
				       p.land_total_daa, p.land_used_daa, p.land_free_zoned_daa, p.building_total_m2,
				       p.building_used_m2, p.source
				from park p join county c on c.county_number = p.county_number
				where\s""" + where(scope) + " order by p.name")
			.param("key", scope.key())
			.query((rs, n) -> parkRow(rs))
			.list();
	}

	List<LandSurvey> surveys() {
		return this.jdbc.sql("select * from land_survey order by year desc, survey_key")
			.query((rs, n) -> survey(rs))
			.list();
	}

	List<PlotRow> plots(AccountScope scope) {
		return this.jdbc.sql("""
				select l.*, p.park_key, p.name as park_name from land_plot l join park p on p.id = l.park_id
				where\s""" + where(scope) + " order by p.name, l.area_daa desc, l.label")
			.param("key", scope.key())
			.query((rs, n) -> plotRow(rs))
			.list();
	}

	/** Every park's name by key, for naming the parks of a survey's group. */
	Map<String, String> parkNames() {
		Map<String, String> names = new LinkedHashMap<>();
		this.jdbc.sql("select park_key, name from park order by name").query(rs -> {
			names.put(rs.getString("park_key"), rs.getString("name"));
		});
		return names;
	}

	/** Years with a survey or a park's dated figures, newest first. */
	List<Integer> years() {
		return this.jdbc.sql("""
				select year from land_survey
				union select land_year from park where land_year is not null
				order by 1 desc""").query(Integer.class).list();
	}

	private static String where(AccountScope scope) {
		return switch (scope.level()) {
			case NATION -> "true";
			case COUNTY -> "p.county_number = :key";
			case PARK -> "p.park_key = :key";
		};
	}

	private static ParkRow parkRow(ResultSet rs) throws SQLException {
		String key = rs.getString("park_key");
		LandUse land;
		BuildingUse buildings;
		try {
			land = new LandUse(decares(rs, "land_total_daa"), decares(rs, "land_used_daa"),
					decares(rs, "land_free_zoned_daa"));
			buildings = new BuildingUse(squareMetres(rs, "building_total_m2"), squareMetres(rs, "building_used_m2"));
		}
		catch (RuleViolation ex) {
			// Every write path checks these rules; a row written around them is shown as
			// unknown rather than as figures that contradict each other.
			log.warn("Park {} has land figures that break {}; shown as unknown", key, ex.rule());
			land = LandUse.UNKNOWN;
			buildings = BuildingUse.UNKNOWN;
		}
		Integer year = rs.getObject("land_year") == null ? null : rs.getInt("land_year");
		ParkLand parkLand = new ParkLand(ParkKey.of(key), rs.getString("name"),
				CountyNumber.of(rs.getString("county_number")), year, land, buildings, rs.getString("source"));
		return new ParkRow(rs.getLong("id"), parkLand, rs.getString("county_number"), rs.getString("county_name"));
	}

	private static LandSurvey survey(ResultSet rs) throws SQLException {
		Array keys = rs.getArray("park_keys");
		List<ParkKey> parks = Arrays.stream((String[]) keys.getArray()).map(ParkKey::of).toList();
		return new LandSurvey(rs.getString("survey_key"), rs.getInt("year"), parks, rs.getInt("parks_answered"),
				decares(rs, "land_total_daa"), decares(rs, "land_free_zoned_daa"),
				share(rs, "land_use_percent_reported"), squareMetres(rs, "building_free_m2"),
				share(rs, "building_use_percent_reported"), rs.getString("source"), rs.getString("quote"));
	}

	private static PlotRow plotRow(ResultSet rs) throws SQLException {
		Date from = rs.getDate("available_from");
		FreePlot plot = new FreePlot(ParkKey.of(rs.getString("park_key")), rs.getString("label"),
				Decares.of(rs.getDouble("area_daa")), ZoningStatus.fromKey(rs.getString("zoning_status")),
				from == null ? null : from.toLocalDate(), rs.getString("source"));
		return new PlotRow(rs.getLong("id"), rs.getInt("version"), plot, rs.getString("park_name"));
	}

	private static @Nullable Decares decares(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : Decares.of(value);
	}

	private static @Nullable SquareMetres squareMetres(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : SquareMetres.of(value);
	}

	/** A percentage as stored (79) as a share (0.79). */
	private static @Nullable Double share(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value / 100;
	}

}
