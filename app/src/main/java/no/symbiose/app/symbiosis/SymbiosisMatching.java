package no.symbiose.app.symbiosis;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.symbiose.app.security.Visibility;
import no.symbiose.engine.registry.Availability;
import no.symbiose.engine.registry.AvailabilityKind;
import no.symbiose.engine.registry.CompanyKey;
import no.symbiose.engine.registry.EwcCode;
import no.symbiose.engine.registry.GeoPoint;
import no.symbiose.engine.registry.MaterialClass;
import no.symbiose.engine.registry.NaceCode;
import no.symbiose.engine.registry.NaceVersion;
import no.symbiose.engine.registry.StreamDirection;
import no.symbiose.engine.symbiosis.Candidate;
import no.symbiose.engine.symbiosis.CandidateGenerator;
import no.symbiose.engine.symbiosis.KnowledgeBase;
import no.symbiose.engine.symbiosis.MatchResult;
import no.symbiose.engine.symbiosis.MatchSettings;
import no.symbiose.engine.symbiosis.MatchSide;
import no.symbiose.engine.symbiosis.MatchStream;
import no.symbiose.engine.symbiosis.SymbiosisRule;
import no.symbiose.engine.units.AnnualQuantity;
import no.symbiose.engine.units.Celsius;
import no.symbiose.engine.units.FlowUnit;

/**
 * Runs the symbiosis engine over the registry: the latest year of every stream, each
 * company at its site, else its park's site, else its municipality's centre; the built-in
 * knowledge base plus the rules administrators added. A run is kept until the registry or
 * the rules change (a cheap fingerprint query says when), so pages do not rerun it on
 * every request.
 *
 * <p>
 * The run sees every stream, confidential ones too: that is what makes double-blind
 * matching possible. What a viewer is shown is decided by the callers that present
 * candidates.
 */
@Service
@Transactional(readOnly = true)
public class SymbiosisMatching {

	private static final Logger log = LoggerFactory.getLogger(SymbiosisMatching.class);

	/** Latest year per (company, stream key), with the best location the registry has. */
	private static final String STREAMS = """
			select distinct on (s.company_id, s.stream_key)
			       s.id, s.company_id, c.company_key, c.name as company_name, s.year, s.stream_key, s.direction,
			       s.name, s.ewc_code, s.material_class, s.heat_medium, s.temperature_c, s.quantity, s.unit,
			       s.availability, s.available_months, s.confidentiality, c.nace_version, c.nace_code,
			       c.municipality_number, m.county_number,
			       coalesce(c.lat, pk.lat, m.centroid_lat) as lat, coalesce(c.lon, pk.lon, m.centroid_lon) as lon,
			       c.lat is null as approximate
			from stream s
			join company c on c.id = s.company_id
			left join municipality m on m.municipality_number = c.municipality_number
			left join lateral (
			    select p.lat, p.lon from tenancy t join park p on p.id = t.park_id
			    where t.company_id = c.id and p.lat is not null and """ + Visibility.activeTenancy("t") + """
			    order by p.id limit 1) pk on true
			order by s.company_id, s.stream_key, s.year desc
			""";

	private static final String COMPANIES_WITH_NACE = """
			select c.id, c.company_key, c.name, c.nace_version, c.nace_code, c.municipality_number, m.county_number,
			       coalesce(c.lat, pk.lat, m.centroid_lat) as lat, coalesce(c.lon, pk.lon, m.centroid_lon) as lon,
			       c.lat is null as approximate
			from company c
			left join municipality m on m.municipality_number = c.municipality_number
			left join lateral (
			    select p.lat, p.lon from tenancy t join park p on p.id = t.park_id
			    where t.company_id = c.id and p.lat is not null and """ + Visibility.activeTenancy("t") + """
			    order by p.id limit 1) pk on true
			where c.nace_code is not null
			""";

	private static final String FINGERPRINT = """
			select concat_ws('/',
			  (select count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max(id), 0) from stream),
			  (select count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max(id), 0) from company),
			  (select count(*) || ':' || coalesce(max(id), 0) from tenancy),
			  (select count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max(id), 0) from symbiosis_rule),
			  current_date)
			""";

	private final JdbcClient jdbc;

	private final KnowledgeBase builtIn;

	private final Clock clock;

	private final MatchSettings settings;

	private volatile @Nullable Cached cached;

	private record Cached(String fingerprint, MatchRun run) {
	}

