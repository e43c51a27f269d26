package no.symbiose.app.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.symbiose.app.accounting.AccountAggregates;
import no.symbiose.app.accounting.AccountPageModel;
import no.symbiose.app.accounting.AccountPlacements;
import no.symbiose.app.accounting.AccountScope;
import no.symbiose.app.programme.ProgrammeDecisions.Decision;
import no.symbiose.app.programme.ProgrammeDecisions.Kind;
import no.symbiose.app.programme.ProgrammeEvidence.ParkRef;
import no.symbiose.app.programme.ProgrammeEvidence.TenantData;
import no.symbiose.app.security.Viewer;
import no.symbiose.engine.accounting.Disclosure.Figure;
import no.symbiose.engine.programme.ParkEvidence;
import no.symbiose.engine.programme.ProgrammeCriteria;
import no.symbiose.engine.programme.Qualification;
import no.symbiose.engine.programme.QualificationRule;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The national programme for one year: each park's qualification by the criteria
 * ({@link QualificationRule} over {@link ProgrammeEvidence}), its standing by the latest
 * decision, and whether it is a net-zero area; the overview per county and the progress
 * towards the 100 net-zero green industrial areas of mission I (003).
 * <p>
 * A park is a <em>net-zero area</em> in a year when the latest decision by the end of the
 * year admitted it as one, or when its climate account (scope 1 + scope 2 location-based,
 * as the viewer may see it after disclosure control) is at most 0 t CO2e and every tenant
 * has a climate account for the year. The accounts hold no removals, so a computed
 * net-zero park is one that emits nothing. A known total above 0 is not net zero
 * (emissions are never negative, so a partial total above 0 proves it). Anything else is
 * unknown, and is counted as unknown, never as net zero.
 */
@Service("programme")
public class Programme {

	/**
	 * The target of mission I (003): 100 green industrial areas with net-zero emissions.
	 */
	public static final int NET_ZERO_TARGET = 100;

	public enum NetZeroState {

		NET_ZERO, NOT_NET_ZERO, UNKNOWN

	}

	/** Why a park is or is not a net-zero area. */
	public enum NetZeroBasis {

		/** An admission decision states it. */
		DECISION,
		/** The climate account. */
		ACCOUNT,
		/** Some tenants lack a climate account, and the known part is 0. */
		INCOMPLETE,
		/** The viewer may not see the park's total, or it has no contributors. */
		NO_FIGURE

	}

	/**
	 * @param netEmissionsTCo2e scope 1 + scope 2 location-based, as the viewer may see
	 * it; null when hidden or unknown
	 */
	public record NetZero(NetZeroState state, NetZeroBasis basis, @Nullable Double netEmissionsTCo2e) {

	}

	/**
	 * A park's standing in the programme for a year.
	 *
	 * @param standing the latest decision by the end of the year
	 */
	public record ParkStatus(ParkRef park, int year, ParkEvidence evidence, Qualification qualification,
			Optional<Decision> standing, NetZero netZero) {

		public boolean qualified() {
			return this.qualification.qualified();
		}

		public boolean admitted() {
			return this.standing.map(decision -> decision.kind() == Kind.ADMITTED).orElse(false);
		}

		/** The standing's key ({@code admitted}, ...), or {@code none}. */
		public String standingKey() {
			return this.standing.map(Decision::decision).orElse("none");
		}

	}

	/** Progress towards the 100 net-zero areas. */
	public record NetZeroProgress(int year, int target, int parks, int netZero, int notNetZero, int unknown) {

		/** Net-zero areas as a share of the target, in percent. */
		public double percentOfTarget() {
			return this.netZero * 100.0 / this.target;
		}

	}

	/** The parks of one county. */
	public record CountySummary(String countyNumber, String countyName, int parks, int qualified, int admitted,
			int netZero) {

	}

	public record Overview(int year, List<ParkStatus> parks, List<CountySummary> counties, int qualified, int admitted,
			NetZeroProgress progress) {

	}

	private final ProgrammeCriteria criteria = ProgrammeCriteria.builtIn();

	private final QualificationRule rule = new QualificationRule(this.criteria);

	private final ProgrammeEvidence evidence;

	private final ProgrammeDecisions decisions;

	private final AccountAggregates aggregates;

	private final AccountPageModel scopes;

