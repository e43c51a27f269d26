package no.symbiose.app.referencedata;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.symbiose.app.api.PageResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the reference tables: counties, municipalities, List of Waste, NACE, emission
 * factors.
 */
@Service
@Transactional(readOnly = true)
public class ReferenceQueries {

	public record County(String number, String name, String officialName, @Nullable Double centroidLat,
			@Nullable Double centroidLon) {
	}

	record Municipality(String number, String name, String countyNumber, @Nullable Double centroidLat,
			@Nullable Double centroidLon) {
	}

	/** An entry of the List of Waste; level 1 chapter, 2 sub-chapter, 3 waste entry. */
	record WasteCode(String code, int level, @Nullable String parent, @Nullable Boolean hazardous,
			@Nullable String entryType, String titleEn, @Nullable String titleNb) {
	}

	record NaceEntry(String version, String code, int level, @Nullable String parent, String section,
			@Nullable String nameEn, @Nullable String nameNb) {
	}

	record EmissionFactor(int id, String category, String item, String region, String yearOrVersion, double value,
			String unit, @Nullable String basis, @Nullable String gas, String source, @Nullable String notes) {
	}

	private final JdbcClient jdbc;

	ReferenceQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<County> counties() {
		return this.jdbc.sql("select * from county order by county_number")
			.query((rs, n) -> new County(rs.getString("county_number"), rs.getString("name"),
					rs.getString("official_name"), (Double) rs.getObject("centroid_lat"),
					(Double) rs.getObject("centroid_lon")))
			.list();
	}

	List<Municipality> municipalities(@Nullable String countyNumber) {
		return this.jdbc
			.sql("select * from municipality where (cast(:county as text) is null or county_number = :county)"
					+ " order by municipality_number")
			.param("county", countyNumber)
			.query((rs, n) -> new Municipality(rs.getString("municipality_number"), rs.getString("name"),
					rs.getString("county_number"), (Double) rs.getObject("centroid_lat"),
					(Double) rs.getObject("centroid_lon")))
			.list();
	}

	/**
	 * @param search part of a title (either language) or the start of a code, spaces
	 * ignored
	 */
	PageResponse<WasteCode> wasteCodes(@Nullable String search, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		String where = "";
		if (search != null && !search.isBlank()) {
			where = " where code like :codePrefix or title_nb ilike :text or title_en ilike :text";
			params.put("codePrefix", like(search.replace(" ", "").replace("*", "")) + "%");
			params.put("text", "%" + like(search.strip()) + "%");
		}
		long total = this.jdbc.sql("select count(*) from ewc_code" + where).params(params).query(Long.class).single();
		List<WasteCode> items = this.jdbc
			.sql("select * from ewc_code" + where + " order by code limit :limit offset :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((rs, n) -> new WasteCode(rs.getString("code"), rs.getInt("level"), rs.getString("parent"),
					(Boolean) rs.getObject("hazardous"), rs.getString("entry_type"), rs.getString("title_en"),
					rs.getString("title_nb")))
			.list();
		return PageResponse.of(items, page, size, total);
	}

	/**
	 * @param search part of a name (either language) or the start of a code
	 */
	PageResponse<NaceEntry> nace(String version, @Nullable String search, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		params.put("version", version);
		String where = " where version = :version";
		if (search != null && !search.isBlank()) {
			where += " and (code like :codePrefix or name_nb ilike :text or name_en ilike :text)";
			params.put("codePrefix", like(search.strip()) + "%");
			params.put("text", "%" + like(search.strip()) + "%");
		}
		long total = this.jdbc.sql("select count(*) from nace_code" + where).params(params).query(Long.class).single();
		List<NaceEntry> items = this.jdbc
			.sql("select * from nace_code" + where + " order by code limit :limit offset :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((rs, n) -> new NaceEntry(rs.getString("version"), rs.getString("code"), rs.getInt("level"),
					rs.getString("parent"), rs.getString("section"), rs.getString("name_en"), rs.getString("name_nb")))
			.list();
		return PageResponse.of(items, page, size, total);
	}

	List<EmissionFactor> emissionFactors() {
		return this.jdbc.sql("select * from emission_factor order by id")
			.query((rs, n) -> new EmissionFactor(rs.getInt("id"), rs.getString("category"), rs.getString("item"),
					rs.getString("region"), rs.getString("year_or_version"), rs.getDouble("value"),
					rs.getString("unit"), rs.getString("basis"), rs.getString("gas"), rs.getString("source"),
					rs.getString("notes")))
			.list();
	}

	private static String like(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
