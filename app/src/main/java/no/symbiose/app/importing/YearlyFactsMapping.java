package no.symbiose.app.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import no.symbiose.app.referencedata.ReferenceCodes;
import no.symbiose.app.registry.RuleColumns;

import no.symbiose.engine.registry.CompanyKey;
import no.symbiose.engine.registry.Confidentiality;
import no.symbiose.engine.registry.EnergyCarrier;
import no.symbiose.engine.registry.YearlyFacts;
import no.symbiose.engine.units.Kilowatts;
import no.symbiose.engine.units.MegawattHours;
import no.symbiose.engine.units.Nok;
import no.symbiose.engine.units.TonnesCo2e;

/**
 * yearly_facts.csv ⇄ {@link YearlyFacts} ⇄ table {@code yearly_facts}; natural key
 * {@code company_key} + {@code year}. An energy column is {@code <carrier>_mwh}.
 */
final class YearlyFactsMapping extends TableMapping {

	private static final List<String> DATA = List.of("electricity_mwh", "natural_gas_mwh", "oil_products_mwh",
			"coal_and_coke_mwh", "biomass_mwh", "district_heat_mwh", "hydrogen_mwh", "self_produced_electricity_mwh",
			"peak_power_kw", "transformer_id", "direct_emissions_t_co2e", "employees", "turnover_nok", "export_nok",
			"confidentiality", "source");

	@Override
	Table table() {
		return Table.YEARLY_FACTS;
	}

	@Override
	List<StageColumn> stageColumns() {
		List<StageColumn> columns = new ArrayList<>(
				List.of(new StageColumn("company_key", "text"), new StageColumn("year", "smallint")));
		for (EnergyCarrier carrier : EnergyCarrier.values()) {
			columns.add(new StageColumn(carrier.key() + "_mwh", "double precision"));
		}
		columns.addAll(List.of(new StageColumn("self_produced_electricity_mwh", "double precision"),
				new StageColumn("peak_power_kw", "double precision"), new StageColumn("transformer_id", "text"),
				new StageColumn("direct_emissions_t_co2e", "double precision"), new StageColumn("employees", "integer"),
				new StageColumn("turnover_nok", "bigint"), new StageColumn("export_nok", "bigint"),
				new StageColumn("confidentiality", "text"), new StageColumn("source", "text")));
		return columns;
	}

	@Override
	@Nullable List<@Nullable Object> parse(RowValues row, ReferenceCodes reference) {
		CompanyKey key = row.parseRequired("company_key", CompanyKey::of);
		int year = row.requiredInteger("year");
		EnumMap<EnergyCarrier, MegawattHours> energy = new EnumMap<>(EnergyCarrier.class);
		for (EnergyCarrier carrier : EnergyCarrier.values()) {
			MegawattHours use = row.quantity(carrier.key() + "_mwh", MegawattHours::of);
			if (use != null) {
				energy.put(carrier, use);
			}
		}
		MegawattHours selfProduced = row.quantity("self_produced_electricity_mwh", MegawattHours::of);
		Kilowatts peak = row.quantity("peak_power_kw", Kilowatts::of);
		String transformer = row.text("transformer_id");
		TonnesCo2e emissions = row.quantity("direct_emissions_t_co2e", TonnesCo2e::of);
		Integer employees = row.integer("employees");
		Long turnover = row.whole("turnover_nok");
		Long export = row.whole("export_nok");
		Confidentiality confidentiality = row.parse("confidentiality", Confidentiality::fromKey);
		String source = row.text("source");
		Nok turnoverNok = (turnover == null) ? null : row.build(() -> Nok.of(turnover));
		Nok exportNok = (export == null) ? null : row.build(() -> Nok.of(export));
		if (row.hasErrors() || key == null) {
			return null;
		}
		YearlyFacts facts = row.build(() -> new YearlyFacts(key, year, energy, selfProduced, peak, transformer,
				emissions, employees, turnoverNok, exportNok,
				(confidentiality == null) ? Confidentiality.PRIVATE : confidentiality, source));
		if (facts == null) {
			return null;
		}
		List<@Nullable Object> values = new ArrayList<>();
		values.add(facts.company().value());
		values.add(facts.year());
		for (EnergyCarrier carrier : EnergyCarrier.values()) {
			MegawattHours use = facts.energyUse().get(carrier);
			values.add((use == null) ? null : use.value());
		}
		values.add((facts.selfProducedElectricity() == null) ? null : facts.selfProducedElectricity().value());
		values.add((facts.peakPower() == null) ? null : facts.peakPower().value());
		values.add(facts.transformerId());
		values.add((facts.directEmissions() == null) ? null : facts.directEmissions().value());
		values.add(facts.employees());
		values.add((facts.turnover() == null) ? null : facts.turnover().value());
		values.add((facts.export() == null) ? null : facts.export().value());
		values.add(facts.confidentiality().key());
		values.add(facts.source());
		return values;
	}

	@Override
	String keyExpression() {
		return "company_key || ' ' || year";
	}

	@Override
	List<Check> checks() {
		return List.of(CompanyReference.CHECK);
	}

	@Override
	List<String> upserts() {
		return List.of(upsertOfCompany("yearly_facts", List.of("year"), DATA));
	}

	@Override
	String exportSql(String visibility) {
		return "select co.company_key, f.year, " + String.join(", ", DATA.stream().map(d -> "f." + d).toList())
				+ " from yearly_facts f join company co on co.id = f.company_id where " + visibility
				+ " order by co.company_key, f.year";
	}

	@Override
	Map<String, String> ruleColumns() {
		return RuleColumns.YEARLY_FACTS;
	}

}
