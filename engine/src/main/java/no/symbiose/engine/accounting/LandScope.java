package no.symbiose.engine.accounting;

import java.util.Collection;
import java.util.Set;

import no.symbiose.engine.registry.ParkKey;

/**
 * Which parks a land account covers: the whole nation, or a set of parks (a county's, or
 * one). A survey is added to an account only when its whole group lies in the scope,
 * because a survey's total cannot be split by park.
 *
 * @param parks the parks of a county or park scope; ignored for the nation
 */
public record LandScope(boolean nation, Set<ParkKey> parks) {

	public LandScope {
		parks = Set.copyOf(parks);
	}

	public static LandScope ofNation() {
		return new LandScope(true, Set.of());
	}

	public static LandScope ofParks(Collection<ParkKey> parks) {
		return new LandScope(false, Set.copyOf(parks));
	}

	public boolean covers(Collection<ParkKey> group) {
		return this.nation || this.parks.containsAll(group);
	}

	public long countIn(Collection<ParkKey> group) {
		return this.nation ? group.size() : group.stream().filter(this.parks::contains).count();
	}

}
