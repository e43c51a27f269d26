package no.symbiose.app.accounting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import no.symbiose.app.database.DataVersionCache;
import no.symbiose.engine.accounting.Disclosure;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where each company is counted in a year's aggregates, the one rule every account uses:
 * in the park it was a tenant of during the year (the tenancy started last, if several),
 * and in that park's county; a company in no park is counted in its municipality's
 * county; a company without either is counted in the nation only.
 */
@Component
public class AccountPlacements {

	static final String NATION = "nation";

	static final String COUNTY_PREFIX = "county:";

	static final String PARK_PREFIX = "park:";

	/**
	 * @param parkKey the park of a tenancy in force during the year, or {@code null}
	 * @param countyNumber the park's county, else the company's municipality's
	 */
	public record Placement(long companyId, @Nullable Long parkId, @Nullable String parkKey, @Nullable String parkName,
			@Nullable String countyNumber) {
	}

	private final JdbcClient jdbc;

	private final DataVersionCache cache;

	AccountPlacements(JdbcClient jdbc, DataVersionCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
	}

	private record YearKey(int year) {
	}

	private record ParkIdsKey(int year) {
	}

	private record RowsKey() {
	}

	/**
	 * Fingerprints of the rows the accounts are made of: per year of its yearly facts,
	 * streams and realised quantities; shared, of the companies, tenancies, parks and
	 * synergies every year uses. A fingerprint is the number of rows and the sum of their
	 * transaction ids ({@code xmin}), which any insert, update or delete changes.
	 */
	private record Rows(Map<Integer, String> byYear, List<Integer> yearsWithData, String shared) {
	}

	private Rows rows() {
		return this.cache.get(new RowsKey(), () -> {
			Map<Integer, String> byYear = new HashMap<>();
			List<Integer> years = new ArrayList<>();
			this.jdbc.sql("""
					select coalesce(f.year, s.year, r.year) as year, f.year is not null or s.year is not null as data,
					       concat_ws('/', f.n, f.x, s.n, s.x, r.n, r.x) as token
					from (select year, count(*) as n, sum(xmin::text::bigint) as x from yearly_facts group by year) f
					full join (select year, count(*) as n, sum(xmin::text::bigint) as x from stream group by year) s
					  on s.year = f.year
					full join (select year, count(*) as n, sum(xmin::text::bigint) as x from synergy_realised
					           group by year) r
					  on r.year = coalesce(f.year, s.year)
					order by 1 desc""").query((rs, n) -> {
				int year = rs.getInt("year");
				byYear.put(year, rs.getString("token"));
				if (rs.getBoolean("data")) {
					years.add(year);
				}
				return year;
			}).list();
			String shared = this.jdbc.sql("""
					select concat_ws('/',
					  (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from company),
					  (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from tenancy),
					  (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from park),
					  (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from synergy))""")
				.query(String.class)
				.single();
			return new Rows(Map.copyOf(byYear), List.copyOf(years), shared);
		});
	}

	/**
	 * A fingerprint of every row a year's accounts are made of (with
	 * {@link DataVersionCache#get(Object, Supplier, Supplier)}): it changes when any of
	 * them does, and only then.
	 */
	public String yearToken(int year) {
		Rows rows = rows();
		return rows.shared() + "|" + year + ":" + rows.byYear().getOrDefault(year, "none");
	}

	/** A fingerprint of the companies, tenancies, parks and synergies. */
	String sharedToken() {
		return rows().shared();
	}

	/**
	 * Every company's placement in the year, by company id; read once per version of the
	 * data, unmodifiable.
	 */
	public Map<Long, Placement> forYear(int year) {
		return this.cache.get(new YearKey(year), this::sharedToken, () -> Collections.unmodifiableMap(read(year)));
	}

	/**
	 * The ids of each park's companies in the year, separated by commas, by park key;
	 * read once per version of the data.
	 */
	public Map<String, String> companyIdsByPark(int year) {
		return this.cache.get(new ParkIdsKey(year), this::sharedToken, () -> {
			Map<String, StringBuilder> ids = new HashMap<>();
			for (Placement placement : forYear(year).values()) {
				if (placement.parkKey() != null) {
					StringBuilder of = ids.computeIfAbsent(placement.parkKey(), park -> new StringBuilder());
					of.append(of.isEmpty() ? "" : ",").append(placement.companyId());
				}
			}
			Map<String, String> byPark = new HashMap<>();
			ids.forEach((park, of) -> byPark.put(park, of.toString()));
			return Map.copyOf(byPark);
		});
	}