	/**
	 * @param nearestPerRule {@code symbiose.matching.nearest-per-rule}: under each rule a
	 * supply looks only at this many nearest demands ({@link MatchSettings}); 0 (the
	 * default) at every demand in reach. A national registry needs a bound: with every
	 * demand in reach its 50 000 latest streams give more candidates than a heap holds
	 * (docs/benchmarks.md, "Load test").
	 */
	SymbiosisMatching(JdbcClient jdbc, Clock clock,
			@Value("${symbiose.matching.nearest-per-rule:0}") int nearestPerRule) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.builtIn = KnowledgeBase.builtIn();
		this.settings = MatchSettings.DEFAULT.withNearestPerRule(nearestPerRule);
	}

	/** The built-in knowledge base with the administrators' rules. */
	public KnowledgeBase knowledgeBase() {
		List<SymbiosisRule> added = new ArrayList<>();
		for (Map.Entry<String, String> row : this.jdbc
			.sql("select rule_id, columns::text from symbiosis_rule order by rule_id")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()) {
			added.add(AdministratorRules.fromJson(row.getValue()));
		}
		return this.builtIn.withRules(added);
	}

	/** The engine's rules as shipped, without the administrators' additions. */
	public KnowledgeBase builtInKnowledgeBase() {
		return this.builtIn;
	}

	/** The current run, rerun only when the registry or the rules changed. */
	public MatchRun current() {
		String fingerprint = this.jdbc.sql(FINGERPRINT).query(String.class).single();
		Cached now = this.cached;
		if (now != null && now.fingerprint().equals(fingerprint)) {
			return now.run();
		}
		synchronized (this) {
			now = this.cached;
			if (now != null && now.fingerprint().equals(fingerprint)) {
				return now.run();
			}
			MatchRun run = run(knowledgeBase());
			this.cached = new Cached(fingerprint, run);
			return run;
		}
	}

	public Optional<Candidate> candidate(String candidateId) {
		return current().candidate(candidateId);
	}

	private MatchRun run(KnowledgeBase knowledge) {
		Instant started = this.clock.instant();
		long t0 = System.nanoTime();
		Map<String, MatchedStream> streams = new LinkedHashMap<>();
		List<MatchStream> supplies = new ArrayList<>();
		List<MatchStream> demands = new ArrayList<>();
		this.jdbc.sql(STREAMS).query((ResultSet rs) -> {
			MatchedStream matched = streamOf(rs);
			streams.put(matched.id(), matched);
			(matched.stream().side() == MatchSide.SUPPLY ? supplies : demands).add(matched.stream());
		});
		Set<String> receivingPrefixes = new HashSet<>();
		knowledge.rules().forEach(rule -> receivingPrefixes.addAll(rule.receivingNacePrefixes()));
		if (!receivingPrefixes.isEmpty()) {
			this.jdbc.sql(COMPANIES_WITH_NACE).query((ResultSet rs) -> {
				String code = rs.getString("nace_code");
				if (receivingPrefixes.stream().anyMatch(code::startsWith)) {
					MatchedStream implicit = implicitOf(rs);
					streams.put(implicit.id(), implicit);
					demands.add(implicit.stream());
				}
			});
		}
		MatchResult result = new CandidateGenerator(knowledge).generate(supplies, demands, this.settings);
		Duration took = Duration.ofNanos(System.nanoTime() - t0);
		log.info("Symbiosis matching: {} supplies, {} demands, {} candidates in {} ms (knowledge base {})",
				supplies.size(), demands.size(), result.candidates().size(), took.toMillis(), knowledge.version());
		return new MatchRun(knowledge, result, streams, started, took);
	}

	private static MatchedStream streamOf(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		StreamDirection direction = StreamDirection.fromKey(rs.getString("direction"));
		MatchSide side = direction == StreamDirection.INPUT ? MatchSide.DEMAND : MatchSide.SUPPLY;
		String matchId = (side == MatchSide.SUPPLY ? "s" : "d") + id;
		String ewc = rs.getString("ewc_code");
		String material = rs.getString("material_class");
		double temperature = rs.getDouble("temperature_c");
		Celsius celsius = rs.wasNull() ? null : Celsius.of(temperature);
		double quantity = rs.getDouble("quantity");
		AnnualQuantity amount = rs.wasNull() || rs.getString("unit") == null ? null
				: AnnualQuantity.of(quantity, FlowUnit.fromSymbol(rs.getString("unit")));
		MatchStream stream = new MatchStream(matchId, side, CompanyKey.of(rs.getString("company_key")), location(rs),
				rs.getString("name"), direction, ewc == null ? null : EwcCode.parse(ewc),
				material == null ? null : MaterialClass.fromKey(material), rs.getString("heat_medium") != null, celsius,
				amount, availability(rs.getString("availability"), rs.getArray("available_months")), nace(rs));
		return new MatchedStream(stream, id, rs.getString("stream_key"), rs.getLong("company_id"),
				rs.getString("company_key"), rs.getString("company_name"), rs.getString("municipality_number"),
				rs.getString("county_number"), rs.getInt("year"), rs.getString("confidentiality"),
				rs.getBoolean("approximate"));
	}

	private static MatchedStream implicitOf(ResultSet rs) throws SQLException {
		long companyId = rs.getLong("id");
		MatchStream stream = MatchStream.implicitDemand("c" + companyId, CompanyKey.of(rs.getString("company_key")),
				location(rs), rs.getString("name"), nace(rs));
		return new MatchedStream(stream, null, null, companyId, rs.getString("company_key"), rs.getString("name"),
				rs.getString("municipality_number"), rs.getString("county_number"), 0, "public",
				rs.getBoolean("approximate"));
	}

	private static @Nullable GeoPoint location(ResultSet rs) throws SQLException {
		double lat = rs.getDouble("lat");
		if (rs.wasNull()) {
			return null;
		}
		return GeoPoint.of(lat, rs.getDouble("lon"));
	}

	private static @Nullable NaceCode nace(ResultSet rs) throws SQLException {
		String code = rs.getString("nace_code");
		return code == null ? null : NaceCode.of(NaceVersion.fromKey(rs.getString("nace_version")), code);
	}

	private static Availability availability(String kind, @Nullable Array months) throws SQLException {
		AvailabilityKind parsed = AvailabilityKind.fromKey(kind);
		EnumSet<Month> set = EnumSet.noneOf(Month.class);
		if (months != null) {
			for (Object month : (Object[]) months.getArray()) {
				set.add(Month.of(((Number) month).intValue()));
			}
		}
		return new Availability(parsed, set);
	}

	/** For tests: forget the cached run. */
	void forget() {
		this.cached = null;
	}

}
