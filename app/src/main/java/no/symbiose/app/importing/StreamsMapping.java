package no.symbiose.app.importing;

import java.time.Month;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import no.symbiose.app.referencedata.ReferenceCodes;
import no.symbiose.app.registry.RuleColumns;

import no.symbiose.engine.registry.Availability;
import no.symbiose.engine.registry.CompanyKey;
import no.symbiose.engine.registry.Confidentiality;
import no.symbiose.engine.registry.EwcCode;
import no.symbiose.engine.registry.HeatMedium;
import no.symbiose.engine.registry.MaterialClass;
import no.symbiose.engine.registry.Stream;
import no.symbiose.engine.registry.StreamDirection;
import no.symbiose.engine.registry.TreatmentCode;
import no.symbiose.engine.units.AnnualQuantity;
import no.symbiose.engine.units.Celsius;
import no.symbiose.engine.units.FlowUnit;

/**
 * streams.csv ⇄ {@link Stream} ⇄ table {@code stream}; natural key {@code company_key} +
 * {@code year} + {@code stream_key}. A unit may be given without a quantity (the kind of
 * flow is known, its size not); a quantity needs its unit.
 */
final class StreamsMapping extends TableMapping {

	private static final List<String> DATA = List.of("direction", "name", "ewc_code", "material_class", "heat_medium",
			"temperature_c", "quantity", "unit", "availability", "available_months", "treatment_code", "destination",
			"confidentiality", "source");

	@Override
	Table table() {
		return Table.STREAMS;
	}

	@Override
	List<StageColumn> stageColumns() {
		return List.of(new StageColumn("company_key", "text"), new StageColumn("year", "smallint"),
				new StageColumn("stream_key", "text"), new StageColumn("direction", "text"),
				new StageColumn("name", "text"), new StageColumn("ewc_code", "text"),
				new StageColumn("material_class", "text"), new StageColumn("heat_medium", "text"),
				new StageColumn("temperature_c", "double precision"), new StageColumn("quantity", "double precision"),
				new StageColumn("unit", "text"), new StageColumn("availability", "text"),
				new StageColumn("available_months", "smallint[]"), new StageColumn("treatment_code", "text"),
				new StageColumn("destination", "text"), new StageColumn("confidentiality", "text"),
				new StageColumn("source", "text"));
	}

	@Override
	@Nullable List<@Nullable Object> parse(RowValues row, ReferenceCodes reference) {
		CompanyKey company = row.parseRequired("company_key", CompanyKey::of);
		int year = row.requiredInteger("year");
		String key = row.required("stream_key");
		StreamDirection direction = row.parseRequired("direction", StreamDirection::fromKey);
		String name = row.required("name");
		EwcCode ewc = row.parse("ewc_code", text -> reference.requireKnown(EwcCode.parse(text)));
		MaterialClass material = row.parse("material_class", MaterialClass::fromKey);
		HeatMedium medium = row.parse("heat_medium", HeatMedium::fromKey);
		Celsius temperature = row.quantity("temperature_c", Celsius::of);
		Double amount = row.decimal("quantity");
		FlowUnit unit = row.parse("unit", FlowUnit::fromSymbol);
		if (amount != null && unit == null && row.text("unit") == null) {
			row.problem("unit", null, "import.unitRequired");
		}
		AnnualQuantity quantity = (amount == null || unit == null) ? null
				: row.build(() -> AnnualQuantity.of(amount, unit));
		String availabilityKind = row.text("availability");
		String months = row.text("available_months");
		Availability availability = row
			.build(() -> Availability.parse((availabilityKind == null) ? "" : availabilityKind, months));
		TreatmentCode treatment = row.parse("treatment_code", TreatmentCode::of);
		String destination = row.text("destination");
		Confidentiality confidentiality = row.parse("confidentiality", Confidentiality::fromKey);
		String source = row.text("source");
		if (row.hasErrors() || company == null || key == null || direction == null || name == null
				|| availability == null) {
			return null;
		}
		Stream stream = row.build(() -> new Stream(company, year, key, direction, name, ewc, material, medium,
				temperature, quantity, availability, treatment, destination,
				(confidentiality == null) ? Confidentiality.PRIVATE : confidentiality, source));
		if (stream == null) {
			return null;
		}
		if (unit != null && row.build(() -> stream.requireFits(unit)) == null) {
			return null;
		}
		return Arrays.asList(stream.company().value(), stream.year(), stream.key(), stream.direction().key(),
				stream.name(), (stream.ewc() == null) ? null : stream.ewc().code(), keyOf(stream.material()),
				keyOf(stream.heatMedium()), (stream.temperature() == null) ? null : stream.temperature().value(),
				(stream.quantity() == null) ? null : stream.quantity().amount(), (unit == null) ? null : unit.symbol(),
				stream.availability().kind().key(),
				stream.availability()
					.months()
					.stream()
					.map(Month::getValue)
					.map(String::valueOf)
					.collect(Collectors.joining(",", "{", "}")),
				(stream.treatment() == null) ? null : stream.treatment().code(), stream.destination(),
				stream.confidentiality().key(), stream.source());
	}

	@Override
	String keyExpression() {
		return "company_key || ' ' || year || ' ' || stream_key";
	}

	@Override
	List<Check> checks() {
		return List.of(CompanyReference.CHECK);
	}

	@Override
	List<String> upserts() {
		return List.of(upsertOfCompany("stream", List.of("year", "stream_key"), DATA));
	}

	@Override
	String exportSql(String visibility) {
		return "select co.company_key, s.year, s.stream_key, "
				+ String.join(", ",
						DATA.stream()
							.map(d -> d.equals("available_months")
									? "array_to_string(s.available_months, ';') as available_months" : "s." + d)
							.toList())
				+ " from stream s join company co on co.id = s.company_id where " + visibility
				+ " order by co.company_key, s.year, s.stream_key";
	}

	@Override
	Map<String, String> ruleColumns() {
		return RuleColumns.STREAMS;
	}

}