	private Map<Long, Placement> read(int year) {
		List<Placement> placements = this.jdbc.sql("""
				select c.id as company_id, p.id as park_id, p.park_key, p.name as park_name,
				       coalesce(p.county_number, m.county_number) as county_number
				from company c
				left join municipality m on m.municipality_number = c.municipality_number
				left join lateral (
				    select t.park_id from tenancy t
				    where t.company_id = c.id
				      and t.valid_from <= make_date(:year, 12, 31)
				      and (t.valid_to is null or t.valid_to >= make_date(:year, 1, 1))
				    order by t.valid_from desc, t.park_id
				    limit 1) t on true
				left join park p on p.id = t.park_id
				""")
			.param("year", year)
			.query((rs, row) -> new Placement(rs.getLong("company_id"), rs.getObject("park_id", Long.class),
					rs.getString("park_key"), rs.getString("park_name"), rs.getString("county_number")))
			.list();
		Map<Long, Placement> byCompany = new HashMap<>(placements.size() * 2);
		for (Placement placement : placements) {
			byCompany.put(placement.companyId(), placement);
		}
		return byCompany;
	}

	/**
	 * An empty disclosure tree with the nation, every county and every park the
	 * placements name, for one measure.
	 */
	public static Disclosure.Tree tree(Collection<Placement> placements) {
		return trees(placements).get();
	}

	/**
	 * Makes trees equal to {@link #tree}'s, each new and empty, at the cost of the nodes
	 * (a few hundred) instead of the placements (every company): for an account that
	 * discloses one tree per measure or cell.
	 */
	public static Supplier<Disclosure.Tree> trees(Collection<Placement> placements) {
		return shape(placements).build()::tree;
	}

	/**
	 * The nodes of {@link #tree} for {@link Disclosure.Tally tallies}, where each company
	 * adds one figure per measure; more nodes may be added below them.
	 */
	public static Disclosure.Shape.Builder shape(Collection<Placement> placements) {
		Disclosure.Shape.Builder shape = Disclosure.Shape.builder();
		parents(placements).forEach(shape::node);
		return shape;
	}

	private static Map<String, @Nullable String> parents(Collection<Placement> placements) {
		Map<String, @Nullable String> parents = new LinkedHashMap<>();
		parents.put(NATION, null);
		for (Placement placement : placements) {
			if (placement.countyNumber() != null) {
				parents.putIfAbsent(COUNTY_PREFIX + placement.countyNumber(), NATION);
			}
		}
		for (Placement placement : placements) {
			if (placement.parkKey() != null) {
				parents.putIfAbsent(PARK_PREFIX + placement.parkKey(),
						placement.countyNumber() == null ? NATION : COUNTY_PREFIX + placement.countyNumber());
			}
		}
		return parents;
	}

	/**
	 * The node a company's figures are added at: its park, else its county, else the
	 * nation.
	 */
	public static String nodeOf(Placement placement) {
		if (placement.parkKey() != null) {
			return PARK_PREFIX + placement.parkKey();
		}
		return placement.countyNumber() == null ? NATION : COUNTY_PREFIX + placement.countyNumber();
	}

	/** The node key of a county, as {@link #tree} names it. */
	public static String countyNode(String countyNumber) {
		return COUNTY_PREFIX + countyNumber;
	}

	/** The node key of a park, as {@link #tree} names it. */
	public static String parkNode(String parkKey) {
		return PARK_PREFIX + parkKey;
	}

	/** A contributor's key in a disclosure tree. */
	public static String contributor(long companyId) {
		return "company:" + companyId;
	}

	/**
	 * Years with any yearly facts or streams, newest first; read once per version of the
	 * data.
	 */
	public List<Integer> yearsWithData() {
		return rows().yearsWithData();
	}

}
