package no.symbiose.app.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.symbiose.app.accounting.AccountScope;
import no.symbiose.app.goals.IndicatorValues;
import no.symbiose.app.programme.ProgrammeEvidence.ParkRef;
import no.symbiose.app.programme.ProgrammeEvidence.TenantData;
import no.symbiose.app.security.Viewer;
import no.symbiose.engine.goals.Indicator;
import no.symbiose.engine.goals.Observation;

import org.springframework.stereotype.Component;

/**
 * The programme's indicators for the goal follow-up, per year with data:
 * <ul>
 * <li>{@code tenant-climate-accounts} (goal 8, %): tenants with a climate account for the
 * year / tenants of the year × 100, over the park, or every park of the county or the
 * nation; a year without tenants is unknown;</li>
 * <li>{@code material-flow-analysis} (goal 5, yes/no): 1 when the park's tenants have at
 * least one material flow with a quantity in tonnes for the year, else 0; a year without
 * tenants is unknown; parks only;</li>
 * <li>{@code net-zero-areas} (mission I, count): the nation's parks that are net-zero
 * areas ({@link Programme}), as the viewer may see it; parks whose status is unknown are
 * not counted, so the value is the number known.</li>
 * </ul>
 */
@Component
class ProgrammeIndicatorValues implements IndicatorValues {

	static final String TENANT_CLIMATE_ACCOUNTS = "tenant-climate-accounts";

	static final String MATERIAL_FLOW_ANALYSIS = "material-flow-analysis";

	static final String NET_ZERO_AREAS = "net-zero-areas";

	private final ProgrammeEvidence evidence;

	private final Programme programme;

	ProgrammeIndicatorValues(ProgrammeEvidence evidence, Programme programme) {
		this.evidence = evidence;
		this.programme = programme;
	}

	@Override
	public Set<String> indicators() {
		return Set.of(TENANT_CLIMATE_ACCOUNTS, MATERIAL_FLOW_ANALYSIS, NET_ZERO_AREAS);
	}

	@Override
	public List<Observation> values(Indicator indicator, AccountScope scope, Viewer viewer) {
		List<Observation> values = new ArrayList<>();
		if (indicator.key().equals(NET_ZERO_AREAS)) {
			if (scope.level() == AccountScope.Level.NATION) {
				for (int year : oldestFirst()) {
					values.add(new Observation(year, this.programme.netZeroCount(year, viewer)));
				}
			}
			return List.copyOf(values);
		}
		if (indicator.key().equals(MATERIAL_FLOW_ANALYSIS) && scope.level() != AccountScope.Level.PARK) {
			return List.of();
		}
		List<ParkRef> parks = this.evidence.parks().stream().filter(park -> switch (scope.level()) {
			case NATION -> true;
			case COUNTY -> park.countyNumber().equals(scope.key());
			case PARK -> park.key().equals(scope.key());
		}).toList();
		for (int year : oldestFirst()) {
			Map<Long, List<TenantData>> byPark = this.evidence.tenantsByPark(year);
			List<TenantData> tenants = parks.stream()
				.flatMap(park -> byPark.getOrDefault(park.id(), List.of()).stream())
				.toList();
			if (tenants.isEmpty()) {
				continue;
			}
			if (indicator.key().equals(TENANT_CLIMATE_ACCOUNTS)) {
				long with = tenants.stream().filter(TenantData::climateAccount).count();
				values.add(new Observation(year, with * 100.0 / tenants.size()));
			}
			else {
				values.add(new Observation(year, tenants.stream().anyMatch(TenantData::materialFlows) ? 1 : 0));
			}
		}
		return List.copyOf(values);
	}

	private List<Integer> oldestFirst() {
		return this.programme.years().stream().sorted().toList();
	}

}
