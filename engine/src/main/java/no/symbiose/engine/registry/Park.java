package no.symbiose.engine.registry;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.units.MegavoltAmperes;

/** An industrial, technology or business park, one row of {@code parks.csv}. */
public record Park(ParkKey key, String name, ParkKind kind, @Nullable OrganisationModel organisationModel,
		CountyNumber county, @Nullable MunicipalityNumber municipality, @Nullable GeoPoint location, LandUse land,
		BuildingUse buildings, Set<Infrastructure> infrastructure, @Nullable MegavoltAmperes transformerCapacity,
		@Nullable String source) {

	public Park {
		name = Keys.requireNotBlank(name, "registry.park.nameBlank", "A park's name");
		if (municipality != null && !municipality.county().equals(county)) {
			throw new RuleViolation("registry.park.municipalityOutsideCounty",
					"Municipality %s does not lie in county %s".formatted(municipality, county), municipality.value(),
					county.value());
		}
		EnumSet<Infrastructure> copy = EnumSet.noneOf(Infrastructure.class);
		copy.addAll(infrastructure);
		infrastructure = Collections.unmodifiableSet(copy);
	}

	/**
	 * Rule keys of remarks on a size untypical for the park's kind; see
	 * {@link ParkKind#sizeRemarks}.
	 */
	public List<String> sizeRemarks() {
		return this.kind.sizeRemarks(this.land.total());
	}

}
