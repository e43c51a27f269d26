package no.symbiose.app.importing;

import java.util.List;
import java.util.Map;

import no.symbiose.app.security.Viewer;
import no.symbiose.app.security.Visibility;

/**
 * The rows a viewer may import, as checks over {@code import_stage}. A park facilitator
 * speaks for their park and its active tenants (a company row may also make a company a
 * tenant of their park); a company reporter for their own company. National
 * administrators speak for all; other roles never get this far
 * ({@link ImportService#requireAllowed}).
 */
final class ScopeChecks {

	private static final String ACTIVE_TENANT = """
			exists (select 1 from tenancy t join company c on c.id = t.company_id
			        where c.company_key = s.company_key and t.park_id = :viewerParkId
			        and """ + Visibility.activeTenancy("t") + ")";

	private ScopeChecks() {
	}

	static List<TableMapping.Check> forViewer(Table table, Viewer viewer) {
		return switch (viewer.role()) {
			case PARK_FACILITATOR -> switch (table) {
				case PARKS -> List.of(new TableMapping.Check(
						"select s.row_no, s.park_key as value, s.park_key as arg from import_stage s"
								+ " where s.park_key <> (select park_key from park where id = :viewerParkId)",
						"park_key", "import.notYourPark"));
				case COMPANIES -> List.of(new TableMapping.Check(
						// A new company may be placed in the facilitator's park; an
						// existing one must
						// already be an active tenant there (as
						// RegistryPermissions.mayWriteCompany
						// requires), or an import could take over any company and read
						// its figures.
						"select s.row_no, s.company_key as value, s.park_key as arg from import_stage s where not ("
								+ "(not exists (select 1 from company c where c.company_key = s.company_key)"
								+ " and coalesce(s.park_key = (select park_key from park where id = :viewerParkId), false))"
								+ " or (" + ACTIVE_TENANT + " and (s.park_key is null"
								+ " or s.park_key = (select park_key from park where id = :viewerParkId))))",
						"company_key", "import.notYourTenant"));
				// refused before any row is read (ImportService.requireAllowed)
				case LAND_SURVEYS -> List.of();
				case YEARLY_FACTS, STREAMS -> List.of(new TableMapping.Check(
						"select s.row_no, s.company_key as value, s.company_key as arg from import_stage s where not "
								+ ACTIVE_TENANT,
						"company_key", "import.notYourTenant"));
			};
			case COMPANY_REPORTER -> List.of(new TableMapping.Check(
					"select s.row_no, s.company_key as value, s.company_key as arg from import_stage s"
							+ " where s.company_key is distinct from (select company_key from company where id = :viewerCompanyId)",
					"company_key", "import.notYourCompany"));
			default -> List.of();
		};
	}

	static Map<String, Object> parameters(Viewer viewer) {
		return Map.of("viewerParkId", (viewer.parkId() == null) ? -1L : viewer.parkId(), "viewerCompanyId",
				(viewer.companyId() == null) ? -1L : viewer.companyId());
	}

}
