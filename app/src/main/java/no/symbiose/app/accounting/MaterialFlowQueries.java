package no.symbiose.app.accounting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import no.symbiose.app.security.Viewer;
import no.symbiose.app.security.Visibility;
import no.symbiose.engine.registry.Availability;
import no.symbiose.engine.registry.CompanyKey;
import no.symbiose.engine.registry.Confidentiality;
import no.symbiose.engine.registry.EwcCode;
import no.symbiose.engine.registry.HeatMedium;
import no.symbiose.engine.registry.MaterialClass;
import no.symbiose.engine.registry.Stream;
import no.symbiose.engine.registry.StreamDirection;
import no.symbiose.engine.registry.TreatmentCode;
import no.symbiose.engine.rules.RuleViolation;
import no.symbiose.engine.units.AnnualQuantity;
import no.symbiose.engine.units.Celsius;
import no.symbiose.engine.units.FlowUnit;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what the material-flow analysis needs: every stream of the years (all rows,
 * whoever may see them, each marked with whether this viewer may, by {@link Visibility}),
 * and the titles of the EWC chapters.
 */
@Component
class MaterialFlowQueries {

	/**
	 * A stream as the engine takes it, with its company and whether the viewer may see
	 * the row. {@code stream} is {@code null} when the row breaks a registry rule (a row
	 * written past the API, such as waste without an EWC code): it is then counted as
	 * left out, never guessed at.
	 */
	record StreamRow(long companyId, String companyName, int year, @Nullable Stream stream, boolean visible) {
	}

	/** An EWC chapter (level 1 of the List of Waste) with its titles. */
	record Chapter(String code, String titleEn, @Nullable String titleNb) {

		String title(Locale locale) {
			return "nb".equals(locale.getLanguage()) && this.titleNb != null ? this.titleNb : this.titleEn;
		}

	}

	private final JdbcClient jdbc;

	MaterialFlowQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<StreamRow> streams(Collection<Integer> years, Viewer viewer) {
		MapSqlParameterSource params = new MapSqlParameterSource(Visibility.parameters(viewer)).addValue("years",
				years);
		return this.jdbc.sql("""
				select s.company_id, c.company_key, c.name as company_name, s.year, s.stream_key, s.direction, s.name,
				       s.ewc_code, s.material_class, s.heat_medium, s.temperature_c, s.quantity, s.unit,
				       s.availability, array_to_string(s.available_months, ';') as months, s.treatment_code,
				       s.confidentiality, %s as visible
				from stream s join company c on c.id = s.company_id
				where s.year in (:years)""".formatted(Visibility.predicate("s.confidentiality", "s.company_id")))
			.paramSource(params)
			.query((rs, n) -> new StreamRow(rs.getLong("company_id"), rs.getString("company_name"), rs.getInt("year"),
					streamOrNull(rs), rs.getBoolean("visible")))
			.list();
	}

	/**
	 * The streams of the year that are not public and that the viewer may see, as
	 * "company key/stream key", by the rule of {@link #streams}: every other stream that
	 * is not public is hidden from the viewer ({@code is true}: a rule that cannot be
	 * decided hides). Few for every role but the national administrator, where the
	 * streams hidden were nearly all that are not public.
	 */
	List<String> visibleConfidentialStreams(int year, Viewer viewer) {
		return this.jdbc
			.sql("""
					select c.company_key || '/' || s.stream_key
					from stream s join company c on c.id = s.company_id
					where s.year = :year and s.confidentiality <> 'public' and %s and (%s) is true""".formatted(
					Visibility.companiesBeyondPublic(viewer, "s.company_id"),
					Visibility.predicate("s.confidentiality", "s.company_id")))
			.param("year", year)
			.params(Visibility.parameters(viewer))
			.query(String.class)
			.list();
	}

	/** The chapters of the List of Waste, by their two digits. */
	Map<String, Chapter> chapters() {
		return this.jdbc.sql("select code, title_en, title_nb from ewc_code where level = 1 order by code")
			.query((rs, n) -> new Chapter(rs.getString("code"), rs.getString("title_en"), rs.getString("title_nb")))
			.list()
			.stream()
			.collect(Collectors.toMap(Chapter::code, chapter -> chapter));
	}

	private static @Nullable Stream streamOrNull(ResultSet rs) throws SQLException {
		try {
			return stream(rs);
		}
		catch (RuleViolation refused) {
			return null;
		}
	}

	private static Stream stream(ResultSet rs) throws SQLException {
		String ewc = rs.getString("ewc_code");
		String material = rs.getString("material_class");
		String medium = rs.getString("heat_medium");
		Double temperature = rs.getObject("temperature_c", Double.class);
		Double quantity = rs.getObject("quantity", Double.class);
		String unit = rs.getString("unit");
		String treatment = rs.getString("treatment_code");
		return new Stream(CompanyKey.of(rs.getString("company_key")), rs.getInt("year"), rs.getString("stream_key"),
				StreamDirection.fromKey(rs.getString("direction")), rs.getString("name"),
				ewc == null ? null : new EwcCode(ewc), material == null ? null : MaterialClass.fromKey(material),
				medium == null ? null : HeatMedium.fromKey(medium),
				temperature == null ? null : Celsius.of(temperature),
				quantity == null || unit == null ? null : AnnualQuantity.of(quantity, FlowUnit.fromSymbol(unit)),
				Availability.parse(rs.getString("availability"), rs.getString("months")),
				treatment == null ? null : TreatmentCode.of(treatment), null,
				Confidentiality.fromKey(rs.getString("confidentiality")), null);
	}

}
