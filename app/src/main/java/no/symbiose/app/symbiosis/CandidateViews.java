package no.symbiose.app.symbiosis;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import no.symbiose.app.database.DataVersionCache;
import no.symbiose.app.referencedata.ReferenceQueries;
import no.symbiose.app.referencedata.ReferenceQueries.County;
import no.symbiose.app.security.Role;
import no.symbiose.app.security.Viewer;
import no.symbiose.app.security.Visibility;
import no.symbiose.engine.symbiosis.Candidate;

/**
 * What each viewer may see of a match run; the one place that decides it, so the API, the
 * pages and the map cannot disagree.
 *
 * <ul>
 * <li>national administrators: every candidate, both names;</li>
 * <li>county officers: candidates with a side in their county, both names;</li>
 * <li>park facilitators: candidates with a side whose company is an active tenant of
 * their park, both names;</li>
 * <li>company reporters: candidates where their company is the supply or the demand. The
 * counterpart is anonymous (county, distance, what the stream is, its quantity and the
 * figures) until both sides opted in on the candidate's synergy: double-blind
 * matching;</li>
 * <li>anonymous visitors: candidates whose two streams are both public (a company's
 * activity, an implicit demand, counts as public), both names.</li>
 * </ul>
 * A stream's own name is shown only where {@link Visibility}'s rule lets the viewer see
 * the stream, and never on an anonymous side; otherwise the side is described by what it
 * is.
 * <p>
 * Not a transaction: the run may have to be computed first ({@link SymbiosisMatching}),
 * and a request waiting for it should not hold a pooled connection; each read here is one
 * statement. A run served while a newer one is computed may be older than the streams
 * (never across a change that takes access away: {@link SymbiosisMatching}); for every
 * viewer but a national administrator a candidate from it is shown only when its streams
 * still exist with the confidentiality the run has, so a deleted stream is not shown from
 * an old run either.
 */
@Service
public class CandidateViews {

	private static final String TOKEN_PREFIX = "a-";

	private final SymbiosisMatching matching;

	private final JdbcClient jdbc;

	private final ReferenceQueries reference;

	private final CandidateTexts texts;

	private final SecretKeySpec tokenKey;

	private final DataVersionCache cache;

	CandidateViews(SymbiosisMatching matching, JdbcClient jdbc, ReferenceQueries reference, CandidateTexts texts,
			DataVersionCache cache, @Value("${symbiose.symbiosis.token-secret:}") String tokenSecret) {
		this.matching = matching;
		this.cache = cache;
		this.jdbc = jdbc;
		this.reference = reference;
		this.texts = texts;
		byte[] secret = tokenSecret.isBlank() ? randomSecret() : tokenSecret.getBytes(StandardCharsets.UTF_8);
		this.tokenKey = new SecretKeySpec(secret, "HmacSHA256");
	}

	/** The candidates the viewer may see, filtered, ranked and sorted. */
	public List<CandidateView> list(Viewer viewer, CandidateFilter filter, Locale locale) {
		List<Seen> seen = seen(viewer, filter);
		Map<String, County> counties = counties();
		List<CandidateView> views = new ArrayList<>(seen.size());
		for (int i = 0; i < seen.size(); i++) {
			views.add(view(seen.get(i), i + 1, counties, locale));
		}
		Comparator<CandidateView> order = switch (filter.sort()) {
			case RANK -> Comparator.comparingInt(CandidateView::rank);
			case NET ->
				Comparator
					.comparing((CandidateView v) -> v.figures().netTonnesCo2ePerYear() == null
							? Double.POSITIVE_INFINITY : -v.figures().netTonnesCo2ePerYear())
					.thenComparingInt(CandidateView::rank);
			case DISTANCE ->
				Comparator.comparingDouble(CandidateView::distanceKm).thenComparingInt(CandidateView::rank);
		};
		views.sort(order);
		return views;
	}

	/**
	 * Views of some of the candidates {@link #seen} gave, with the rank {@link #list}
	 * gives them (their place in {@code seen}, from 1): for callers that show a few of
	 * many and should not word the texts of all.
	 * @param positions indexes into {@code seen}
	 */
	List<CandidateView> views(List<Seen> seen, List<Integer> positions, Locale locale) {
		Map<String, County> counties = counties();
		List<CandidateView> views = new ArrayList<>(positions.size());
		for (int position : positions) {
			views.add(view(seen.get(position), position + 1, counties, locale));
		}
		return views;
	}