	private final AccountPlacements placements;

	private final Clock clock;

	Programme(ProgrammeEvidence evidence, ProgrammeDecisions decisions, AccountAggregates aggregates,
			AccountPageModel scopes, AccountPlacements placements, Clock clock) {
		this.evidence = evidence;
		this.decisions = decisions;
		this.aggregates = aggregates;
		this.scopes = scopes;
		this.placements = placements;
		this.clock = clock;
	}

	public ProgrammeCriteria criteria() {
		return this.criteria;
	}

	/** The newest year with data, else last year. */
	public int defaultYear() {
		List<Integer> years = this.placements.yearsWithData();
		return years.isEmpty() ? LocalDate.now(this.clock).getYear() - 1 : years.get(0);
	}

	/**
	 * The year asked for, or the default.
	 * @throws no.symbiose.app.api.InvalidInputException a year outside 1990–2100
	 */
	public int year(@Nullable Integer year) {
		if (year == null) {
			return defaultYear();
		}
		if (year < 1990 || year > 2100) {
			throw new no.symbiose.app.api.InvalidInputException(List
				.of(no.symbiose.app.api.FieldProblem.of("year", year, "accounts.scope.year", String.valueOf(year))));
		}
		return year;
	}

	/** Years with data, newest first. */
	public List<Integer> years() {
		return this.placements.yearsWithData();
	}

	/**
	 * @throws no.symbiose.app.api.NotFoundException no such park
	 */
	public ParkStatus of(long park, int year, Viewer viewer) {
		return of(this.evidence.park(park), year, viewer);
	}

	/**
	 * @throws no.symbiose.app.api.NotFoundException no such park
	 */
	public ParkStatus of(String parkKey, int year, Viewer viewer) {
		return of(this.evidence.park(parkKey), year, viewer);
	}

	private ParkStatus of(ParkRef park, int year, Viewer viewer) {
		List<TenantData> tenants = this.evidence.tenants(park.id(), year);
		return status(park, year, tenants,
				() -> this.aggregates.climateTotals(AccountScope.park(park.key()), year, viewer));
	}

	/** Every park's status in the year, with the sums per county and the progress. */
	public Overview overview(int year, Viewer viewer) {
		Map<Long, List<TenantData>> tenants = this.evidence.tenantsByPark(year);
		List<ParkRef> parks = this.evidence.parks();
		ParkFigures figures = new ParkFigures(year, viewer);
		List<ParkStatus> statuses = new ArrayList<>();
		for (ParkRef park : parks) {
			statuses.add(status(park, year, tenants.getOrDefault(park.id(), List.of()), figures.of(park)));
		}
		Map<String, CountySummary> counties = new LinkedHashMap<>();
		statuses.stream()
			.sorted(java.util.Comparator.comparing((ParkStatus s) -> s.park().countyName()))
			.forEach(status -> counties.merge(status.park().countyNumber(),
					new CountySummary(status.park().countyNumber(), status.park().countyName(), 1,
							status.qualified() ? 1 : 0, status.admitted() ? 1 : 0,
							status.netZero().state() == NetZeroState.NET_ZERO ? 1 : 0),
					(a, b) -> new CountySummary(a.countyNumber(), a.countyName(), a.parks() + b.parks(),
							a.qualified() + b.qualified(), a.admitted() + b.admitted(), a.netZero() + b.netZero())));
		return new Overview(year, List.copyOf(statuses), List.copyOf(counties.values()),
				(int) statuses.stream().filter(ParkStatus::qualified).count(),
				(int) statuses.stream().filter(ParkStatus::admitted).count(), progress(year, statuses));
	}

	/**
	 * The parks that are net-zero areas in the year, as the viewer may see it: the same
	 * rule as {@link #overview}, but the accounts are read only for the parks that could
	 * be net zero by them (every tenant with a climate account, no net-zero decision).
	 */
	public int netZeroCount(int year, Viewer viewer) {
		Map<Long, List<TenantData>> tenants = this.evidence.tenantsByPark(year);
		ParkFigures figures = new ParkFigures(year, viewer);
		LocalDate end = LocalDate.of(year, 12, 31);
		int count = 0;
		for (ParkRef park : this.evidence.parks()) {
			Optional<Decision> standing = this.decisions.standing(park.id(), end);
			List<TenantData> own = tenants.getOrDefault(park.id(), List.of());
			boolean decided = standing.filter(d -> d.kind() == Kind.ADMITTED && d.netZero()).isPresent();
			boolean couldBe = !own.isEmpty() && own.stream().allMatch(TenantData::climateAccount);
			if (decided || (couldBe && netZero(this.evidence.evidence(park, year, own), standing, figures.of(park))
				.state() == NetZeroState.NET_ZERO)) {
				count++;
			}
		}
		return count;
	}

