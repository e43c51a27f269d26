package no.symbiose.app.security;

import java.util.Map;

/**
 * The one SQL rule for reading a company's confidential rows (yearly facts, streams).
 * Every query over those tables appends {@link #predicate(String, String)} and binds
 * {@link #parameters(Viewer)}, so a row the viewer may not see never leaves the database.
 *
 * <ul>
 * <li>{@code public}: everyone, also without login.</li>
 * <li>{@code park}: the company itself, the other tenants of a park it is an active
 * tenant of, that park's facilitator, national administrators.</li>
 * <li>{@code private}: the company itself, the facilitator of a park it is an active
 * tenant of, national administrators.</li>
 * </ul>
 * County officers see public rows and aggregates; they are not given a company's
 * park-internal or private figures.
 */
public final class Visibility {

	private Visibility() {
	}

	/**
	 * @param confidentialityColumn qualified column holding 'public' | 'park' | 'private'
	 * @param companyIdColumn qualified column holding the owning company's id
	 */
	/**
	 * The one SQL test that a tenancy is in force today: started, and not yet ended. A
	 * tenancy announced for a future date gives no access and does not make a company a
	 * tenant.
	 * @param alias the alias of the {@code tenancy} table in the query
	 */
	public static String activeTenancy(String alias) {
		return "(%1$s.valid_from <= current_date and (%1$s.valid_to is null or %1$s.valid_to >= current_date))"
			.formatted(alias);
	}

	public static String predicate(String confidentialityColumn, String companyIdColumn) {
		String activeTenancy = activeTenancy("%1$s");
		return """
				(%1$s = 'public'
				 or :viewerRole = 'national_admin'
				 or (:viewerRole = 'company_reporter' and %2$s = :viewerCompanyId)
				 or (:viewerRole = 'park_facilitator' and exists (
				       select 1 from tenancy vt where vt.company_id = %2$s and vt.park_id = :viewerParkId and %3$s))
				 or (%1$s = 'park' and :viewerRole = 'company_reporter' and exists (
				       select 1 from tenancy vt1 join tenancy vt2 on vt1.park_id = vt2.park_id
				       where vt1.company_id = %2$s and vt2.company_id = :viewerCompanyId and %4$s and %5$s)))"""
			.formatted(confidentialityColumn, companyIdColumn, activeTenancy.formatted("vt"),
					activeTenancy.formatted("vt1"), activeTenancy.formatted("vt2"));
	}

	/**
	 * A condition implied by {@link #predicate} for a row that is not public, in a form
	 * that lets PostgreSQL find the rows by company: the companies whose rows the viewer
	 * may read beyond the public ones. Add it next to the predicate, never instead of it,
	 * to a query over the rows that are not public: a facilitator's query then reads its
	 * park's tenants' rows by index instead of testing every row of the year. National
	 * administrators may read every company's rows ({@code true}); anonymous visitors and
	 * county officers none ({@code false}).
	 * @param companyIdColumn qualified column holding the owning company's id
	 */
	public static String companiesBeyondPublic(Viewer viewer, String companyIdColumn) {
		return switch (viewer.role()) {
			case NATIONAL_ADMIN -> "true";
			case PARK_FACILITATOR ->
				"%s in (select vt.company_id from tenancy vt where vt.park_id = :viewerParkId and %s)"
					.formatted(companyIdColumn, activeTenancy("vt"));
			case COMPANY_REPORTER -> ("(%1$s = :viewerCompanyId or %1$s in (select vt1.company_id from tenancy vt1"
					+ " join tenancy vt2 on vt1.park_id = vt2.park_id where vt2.company_id = :viewerCompanyId"
					+ " and %2$s and %3$s))")
				.formatted(companyIdColumn, activeTenancy("vt1"), activeTenancy("vt2"));
			case ANONYMOUS, COUNTY_OFFICER -> "false";
		};
	}

	public static Map<String, Object> parameters(Viewer viewer) {
		return Map.of("viewerRole", viewer.role().key(), "viewerCompanyId",
				viewer.companyId() == null ? -1L : viewer.companyId(), "viewerParkId",
				viewer.parkId() == null ? -1L : viewer.parkId());
	}

}
