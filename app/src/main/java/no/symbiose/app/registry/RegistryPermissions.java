package no.symbiose.app.registry;

import no.symbiose.app.security.Role;
import no.symbiose.app.security.Viewer;
import no.symbiose.app.security.Visibility;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may change what in the registry. National administrators: everything. Park
 * facilitators: their park, and the companies with an active tenancy in it with those
 * companies' facts and streams. Company reporters: their own company's facts and streams.
 * County officers and everyone else: nothing (they read).
 */
@Component
class RegistryPermissions {

	private final JdbcClient jdbc;

	RegistryPermissions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param parkId the park to change, or null to create one
	 */
	boolean mayWritePark(Viewer viewer, @Nullable Long parkId) {
		return switch (viewer.role()) {
			case NATIONAL_ADMIN -> true;
			case PARK_FACILITATOR -> parkId != null && parkId.equals(viewer.parkId());
			default -> false;
		};
	}

	boolean mayDeletePark(Viewer viewer) {
		return viewer.role() == Role.NATIONAL_ADMIN;
	}

	/**
	 * Deleting a company removes all its facts and streams, also those it reports in
	 * other parks, so only a national administrator may do it; a facilitator ends a
	 * tenancy instead.
	 */
	boolean mayDeleteCompany(Viewer viewer) {
		return viewer.role() == Role.NATIONAL_ADMIN;
	}

	/**
	 * @param companyId the company to change, or null to create one
	 * @param targetParkId the park the write makes it a tenant of, if any
	 */
	boolean mayWriteCompany(Viewer viewer, @Nullable Long companyId, @Nullable Long targetParkId) {
		return switch (viewer.role()) {
			case NATIONAL_ADMIN -> true;
			case PARK_FACILITATOR ->
				(companyId == null ? targetParkId != null : isActiveTenant(companyId, viewer.parkId()))
						&& (targetParkId == null || targetParkId.equals(viewer.parkId()));
			default -> false;
		};
	}

	/** Yearly facts and streams of the company. */
	boolean mayWriteCompanyData(Viewer viewer, long companyId) {
		return switch (viewer.role()) {
			case NATIONAL_ADMIN -> true;
			case PARK_FACILITATOR -> isActiveTenant(companyId, viewer.parkId());
			case COMPANY_REPORTER -> viewer.companyId() != null && viewer.companyId() == companyId;
			default -> false;
		};
	}

	private boolean isActiveTenant(long companyId, @Nullable Long parkId) {
		return parkId != null && this.jdbc.sql("""
				select count(*) from tenancy t where t.company_id = :companyId and t.park_id = :parkId
				and """ + Visibility.activeTenancy("t"))
			.param("companyId", companyId)
			.param("parkId", parkId)
			.query(Long.class)
			.single() > 0;
	}

}
