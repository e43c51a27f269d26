package no.symbiose.app.symbiosis.pipeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.symbiose.app.api.PageResponse;
import no.symbiose.app.security.Role;
import no.symbiose.app.security.Viewer;
import no.symbiose.app.security.Visibility;
import no.symbiose.app.symbiosis.pipeline.SynergyViews.EventView;
import no.symbiose.app.symbiosis.pipeline.SynergyViews.Party;
import no.symbiose.app.symbiosis.pipeline.SynergyViews.RealisedView;
import no.symbiose.app.symbiosis.pipeline.SynergyViews.SynergyDetail;
import no.symbiose.app.symbiosis.pipeline.SynergyViews.SynergyView;
import no.symbiose.engine.registry.GeoPoint;
import no.symbiose.engine.symbiosis.SynergyState;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads synergies through {@link SynergyAccess}, so a synergy the viewer may not see is
 * never read, and applies the double-blind rule: a company reporter sees the other side's
 * company, notes and the texts others wrote only once both sides have opted in.
 */
@Service
@Transactional(readOnly = true)
class SynergyQueries {

	/** Filters of the list; null or blank means all. */
	record Filter(@Nullable SynergyState state, @Nullable String county, @Nullable String park,
			@Nullable String company) {

		static Filter none() {
			return new Filter(null, null, null, null);
		}

	}

	private static final String SELECT = """
			select s.*, ss.name as supply_stream_name, ds.name as demand_stream_name,
			       sc.company_key as supply_key, sc.name as supply_name, sc.lat as supply_lat, sc.lon as supply_lon,
			       sy.county_number as supply_county, sy.name as supply_county_name,
			       dc.company_key as demand_key, dc.name as demand_name, dc.lat as demand_lat, dc.lon as demand_lon,
			       dy.county_number as demand_county, dy.name as demand_county_name,
			       u.username as owner_username, u.display_name as owner_name,
			       %s as supply_shown, %s as demand_shown, %s as may_manage,
			       (ss.id is null or %s) as supply_stream_readable, (ds.id is null or %s) as demand_stream_readable
			from synergy s
			join company sc on sc.id = s.supply_company_id
			left join municipality sm on sm.municipality_number = sc.municipality_number
			left join county sy on sy.county_number = sm.county_number
			join company dc on dc.id = s.demand_company_id
			left join municipality dm on dm.municipality_number = dc.municipality_number
			left join county dy on dy.county_number = dm.county_number
			left join stream ss on ss.id = s.supply_stream_id
			left join stream ds on ds.id = s.demand_stream_id
			left join app_user u on u.id = s.owner_user_id
			""".formatted(SynergyAccess.sideShown("supply"), SynergyAccess.sideShown("demand"), SynergyAccess.manage(),
			Visibility.predicate("ss.confidentiality", "ss.company_id"),
			Visibility.predicate("ds.confidentiality", "ds.company_id"));

	/**
	 * A side matches a park or company filter only where the viewer may see that side, so
	 * filtering cannot reveal a hidden company.
	 */
	private static final String SIDE_IN_PARK = "(" + SynergyAccess.sideShown("%1$s")
			+ " and exists (select 1 from tenancy ft join park fp on fp.id = ft.park_id"
			+ " where ft.company_id = s.%1$s_company_id and fp.park_key = :park and " + Visibility.activeTenancy("ft")
			+ "))";

	private static final String SIDE_IS_COMPANY = "(" + SynergyAccess.sideShown("%1$s")
			+ " and %2$s.company_key = :company)";

	private final JdbcClient jdbc;

	private final MessageSource messages;

