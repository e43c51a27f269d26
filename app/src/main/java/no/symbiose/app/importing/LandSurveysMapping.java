package no.symbiose.app.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import no.symbiose.app.referencedata.ReferenceCodes;

import no.symbiose.engine.registry.LandSurvey;
import no.symbiose.engine.registry.ParkKey;
import no.symbiose.engine.units.Decares;
import no.symbiose.engine.units.SquareMetres;

/**
 * land_surveys.csv ⇄ {@link LandSurvey} ⇄ table {@code land_survey}; natural key
 * {@code survey_key}. Land and building figures reported only as a total over a group of
 * parks (source 002's 18 000 daa at seven of eight parks); the group is
 * {@code park_keys}, {@code ;}-separated, each a park of the registry. Shares are
 * percentages as the source writes them (79).
 */
final class LandSurveysMapping extends TableMapping {

	private static final List<String> DATA = List.of("year", "park_keys", "parks_answered", "land_total_daa",
			"land_free_zoned_daa", "land_use_percent_reported", "building_free_m2", "building_use_percent_reported",
			"source", "quote");

	private static final Map<String, String> RULE_COLUMNS = Map.of("registry.landSurvey.keyFormat", "survey_key",
			"registry.year.range", "year", "registry.landSurvey.noParks", "park_keys",
			"registry.landSurvey.answeredOutsideGroup", "parks_answered", "registry.landSurvey.freeAboveTotal",
			"land_free_zoned_daa", "registry.landSurvey.sourceBlank", "source");

	@Override
	Table table() {
		return Table.LAND_SURVEYS;
	}

	@Override
	List<StageColumn> stageColumns() {
		return List.of(new StageColumn("survey_key", "text"), new StageColumn("year", "smallint"),
				new StageColumn("park_keys", "text[]"), new StageColumn("parks_answered", "integer"),
				new StageColumn("land_total_daa", "double precision"),
				new StageColumn("land_free_zoned_daa", "double precision"),
				new StageColumn("land_use_percent_reported", "double precision"),
				new StageColumn("building_free_m2", "double precision"),
				new StageColumn("building_use_percent_reported", "double precision"), new StageColumn("source", "text"),
				new StageColumn("quote", "text"));
	}

	@Override
	@Nullable List<@Nullable Object> parse(RowValues row, ReferenceCodes reference) {
		String key = row.required("survey_key");
		int year = row.requiredInteger("year");
		List<ParkKey> parks = row.parseRequired("park_keys", LandSurveysMapping::parkKeys);
		int answered = row.requiredInteger("parks_answered");
		Decares landTotal = row.quantity("land_total_daa", Decares::of);
		Decares landFree = row.quantity("land_free_zoned_daa", Decares::of);
		Double landUse = percent(row, "land_use_percent_reported");
		SquareMetres buildingFree = row.quantity("building_free_m2", SquareMetres::of);
		Double buildingUse = percent(row, "building_use_percent_reported");
		String source = row.required("source");
		String quote = row.text("quote");
		if (row.hasErrors() || key == null || parks == null || source == null) {
			return null;
		}
		LandSurvey survey = row.build(() -> new LandSurvey(key, year, parks, answered, landTotal, landFree,
				landUse == null ? null : landUse / 100, buildingFree, buildingUse == null ? null : buildingUse / 100,
				source, quote));
		if (survey == null) {
			return null;
		}
		return Arrays.asList(survey.key(), survey.year(),
				survey.parks().stream().map(ParkKey::value).collect(Collectors.joining(",", "{", "}")),
				survey.parksAnswered(), landTotal == null ? null : landTotal.value(),
				landFree == null ? null : landFree.value(), landUse, buildingFree == null ? null : buildingFree.value(),
				buildingUse, survey.source(), survey.quote());
	}

	/** {@code heroya;mo}: a group of parks in the survey's own order. */
	static List<ParkKey> parkKeys(String text) {
		List<ParkKey> keys = new ArrayList<>();
		for (String part : text.split(";")) {
			if (!part.isBlank()) {
				keys.add(ParkKey.of(part.strip()));
			}
		}
		return keys;
	}

	/** A percentage 0–100 as the source writes it; the survey's rule is on shares. */
	private static @Nullable Double percent(RowValues row, String column) {
		Double value = row.decimal(column);
		if (value != null && (value < 0 || value > 100)) {
			row.problem(column, row.text(column), "registry.landSurvey.shareRange", value / 100);
			return null;
		}
		return value;
	}

	@Override
	String keyExpression() {
		return "survey_key";
	}

	@Override
	List<Check> checks() {
		return List.of(new Check("""
				select s.row_no, k as value, k as arg from import_stage s cross join lateral unnest(s.park_keys) k
				where not exists (select 1 from park p where p.park_key = k)""", "park_keys", "import.unknownPark"));
	}

	@Override
	List<String> upserts() {
		return List.of(upsert("land_survey",
				"select survey_key, " + String.join(", ", DATA) + " from import_stage order by row_no",
				List.of("survey_key"), DATA, "land_survey.survey_key", true));
	}

	@Override
	String exportSql(String visibility) {
		return """
				select survey_key, year, array_to_string(park_keys, ';') as park_keys, parks_answered, land_total_daa,
				       land_free_zoned_daa, land_use_percent_reported, building_free_m2, building_use_percent_reported,
				       source, quote
				from land_survey order by survey_key""";
	}

	@Override
	Map<String, String> ruleColumns() {
		return RULE_COLUMNS;
	}

}
