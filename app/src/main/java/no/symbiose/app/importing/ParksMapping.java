package no.symbiose.app.importing;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import no.symbiose.app.referencedata.ReferenceCodes;
import no.symbiose.app.registry.RuleColumns;

import no.symbiose.engine.accounting.ParkLand;
import no.symbiose.engine.registry.BuildingUse;
import no.symbiose.engine.registry.CountyNumber;
import no.symbiose.engine.registry.GeoPoint;
import no.symbiose.engine.registry.Infrastructure;
import no.symbiose.engine.registry.LandUse;
import no.symbiose.engine.registry.MunicipalityNumber;
import no.symbiose.engine.registry.OrganisationModel;
import no.symbiose.engine.registry.Park;
import no.symbiose.engine.registry.ParkKey;
import no.symbiose.engine.registry.ParkKind;
import no.symbiose.engine.units.Decares;
import no.symbiose.engine.units.MegavoltAmperes;
import no.symbiose.engine.units.SquareMetres;

/** parks.csv ⇄ {@link Park} ⇄ table {@code park}; natural key {@code park_key}. */
final class ParksMapping extends TableMapping {

	private static final List<String> DATA = List.of("name", "kind", "organisation_model", "county_number",
			"municipality_number", "lat", "lon", "land_total_daa", "land_used_daa", "land_free_zoned_daa",
			"building_total_m2", "building_used_m2", "infrastructure", "transformer_capacity_mva", "source",
			"land_year");

	@Override
	Table table() {
		return Table.PARKS;
	}

	@Override
	List<StageColumn> stageColumns() {
		return List.of(new StageColumn("park_key", "text"), new StageColumn("name", "text"),
				new StageColumn("kind", "text"), new StageColumn("organisation_model", "text"),
				new StageColumn("county_number", "text"), new StageColumn("municipality_number", "text"),
				new StageColumn("lat", "double precision"), new StageColumn("lon", "double precision"),
				new StageColumn("land_total_daa", "double precision"),
				new StageColumn("land_used_daa", "double precision"),
				new StageColumn("land_free_zoned_daa", "double precision"),
				new StageColumn("building_total_m2", "double precision"),
				new StageColumn("building_used_m2", "double precision"), new StageColumn("infrastructure", "text[]"),
				new StageColumn("transformer_capacity_mva", "double precision"), new StageColumn("source", "text"),
				new StageColumn("land_year", "smallint"));
	}

	@Override
	@Nullable List<@Nullable Object> parse(RowValues row, ReferenceCodes reference) {
		ParkKey key = row.parseRequired("park_key", ParkKey::of);
		String name = row.required("name");
		ParkKind kind = row.parseRequired("kind", ParkKind::fromKey);
		OrganisationModel model = row.parse("organisation_model", OrganisationModel::fromKey);
		CountyNumber county = row.parseRequired("county_number",
				text -> reference.requireKnown(CountyNumber.of(Digits.pad(text, 2))));
		MunicipalityNumber municipality = row.parse("municipality_number",
				text -> reference.requireKnown(MunicipalityNumber.of(Digits.pad(text, 4))));
		GeoPoint location = Locations.read(row);
		Decares landTotal = row.quantity("land_total_daa", Decares::of);
		Decares landUsed = row.quantity("land_used_daa", Decares::of);
		Decares landFree = row.quantity("land_free_zoned_daa", Decares::of);
		SquareMetres buildingTotal = row.quantity("building_total_m2", SquareMetres::of);
		SquareMetres buildingUsed = row.quantity("building_used_m2", SquareMetres::of);
		EnumSet<Infrastructure> infrastructure = row.parse("infrastructure", ParksMapping::infrastructure);
		MegavoltAmperes transformer = row.quantity("transformer_capacity_mva", MegavoltAmperes::of);
		String source = row.text("source");
		Integer landYear = row.integer("land_year");
		if (landYear != null) {
			row.build(() -> ParkLand.requireYear(landYear));
		}
		if (row.hasErrors() || key == null || name == null || kind == null || county == null) {
			return null;
		}
		Park park = row.build(() -> new Park(key, name, kind, model, county, municipality, location,
				new LandUse(landTotal, landUsed, landFree), new BuildingUse(buildingTotal, buildingUsed),
				(infrastructure == null) ? EnumSet.noneOf(Infrastructure.class) : infrastructure, transformer, source));
		if (park == null) {
			return null;
		}
		LandUse land = park.land();
		BuildingUse buildings = park.buildings();
		return Arrays.asList(park.key().value(), park.name(), park.kind().key(), keyOf(park.organisationModel()),
				park.county().value(), (park.municipality() == null) ? null : park.municipality().value(),
				(park.location() == null) ? null : park.location().latitude(),
				(park.location() == null) ? null : park.location().longitude(),
				(land.total() == null) ? null : land.total().value(),
				(land.used() == null) ? null : land.used().value(),
				(land.freeZoned() == null) ? null : land.freeZoned().value(),
				(buildings.total() == null) ? null : buildings.total().value(),
				(buildings.used() == null) ? null : buildings.used().value(),
				park.infrastructure().stream().map(Infrastructure::key).collect(Collectors.joining(",", "{", "}")),
				(park.transformerCapacity() == null) ? null : park.transformerCapacity().value(), park.source(),
				landYear);
	}

	/**
	 * {@code quay;rail}: the set is stored in the enum's order, so equal sets compare
	 * equal.
	 */
	static EnumSet<Infrastructure> infrastructure(String text) {
		EnumSet<Infrastructure> set = EnumSet.noneOf(Infrastructure.class);
		for (String part : text.split(";")) {
			if (!part.isBlank()) {
				set.add(Infrastructure.fromKey(part.strip()));
			}
		}
		return set;
	}

	@Override
	String keyExpression() {
		return "park_key";
	}

	@Override
	List<Check> checks() {
		return List.of();
	}

	@Override
	List<String> upserts() {
		return List
			.of(upsert("park", "select park_key, " + String.join(", ", DATA) + " from import_stage order by row_no",
					List.of("park_key"), DATA, "park.park_key", true));
	}

	@Override
	String exportSql(String visibility) {
		return """
				select park_key, name, kind, organisation_model, county_number, municipality_number, lat, lon,
				       land_total_daa, land_used_daa, land_free_zoned_daa, building_total_m2, building_used_m2,
				       array_to_string(infrastructure, ';') as infrastructure, transformer_capacity_mva, source,
				       land_year
				from park order by park_key""";
	}

	@Override
	Map<String, String> ruleColumns() {
		return RuleColumns.PARKS;
	}

}