	/** The first {@code limit} candidates of {@link #list}. */
	public List<CandidateView> top(Viewer viewer, CandidateFilter filter, int limit, Locale locale) {
		if (filter.sort() == CandidateFilter.Sort.RANK) {
			// in the engine's ranking: only the first are worded (a park has thousands)
			List<Seen> seen = seen(viewer, filter);
			return views(seen, java.util.stream.IntStream.range(0, Math.min(limit, seen.size())).boxed().toList(),
					locale);
		}
		List<CandidateView> all = list(viewer, filter, locale);
		return all.size() <= limit ? all : List.copyOf(all.subList(0, limit));
	}

	/** One candidate by the id the viewer was shown; empty when they may not see it. */
	public Optional<CandidateView> one(String shownId, Viewer viewer, Locale locale) {
		return list(viewer, CandidateFilter.NONE, locale).stream().filter(v -> v.id().equals(shownId)).findFirst();
	}

	/**
	 * The engine's candidate behind an id the viewer was shown (a real id or an anonymous
	 * token), for features that act on a candidate, such as creating a synergy. Empty
	 * when the viewer may not see it.
	 */
	public Optional<Candidate> resolve(String shownId, Viewer viewer) {
		return seen(viewer, CandidateFilter.NONE).stream()
			.filter(s -> s.shownId().equals(shownId))
			.map(Seen::candidate)
			.findFirst();
	}

	/** A candidate the viewer may see, with what of it they may see. */
	record Seen(Candidate candidate, MatchedStream supply, MatchedStream demand, boolean supplyNamed,
			boolean demandNamed, boolean supplyStreamVisible, boolean demandStreamVisible, String shownId,
			@Nullable Long synergyId) {
	}

	/** The visible candidates in the engine's ranking, filtered. */
	List<Seen> seen(Viewer viewer, CandidateFilter filter) {
		SymbiosisMatching.Checked checked = this.matching.checked();
		MatchRun run = checked.run();
		Tenancies tenancies = activeTenancies();
		Map<Long, Set<Long>> parks = tenancies.parksOf();
		Synergies synergies = synergies();
		Long parkId = filter.park() == null ? null : parkId(filter.park());
		if (filter.park() != null && parkId == null) {
			return List.of();
		}
		List<Seen> seen = new ArrayList<>();
		CandidateIndex index = run.index();
		int[] positions = narrowed(index, viewer, filter, parkId, tenancies);
		int count = positions == null ? run.candidates().size() : positions.length;
		for (int i = 0; i < count; i++) {
			int position = positions == null ? i : positions[i];
			Candidate candidate = run.candidates().get(position);
			MatchedStream supply = index.supply(run, position);
			MatchedStream demand = index.demand(run, position);
			Synergy synergy = synergies.of(candidate);
			Seen one = decide(viewer, candidate, supply, demand, parks, synergy);
			if (one != null && matches(one, filter, parkId, parks)) {
				seen.add(one);
			}
		}
		return checked.confirmed() || viewer.role() == Role.NATIONAL_ADMIN ? seen : unchanged(seen);
	}

	/**
	 * Of candidates from a run that may be stale, those whose streams still exist with
	 * the confidentiality the run has, and whose implicit demands' companies still exist.
	 */
	private List<Seen> unchanged(List<Seen> seen) {
		Set<Long> streamIds = new HashSet<>();
		Set<Long> companyIds = new HashSet<>();
		for (Seen one : seen) {
			for (MatchedStream side : List.of(one.supply(), one.demand())) {
				if (side.streamId() == null) {
					companyIds.add(side.companyId());
				}
				else {
					streamIds.add(side.streamId());
				}
			}
		}
		if (streamIds.isEmpty() && companyIds.isEmpty()) {
			return seen;
		}
		Map<Long, String> confidentiality = new HashMap<>();
		this.jdbc.sql("select id, confidentiality from stream where id = any(cast(:ids as bigint[]))")
			.param("ids", arrayLiteral(streamIds))
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list()
			.forEach(e -> confidentiality.put(e.getKey(), e.getValue()));
		Set<Long> companies = new HashSet<>(
				this.jdbc.sql("select id from company where id = any(cast(:ids as bigint[]))")
					.param("ids", arrayLiteral(companyIds))
					.query(Long.class)
					.list());
		List<Seen> unchanged = new ArrayList<>(seen.size());
		for (Seen one : seen) {
			if (unchanged(one.supply(), confidentiality, companies)
					&& unchanged(one.demand(), confidentiality, companies)) {
				unchanged.add(one);
			}
		}
		return unchanged;
	}