	/**
	 * Each park's disclosed climate totals, read from its county's account (one account
	 * gives every park of the county as a group) when first asked for.
	 */
	private final class ParkFigures {

		private final int year;

		private final Viewer viewer;

		private final Map<String, Map<String, Map<String, Figure>>> byCounty = new HashMap<>();

		ParkFigures(int year, Viewer viewer) {
			this.year = year;
			this.viewer = viewer;
		}

		java.util.function.Supplier<Map<String, Figure>> of(ParkRef park) {
			return () -> this.byCounty.computeIfAbsent(park.countyNumber(), county -> {
				Map<String, Map<String, Figure>> groups = new HashMap<>();
				for (AccountAggregates.Group group : Programme.this.aggregates
					.climate(Programme.this.scopes.resolve(AccountScope.county(county)), this.year, this.viewer)
					.groups()) {
					groups.put(group.node(), group.figures());
				}
				return groups;
			}).getOrDefault(AccountPlacements.parkNode(park.key()), Map.of());
		}

	}

	/** Progress towards the 100 net-zero areas in the year, as the viewer may see it. */
	public NetZeroProgress progress(int year, Viewer viewer) {
		return overview(year, viewer).progress();
	}

	private static NetZeroProgress progress(int year, List<ParkStatus> statuses) {
		Map<NetZeroState, Integer> counts = new HashMap<>();
		statuses.forEach(status -> counts.merge(status.netZero().state(), 1, Integer::sum));
		return new NetZeroProgress(year, NET_ZERO_TARGET, statuses.size(),
				counts.getOrDefault(NetZeroState.NET_ZERO, 0), counts.getOrDefault(NetZeroState.NOT_NET_ZERO, 0),
				counts.getOrDefault(NetZeroState.UNKNOWN, 0));
	}

	private ParkStatus status(ParkRef park, int year, List<TenantData> tenants,
			java.util.function.Supplier<Map<String, Figure>> totals) {
		ParkEvidence parkEvidence = this.evidence.evidence(park, year, tenants);
		Optional<Decision> standing = this.decisions.standing(park.id(), LocalDate.of(year, 12, 31));
		return new ParkStatus(park, year, parkEvidence, this.rule.evaluate(parkEvidence), standing,
				netZero(parkEvidence, standing, totals));
	}

	static NetZero netZero(ParkEvidence evidence, Optional<Decision> standing,
			java.util.function.Supplier<Map<String, Figure>> figures) {
		Map<String, Figure> totals = figures.get();
		Double net = net(totals.get("scope1"), totals.get("scope2Location"));
		if (standing.filter(decision -> decision.kind() == Kind.ADMITTED && decision.netZero()).isPresent()) {
			return new NetZero(NetZeroState.NET_ZERO, NetZeroBasis.DECISION, net);
		}
		if (net == null) {
			return new NetZero(NetZeroState.UNKNOWN, NetZeroBasis.NO_FIGURE, null);
		}
		if (net > 0) {
			return new NetZero(NetZeroState.NOT_NET_ZERO, NetZeroBasis.ACCOUNT, net);
		}
		boolean complete = evidence.tenants() > 0 && evidence.tenantsWithClimateAccount() == evidence.tenants();
		return complete ? new NetZero(NetZeroState.NET_ZERO, NetZeroBasis.ACCOUNT, net)
				: new NetZero(NetZeroState.UNKNOWN, NetZeroBasis.INCOMPLETE, net);
	}

	private static @Nullable Double net(@Nullable Figure scope1, @Nullable Figure scope2) {
		Double first = value(scope1);
		Double second = value(scope2);
		return first == null || second == null ? null : first + second;
	}

	private static @Nullable Double value(@Nullable Figure figure) {
		return figure == null || figure.suppressed() || figure.empty() ? null : figure.total();
	}

}