	SynergyQueries(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/** The synergies the viewer may see, newest change first, a page at a time. */
	PageResponse<SynergyView> list(Viewer viewer, Filter filter, int page, int size) {
		StringBuilder where = new StringBuilder(" where ").append(SynergyAccess.read());
		Map<String, Object> params = new HashMap<>(SynergyAccess.parameters(viewer));
		if (filter.state() != null) {
			where.append(" and s.state = :state");
			params.put("state", filter.state().key());
		}
		if (present(filter.county())) {
			where.append(" and (sy.county_number = :county or dy.county_number = :county)");
			params.put("county", filter.county().strip());
		}
		if (present(filter.park())) {
			where.append(" and (")
				.append(SIDE_IN_PARK.formatted("supply"))
				.append(" or ")
				.append(SIDE_IN_PARK.formatted("demand"))
				.append(")");
			params.put("park", filter.park().strip());
		}
		if (present(filter.company())) {
			where.append(" and (")
				.append(SIDE_IS_COMPANY.formatted("supply", "sc"))
				.append(" or ")
				.append(SIDE_IS_COMPANY.formatted("demand", "dc"))
				.append(")");
			params.put("company", filter.company().strip());
		}
		long total = this.jdbc.sql("select count(*) from (" + SELECT + where + ") counted")
			.params(params)
			.query(Long.class)
			.single();
		List<SynergyView> items = this.jdbc
			.sql(SELECT + where + " order by s.updated_at desc, s.id desc limit :limit offset :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((rs, n) -> synergy(rs, viewer))
			.list();
		return PageResponse.of(items, page, size, total);
	}

	Optional<SynergyView> find(Viewer viewer, long id) {
		return this.jdbc.sql(SELECT + " where s.id = :id and " + SynergyAccess.read())
			.params(SynergyAccess.parameters(viewer))
			.param("id", id)
			.query((rs, n) -> synergy(rs, viewer))
			.optional();
	}

	Optional<SynergyDetail> detail(Viewer viewer, long id) {
		return find(viewer, id).map(s -> new SynergyDetail(s, events(viewer, s), realised(id)));
	}

	/** The history, oldest first. */
	List<EventView> events(Viewer viewer, SynergyView synergy) {
		boolean blind = !synergy.supply().shown() || !synergy.demand().shown();
		return this.jdbc.sql("""
				select e.*, au.role as author_role, au.company_id as author_company_id
				from synergy_event e left join app_user au on au.username = e.username
				where e.synergy_id = :id order by e.at, e.id""")
			.param("id", synergy.id())
			.query((rs, n) -> event(rs, viewer, blind))
			.list();
	}

	List<RealisedView> realised(long synergyId) {
		return this.jdbc.sql("select * from synergy_realised where synergy_id = :id order by year")
			.param("id", synergyId)
			.query((rs, n) -> new RealisedView(rs.getInt("year"), rs.getDouble("quantity"), rs.getString("unit"),
					nullableDouble(rs, "t_co2e_avoided"), rs.getString("source")))
			.list();
	}

	/**
	 * Before both sides opted in, a reporter sees who wrote an event only when it was not
	 * a reporter of another company, and a written text (a note, a reason, the notes)
	 * only when someone of their own company wrote it.
	 */
	private static EventView event(ResultSet rs, Viewer viewer, boolean blind) throws SQLException {
		String kind = rs.getString("kind");
		String field = rs.getString("field");
		String username = rs.getString("username");
		String note = rs.getString("note");
		if (blind) {
			Long authorCompany = (Long) rs.getObject("author_company_id");
			boolean ownCompany = authorCompany != null && authorCompany.equals(viewer.companyId());
			if ("company_reporter".equals(rs.getString("author_role")) && !ownCompany) {
				username = null;
			}
			boolean written = Set.of("note", "moved").contains(kind) || "notes".equals(field);
			if (written && !ownCompany) {
				note = null;
			}
		}
		return new EventView(rs.getObject("at", OffsetDateTime.class), username, kind, rs.getString("from_state"),
				rs.getString("to_state"), field, note);
	}

	private SynergyView synergy(ResultSet rs, Viewer viewer) throws SQLException {
		long supplyCompany = rs.getLong("supply_company_id");
		long demandCompany = rs.getLong("demand_company_id");
		boolean revealed = rs.getObject("supply_opt_in_at") != null && rs.getObject("demand_opt_in_at") != null;
		boolean supplyShown = rs.getBoolean("supply_shown");
		boolean demandShown = rs.getBoolean("demand_shown");
		boolean blind = !supplyShown || !demandShown;
		Double distanceKm = distanceKm(rs);
		Locale locale = LocaleContextHolder.getLocale();
		Party supply = party(rs, "supply", supplyShown, distanceKm, locale);
		Party demand = party(rs, "demand", demandShown, distanceKm, locale);
		String title = rs.getString("title");
		if (blind) {
			String own = supplyShown ? firstOf(rs.getString("supply_stream_name"), supply.name())
					: firstOf(rs.getString("demand_stream_name"), demand.name());
			title = supplyShown ? own + " → " + demand.label() : supply.label() + " → " + own;
		}
		else if (viewer.role() != Role.COMPANY_REPORTER
				&& !(rs.getBoolean("supply_stream_readable") && rs.getBoolean("demand_stream_readable"))) {
			// The stored title is the candidate's: both streams' names. A manager sees
			// both
			// companies but not every stream's row (a county officer, the facilitator of
			// only
			// one side's park), so a stream whose row Visibility hides is named by its
			// company instead. Reporters see the stored title only once both sides opted
			// in,
			// that is, agreed to be named to each other for this synergy.
			title = (rs.getBoolean("supply_stream_readable")
					? firstOf(rs.getString("supply_stream_name"), supply.name()) : supply.label()) + " → "
					+ (rs.getBoolean("demand_stream_readable")
							? firstOf(rs.getString("demand_stream_name"), demand.name()) : demand.label());
		}
		boolean mayManage = rs.getBoolean("may_manage");
		SynergyState state = SynergyState.fromKey(rs.getString("state"));
		List<String> nextStates = mayManage ? state.next().stream().map(SynergyState::key).toList() : List.of();
		String viewerSide = null;
		if (viewer.role() == Role.COMPANY_REPORTER && viewer.companyId() != null) {
			boolean isSupply = viewer.companyId() == supplyCompany;
			boolean isDemand = viewer.companyId() == demandCompany;
			viewerSide = (isSupply && isDemand) ? "both" : isSupply ? "supply" : isDemand ? "demand" : null;
		}
		return new SynergyView(rs.getLong("id"), title, state.key(), blind ? null : rs.getString("state_reason"),
				rs.getString("rule_id"), supply, demand, revealed, distanceKm, rs.getString("owner_username"),
				rs.getString("owner_name"), blind ? null : rs.getString("notes"),
				(rs.getDate("next_follow_up") == null) ? null : rs.getDate("next_follow_up").toLocalDate(),
				nullableDouble(rs, "expected_quantity"), rs.getString("expected_unit"),
				nullableDouble(rs, "expected_t_co2e"), nextStates, mayManage, viewerSide,
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
				rs.getInt("version"));
	}

	private Party party(ResultSet rs, String side, boolean shown, @Nullable Double distanceKm, Locale locale)
			throws SQLException {
		String countyName = rs.getString(side + "_county_name");
		String label;
		if (shown) {
			label = rs.getString(side + "_name");
		}
		else if (countyName == null) {
			label = this.messages.getMessage("synergy.anonymous.unknownCounty", null, locale);
		}
		else if (distanceKm == null) {
			label = this.messages.getMessage("synergy.anonymous", new Object[] { countyName }, locale);
		}
		else {
			label = this.messages.getMessage("synergy.anonymous.distance",
					new Object[] { countyName, Math.round(distanceKm) }, locale);
		}
		return new Party(shown ? rs.getString(side + "_key") : null, shown ? rs.getString(side + "_name") : null,
				rs.getString(side + "_county"), countyName, shown, label,
				rs.getObject(side + "_opt_in_at", OffsetDateTime.class));
	}

	private static @Nullable Double distanceKm(ResultSet rs) throws SQLException {
		Double supplyLat = nullableDouble(rs, "supply_lat");
		Double supplyLon = nullableDouble(rs, "supply_lon");
		Double demandLat = nullableDouble(rs, "demand_lat");
		Double demandLon = nullableDouble(rs, "demand_lon");
		if (supplyLat == null || supplyLon == null || demandLat == null || demandLon == null) {
			return null;
		}
		return GeoPoint.of(supplyLat, supplyLon).distanceKmTo(GeoPoint.of(demandLat, demandLon));
	}

	private static String firstOf(@Nullable String preferred, @Nullable String fallback) {
		return (preferred != null) ? preferred : String.valueOf(fallback);
	}

	private static boolean present(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	static @Nullable Double nullableDouble(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

}