	private static boolean unchanged(MatchedStream side, Map<Long, String> confidentiality, Set<Long> companies) {
		return side.streamId() == null ? companies.contains(side.companyId())
				: side.confidentiality().equals(confidentiality.get(side.streamId()));
	}

	private static String arrayLiteral(Set<Long> ids) {
		StringBuilder literal = new StringBuilder("{");
		for (Long id : ids) {
			literal.append(literal.length() == 1 ? "" : ",").append(id);
		}
		return literal.append('}').toString();
	}

	/**
	 * The positions of the only candidates that can pass {@link #decide} and
	 * {@link #matches}, ascending, or null for all: each filter and role below needs a
	 * side at a company or in a county, so the fewest of those candidates are read, and
	 * every one of them is still decided and matched in full.
	 */
	private static int @Nullable [] narrowed(CandidateIndex index, Viewer viewer, CandidateFilter filter,
			@Nullable Long parkId, Tenancies tenancies) {
		List<int[]> necessary = new ArrayList<>();
		if (filter.company() != null) {
			Long companyId = index.companyIds().get(filter.company());
			necessary.add(companyId == null ? new int[0] : index.ofCompanies(List.of(companyId)));
		}
		if (parkId != null) {
			necessary.add(index.ofCompanies(tenancies.tenantsOf(parkId)));
		}
		if (filter.county() != null) {
			necessary.add(index.ofCounty(filter.county()));
		}
		switch (viewer.role()) {
			case COMPANY_REPORTER ->
				necessary.add(viewer.companyId() == null ? new int[0] : index.ofCompanies(List.of(viewer.companyId())));
			case PARK_FACILITATOR -> necessary
				.add(viewer.parkId() == null ? new int[0] : index.ofCompanies(tenancies.tenantsOf(viewer.parkId())));
			case COUNTY_OFFICER ->
				necessary.add(viewer.countyNumber() == null ? new int[0] : index.ofCounty(viewer.countyNumber()));
			default -> {
			}
		}
		return necessary.stream().min(Comparator.comparingInt(positions -> positions.length)).orElse(null);
	}

	private @Nullable Seen decide(Viewer viewer, Candidate candidate, MatchedStream supply, MatchedStream demand,
			Map<Long, Set<Long>> parks, @Nullable Synergy synergy) {
		boolean visible;
		boolean supplyNamed = true;
		boolean demandNamed = true;
		switch (viewer.role()) {
			case NATIONAL_ADMIN -> visible = true;
			case COUNTY_OFFICER -> visible = viewer.countyNumber().equals(supply.countyNumber())
					|| viewer.countyNumber().equals(demand.countyNumber());
			case PARK_FACILITATOR -> visible = tenantOf(parks, supply.companyId(), viewer.parkId())
					|| tenantOf(parks, demand.companyId(), viewer.parkId());
			case COMPANY_REPORTER -> {
				boolean supplyOwn = java.util.Objects.equals(viewer.companyId(), supply.companyId());
				boolean demandOwn = java.util.Objects.equals(viewer.companyId(), demand.companyId());
				visible = supplyOwn || demandOwn;
				boolean revealed = synergy != null && synergy.bothOptedIn();
				supplyNamed = supplyOwn || revealed;
				demandNamed = demandOwn || revealed;
			}
			case ANONYMOUS ->
				visible = "public".equals(supply.confidentiality()) && "public".equals(demand.confidentiality());
			default -> visible = false;
		}
		if (!visible) {
			return null;
		}
		String shownId = supplyNamed && demandNamed ? candidate.id() : token(viewer, candidate.id());
		return new Seen(candidate, supply, demand, supplyNamed, demandNamed,
				supplyNamed && streamVisible(viewer, supply, parks),
				demandNamed && streamVisible(viewer, demand, parks), shownId, synergy == null ? null : synergy.id());
	}

