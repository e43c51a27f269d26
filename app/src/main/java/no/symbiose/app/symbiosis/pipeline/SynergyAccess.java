package no.symbiose.app.symbiosis.pipeline;

import java.util.Map;

import no.symbiose.app.security.Viewer;
import no.symbiose.app.security.Visibility;

/**
 * Who may read and who may manage a synergy, as SQL over {@code synergy} (alias
 * {@code s}), so a synergy the viewer may not see never leaves the database.
 *
 * <ul>
 * <li>national administrators: all;</li>
 * <li>county officers: those where either company's municipality lies in their
 * county;</li>
 * <li>park facilitators: those where either company is an active tenant of their
 * park;</li>
 * <li>company reporters read those of their own company, but manage none (they opt in and
 * add notes, see {@link SynergyService}).</li>
 * </ul>
 * Both predicates take {@link #parameters(Viewer)}. The accounts read realised quantities
 * through {@link #read()} too, so an account never shows an exchange its viewer may not
 * see.
 */
public final class SynergyAccess {

	private static final String MANAGE = """
			(:viewerRole = 'national_admin'
			 or (:viewerRole = 'county_officer' and exists (
			       select 1 from company vc join municipality vm on vm.municipality_number = vc.municipality_number
			       where vc.id in (s.supply_company_id, s.demand_company_id) and vm.county_number = :viewerCounty))
			 or (:viewerRole = 'park_facilitator' and exists (
			       select 1 from tenancy vt where vt.company_id in (s.supply_company_id, s.demand_company_id)
			       and vt.park_id = :viewerParkId and %s)))""".formatted(Visibility.activeTenancy("vt"));

	private static final String READ = "(" + MANAGE
			+ " or (:viewerRole = 'company_reporter' and :viewerCompanyId in (s.supply_company_id, s.demand_company_id)))";

	/**
	 * Double-blind: a reporter sees the other side's company only when both sides opted
	 * in. True when the viewer may see the supply (demand) company.
	 */
	private static final String SIDE_SHOWN = "(:viewerRole <> 'company_reporter' or s.%1$s_company_id = :viewerCompanyId"
			+ " or (s.supply_opt_in_at is not null and s.demand_opt_in_at is not null))";

	private SynergyAccess() {
	}

	public static String read() {
		return READ;
	}

	static String manage() {
		return MANAGE;
	}

	/**
	 * @param side {@code supply} or {@code demand}
	 */
	static String sideShown(String side) {
		return SIDE_SHOWN.formatted(side);
	}

	public static Map<String, Object> parameters(Viewer viewer) {
		return Map.of("viewerRole", viewer.role().key(), "viewerCounty",
				(viewer.countyNumber() == null) ? "" : viewer.countyNumber(), "viewerParkId",
				(viewer.parkId() == null) ? -1L : viewer.parkId(), "viewerCompanyId",
				(viewer.companyId() == null) ? -1L : viewer.companyId());
	}

}
