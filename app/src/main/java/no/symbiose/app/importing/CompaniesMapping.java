package no.symbiose.app.importing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import no.symbiose.app.referencedata.ReferenceCodes;
import no.symbiose.app.registry.RuleColumns;

import no.symbiose.engine.registry.Company;
import no.symbiose.engine.registry.CompanyKey;
import no.symbiose.engine.registry.GeoPoint;
import no.symbiose.engine.registry.MunicipalityNumber;
import no.symbiose.engine.registry.NaceCode;
import no.symbiose.engine.registry.NaceVersion;
import no.symbiose.engine.registry.OrgNumber;
import no.symbiose.engine.registry.ParkKey;
import no.symbiose.engine.registry.Tenancy;

/**
 * companies.csv ⇄ {@link Company} (+ {@link Tenancy} when {@code park_key} is given) ⇄
 * tables {@code company} and {@code tenancy}; natural key {@code company_key}. Export
 * writes a company's latest tenancy.
 */
final class CompaniesMapping extends TableMapping {

	private static final List<String> DATA = List.of("org_number", "name", "nace_version", "nace_code",
			"municipality_number", "lat", "lon", "source");

	@Override
	Table table() {
		return Table.COMPANIES;
	}

	@Override
	List<StageColumn> stageColumns() {
		return List.of(new StageColumn("company_key", "text"), new StageColumn("org_number", "text"),
				new StageColumn("name", "text"), new StageColumn("nace_version", "text"),
				new StageColumn("nace_code", "text"), new StageColumn("municipality_number", "text"),
				new StageColumn("lat", "double precision"), new StageColumn("lon", "double precision"),
				new StageColumn("park_key", "text"), new StageColumn("tenancy_from", "date"),
				new StageColumn("tenancy_to", "date"), new StageColumn("source", "text"));
	}

	@Override
	@Nullable List<@Nullable Object> parse(RowValues row, ReferenceCodes reference) {
		CompanyKey key = row.parseRequired("company_key", CompanyKey::of);
		OrgNumber orgNumber = row.parse("org_number", OrgNumber::parse);
		String name = row.required("name");
		NaceVersion version = row.parse("nace_version", NaceVersion::fromKey);
		NaceCode nace = null;
		String naceText = row.text("nace_code");
		if (naceText != null && version == null && row.text("nace_version") == null) {
			row.problem("nace_version", null, "import.naceVersionRequired");
		}
		else if (naceText == null && version != null) {
			row.problem("nace_code", null, "import.naceCodeRequired");
		}
		else if (version != null) {
			nace = row.parse("nace_code", text -> reference.requireKnown(NaceCode.of(version, text)));
		}
		MunicipalityNumber municipality = row.parse("municipality_number",
				text -> reference.requireKnown(MunicipalityNumber.of(Digits.pad(text, 4))));
		GeoPoint location = Locations.read(row);
		ParkKey park = row.parse("park_key", ParkKey::of);
		LocalDate from = row.date("tenancy_from");
		LocalDate to = row.date("tenancy_to");
		if (park != null && from == null && row.text("tenancy_from") == null) {
			row.problem("tenancy_from", null, "import.tenancyFromRequired");
		}
		if (park == null && row.text("park_key") == null && (from != null || to != null)) {
			row.problem("park_key", null, "import.parkKeyRequired");
		}
		String source = row.text("source");
		if (row.hasErrors() || key == null || name == null) {
			return null;
		}
		NaceCode naceCode = nace;
		Company company = row.build(() -> new Company(key, orgNumber, name, naceCode, municipality, location, source));
		Tenancy tenancy = (park == null || from == null) ? null : row.build(() -> new Tenancy(key, park, from, to));
		if (company == null || (park != null && tenancy == null)) {
			return null;
		}
		return Arrays.asList(company.key().value(), (company.orgNumber() == null) ? null : company.orgNumber().value(),
				company.name(), (company.nace() == null) ? null : company.nace().version().name(),
				(company.nace() == null) ? null : company.nace().code(),
				(company.municipality() == null) ? null : company.municipality().value(),
				(company.location() == null) ? null : company.location().latitude(),
				(company.location() == null) ? null : company.location().longitude(),
				(tenancy == null) ? null : tenancy.park().value(), (tenancy == null) ? null : tenancy.from(),
				(tenancy == null) ? null : tenancy.to(), company.source());
	}

	@Override
	String keyExpression() {
		return "company_key";
	}

	@Override
	List<Check> checks() {
		return List.of(new Check("select s.row_no, s.park_key as value, s.park_key as arg from import_stage s"
				+ " where s.park_key is not null and not exists (select 1 from park p where p.park_key = s.park_key)",
				"park_key", "import.unknownPark"),
				new Check(
						"select s.row_no, s.org_number as value, c.company_key as arg from import_stage s"
								+ " join company c on c.org_number = s.org_number and c.company_key <> s.company_key",
						"org_number", "import.orgNumberTaken"),
				new Check("select row_no, org_number as value, first_key as arg from (select row_no, org_number,"
						+ " first_value(company_key) over (partition by org_number order by row_no) as first_key,"
						+ " row_number() over (partition by org_number order by row_no) as n"
						+ " from import_stage where org_number is not null) d where n > 1", "org_number",
						"import.orgNumberTaken"));
	}

	@Override
	List<String> upserts() {
		String tenancy = """
				with t as (
				  insert into tenancy (company_id, park_id, valid_from, valid_to)
				  select c.id, p.id, s.tenancy_from, s.tenancy_to from import_stage s
				  join company c on c.company_key = s.company_key join park p on p.park_key = s.park_key
				  on conflict (company_id, park_id, valid_from) do update set valid_to = excluded.valid_to
				  where tenancy.valid_to is distinct from excluded.valid_to
				  returning company_id)
				insert into import_changed (key, inserted)
				select c.company_key, false from t join company c on c.id = t.company_id
				on conflict (key) do nothing""";
		return List.of(upsert("company",
				"select company_key, " + String.join(", ", DATA) + " from import_stage order by row_no",
				List.of("company_key"), DATA, "company.company_key", true), tenancy);
	}

	@Override
	String exportSql(String visibility) {
		return """
				select co.company_key, co.org_number, co.name, co.nace_version, co.nace_code, co.municipality_number,
				       co.lat, co.lon, t.park_key, t.valid_from as tenancy_from, t.valid_to as tenancy_to, co.source
				from company co
				left join lateral (select p.park_key, t.valid_from, t.valid_to from tenancy t join park p on p.id = t.park_id
				                   where t.company_id = co.id order by t.valid_from desc, p.park_key limit 1) t on true
				order by co.company_key""";
	}

	@Override
	Map<String, String> ruleColumns() {
		return RuleColumns.COMPANIES;
	}

}