	/** {@link Visibility#predicate}'s rule for one stream, in Java. */
	private static boolean streamVisible(Viewer viewer, MatchedStream stream, Map<Long, Set<Long>> parks) {
		if (stream.streamId() == null || "public".equals(stream.confidentiality())
				|| viewer.role() == Role.NATIONAL_ADMIN) {
			return true;
		}
		if (viewer.role() == Role.COMPANY_REPORTER
				&& java.util.Objects.equals(viewer.companyId(), stream.companyId())) {
			return true;
		}
		if (viewer.role() == Role.PARK_FACILITATOR && tenantOf(parks, stream.companyId(), viewer.parkId())) {
			return true;
		}
		if ("park".equals(stream.confidentiality()) && viewer.role() == Role.COMPANY_REPORTER) {
			Set<Long> theirs = parks.getOrDefault(stream.companyId(), Set.of());
			return parks.getOrDefault(viewer.companyId(), Set.of()).stream().anyMatch(theirs::contains);
		}
		return false;
	}

	private static boolean matches(Seen seen, CandidateFilter filter, @Nullable Long parkId,
			Map<Long, Set<Long>> parks) {
		Candidate candidate = seen.candidate();
		if (filter.company() != null && !((seen.supplyNamed() && filter.company().equals(seen.supply().companyKey()))
				|| (seen.demandNamed() && filter.company().equals(seen.demand().companyKey())))) {
			return false;
		}
		if (parkId != null && !((seen.supplyNamed() && tenantOf(parks, seen.supply().companyId(), parkId))
				|| (seen.demandNamed() && tenantOf(parks, seen.demand().companyId(), parkId)))) {
			return false;
		}
		if (filter.county() != null && !(filter.county().equals(seen.supply().countyNumber())
				|| filter.county().equals(seen.demand().countyNumber()))) {
			return false;
		}
		if (filter.rule() != null && !filter.rule().equals(candidate.rule().id())) {
			return false;
		}
		if (filter.kind() != null && !filter.kind().equals(candidate.rule().kind().key())) {
			return false;
		}
		if (filter.minNetTonnesCo2e() != null) {
			Double net = candidate.figures().netTonnesCo2e();
			return net != null && net >= filter.minNetTonnesCo2e();
		}
		return true;
	}

	private CandidateView view(Seen seen, int rank, Map<String, County> counties, Locale locale) {
		Candidate candidate = seen.candidate();
		return new CandidateView(seen.shownId(), rank, this.texts.rule(candidate.rule(), locale),
				side(seen.supply(), candidate, seen.supplyNamed(), seen.supplyStreamVisible(), counties, locale),
				side(seen.demand(), candidate, seen.demandNamed(), seen.demandStreamVisible(), counties, locale),
				candidate.distanceKm(), candidate.mode() == null ? null : candidate.mode().key(),
				candidate.mode() == null ? null : this.texts.mode(candidate.mode(), locale),
				this.texts.flags(candidate.flags(), locale), CandidateTexts.figures(candidate.figures()),
				this.texts.explanation(candidate.explanation(), locale), seen.synergyId());
	}

	private CandidateView.Side side(MatchedStream stream, Candidate candidate, boolean named, boolean streamVisible,
			Map<String, County> counties, Locale locale) {
		County county = stream.countyNumber() == null ? null : counties.get(stream.countyNumber());
		String countyName = county == null ? null : county.name();
		var matchStream = stream.stream();
		String label = streamVisible && !matchStream.isImplicit() ? matchStream.name()
				: this.texts.describe(matchStream, candidate.rule(), locale);
		Double quantity = matchStream.quantity() == null ? null : matchStream.quantity().amount();
		String unit = matchStream.quantity() == null ? null : matchStream.quantity().unit().symbol();
		String ewc = matchStream.ewc() == null ? null : matchStream.ewc().code();
		String material = matchStream.material() == null ? null : matchStream.material().key();
		if (named) {
			var location = matchStream.location();
			return new CandidateView.Side(label,
					new CandidateView.CompanyRef(stream.companyKey(), stream.companyName()), null,
					stream.municipalityNumber(), stream.countyNumber(), countyName, ewc, material, quantity, unit,
					location == null ? null : location.latitude(), location == null ? null : location.longitude(),
					stream.approximateLocation());
		}
		return new CandidateView.Side(label, null, this.texts.anonymous(countyName, candidate.distanceKm(), locale),
				null, stream.countyNumber(), countyName, ewc, material, quantity, unit,
				county == null ? null : county.centroidLat(), county == null ? null : county.centroidLon(), true);
	}

	private static boolean tenantOf(Map<Long, Set<Long>> parks, long companyId, @Nullable Long parkId) {
		return parkId != null && parks.getOrDefault(companyId, Set.of()).contains(parkId);
	}

	private record TenanciesKey(java.time.LocalDate day) {
	}

	private record SynergiesKey() {
	}

	/** Each company's parks today, and each park's companies. */
	private record Tenancies(Map<Long, Set<Long>> parksOf, Map<Long, Set<Long>> tenantsOfPark) {

		Set<Long> tenantsOf(long parkId) {
			return this.tenantsOfPark.getOrDefault(parkId, Set.of());
		}

	}

	/**
	 * The active tenancies; read once per version of the data (every candidate a viewer
	 * sees is decided with them).
	 */
	private Tenancies activeTenancies() {
		return this.cache.get(new TenanciesKey(java.time.LocalDate.now(java.time.ZoneOffset.UTC)),
				this::readActiveTenancies);
	}

	private Tenancies readActiveTenancies() {
		Map<Long, Set<Long>> parks = new HashMap<>();
		Map<Long, Set<Long>> tenants = new HashMap<>();
		this.jdbc.sql("select company_id, park_id from tenancy t where " + Visibility.activeTenancy("t"))
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
			.list()
			.forEach(e -> {
				parks.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue());
				tenants.computeIfAbsent(e.getValue(), k -> new HashSet<>()).add(e.getKey());
			});
		return new Tenancies(frozen(parks), frozen(tenants));
	}

	private static Map<Long, Set<Long>> frozen(Map<Long, Set<Long>> sets) {
		Map<Long, Set<Long>> frozen = new HashMap<>(sets.size() * 2);
		sets.forEach((key, set) -> frozen.put(key, Set.copyOf(set)));
		return java.util.Collections.unmodifiableMap(frozen);
	}

	private @Nullable Long parkId(String parkKey) {
		return this.jdbc.sql("select id from park where park_key = :key")
			.param("key", parkKey)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private record Synergy(long id, boolean bothOptedIn) {
	}

	/**
	 * The synergies by the id of the candidate they came from, and the ids of their
	 * supplies, so that a scan of a run's candidates words a candidate's id only when its
	 * supply has a synergy.
	 */
	private record Synergies(Map<String, Synergy> byCandidate, Set<String> supplies) {

		@Nullable Synergy of(Candidate candidate) {
			return this.supplies.contains(candidate.supply().id()) ? this.byCandidate.get(candidate.id()) : null;
		}

	}

	/** The synergies; read once per version of the data. */
	private Synergies synergies() {
		return this.cache.get(new SynergiesKey(), this::readSynergies);
	}

	private Synergies readSynergies() {
		Map<String, Synergy> byCandidate = new HashMap<>();
		Set<String> supplies = new HashSet<>();
		this.jdbc.sql("""
				select id, supply_stream_id, demand_stream_id, demand_company_id, rule_id,
				       supply_opt_in_at is not null and demand_opt_in_at is not null as revealed
				from synergy where supply_stream_id is not null""").query(rs -> {
			long demandStream = rs.getLong("demand_stream_id");
			String demand = rs.wasNull() ? "c" + rs.getLong("demand_company_id") : "d" + demandStream;
			String supply = "s" + rs.getLong("supply_stream_id");
			byCandidate.put(supply + ">" + demand + ":" + rs.getString("rule_id"),
					new Synergy(rs.getLong("id"), rs.getBoolean("revealed")));
			supplies.add(supply);
		});
		return new Synergies(java.util.Collections.unmodifiableMap(byCandidate), Set.copyOf(supplies));
	}

	private Map<String, County> counties() {
		Map<String, County> byNumber = new HashMap<>();
		this.reference.counties().forEach(c -> byNumber.put(c.number(), c));
		return byNumber;
	}

	/**
	 * An opaque, stable id for a candidate with an anonymous side: a keyed hash of the
	 * viewer's company and the candidate id, so it says nothing about the counterpart.
	 */
	private String token(Viewer viewer, String candidateId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.tokenKey);
			byte[] hash = mac.doFinal((viewer.companyId() + "|" + candidateId).getBytes(StandardCharsets.UTF_8));
			return TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is missing", ex);
		}
	}

	private static byte[] randomSecret() {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		return secret;
	}

}
