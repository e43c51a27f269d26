package no.symbiose.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.registry.Availability;
import no.symbiose.engine.registry.CompanyKey;
import no.symbiose.engine.registry.MaterialClass;
import no.symbiose.engine.registry.NaceCode;
import no.symbiose.engine.registry.NaceVersion;
import no.symbiose.engine.registry.StreamDirection;
import no.symbiose.engine.symbiosis.MatchSide;
import no.symbiose.engine.symbiosis.MatchStream;
import no.symbiose.engine.units.AnnualQuantity;
import no.symbiose.engine.units.Celsius;

/**
 * Streams derived from Hotmaps columns only, for every site with a location; nothing is
 * estimated (docs/benchmarks.md, "Symbiosis engine", data set b).
 * <ul>
 * <li>Supply: one excess-heat stream per site and band with a value above 0, MWh/yr =
 * GWh/yr × 1000, temperature = the band's lower bound (100, 200 or 500 °C).</li>
 * <li>Demand: one heat input per site with {@code Fuel_Demand} above 0, MWh/yr = GWh/yr ×
 * 1000, temperature unknown, so the engine takes the rule's typical temperature.</li>
 * <li>Material: {@code Iron and steel} sites offer {@code slag}, {@code Cement} sites
 * take {@code slag}, both with quantity unknown.</li>
 * <li>Each site is one company {@code hotmaps:<SiteID>}, with a NACE code by subsector
 * ({@link #NACE_BY_SUBSECTOR}), because every heat rule names the activities it
 * serves.</li>
 * </ul>
 */
final class HotmapsStreams {

	/**
	 * Convention of this benchmark, not of Hotmaps: the SN2007 group or class of each
	 * subsector. "Other non-classified" gets none.
	 */
	static final Map<String, String> NACE_BY_SUBSECTOR = Map.of("Iron and steel", "24.10", "Non-ferrous metals", "24.4",
			"Chemical industry", "20.1", "Cement", "23.51", "Glass", "23.1", "Non-metallic mineral products", "23",
			"Paper and printing", "17.1", "Refineries", "19.20");

	private HotmapsStreams() {
	}

	static StreamSet of(List<HotmapsSite> sites) {
		List<MatchStream> supplies = new ArrayList<>();
		List<MatchStream> demands = new ArrayList<>();
		for (HotmapsSite site : sites) {
			if (site.location() == null) {
				continue;
			}
			CompanyKey company = CompanyKey.of("hotmaps:" + site.siteId());
			String code = NACE_BY_SUBSECTOR.get(site.subsector());
			NaceCode nace = code == null ? null : NaceCode.of(NaceVersion.SN2007, code);
			heat(site, company, nace, "100", site.excessHeat100To200Gwh(), 100, supplies);
			heat(site, company, nace, "200", site.excessHeat200To500Gwh(), 200, supplies);
			heat(site, company, nace, "500", site.excessHeatAbove500Gwh(), 500, supplies);
			if (site.fuelDemandGwh() != null && site.fuelDemandGwh() > 0) {
				demands.add(new MatchStream("h" + site.siteId() + "-heat-in", MatchSide.DEMAND, company,
						site.location(), "heat", StreamDirection.INPUT, null, null, true, null,
						AnnualQuantity.megawattHoursPerYear(site.fuelDemandGwh() * 1000), Availability.CONTINUOUS,
						nace));
			}
			if (site.subsector().equals("Iron and steel")) {
				supplies.add(new MatchStream("h" + site.siteId() + "-slag", MatchSide.SUPPLY, company, site.location(),
						"slag", StreamDirection.SIDE_STREAM, null, MaterialClass.SLAG, false, null, null,
						Availability.CONTINUOUS, nace));
			}
			if (site.subsector().equals("Cement")) {
				demands.add(new MatchStream("h" + site.siteId() + "-slag-in", MatchSide.DEMAND, company,
						site.location(), "slag", StreamDirection.INPUT, null, MaterialClass.SLAG, false, null, null,
						Availability.CONTINUOUS, nace));
			}
		}
		return new StreamSet("hotmaps", supplies, demands);
	}

	private static void heat(HotmapsSite site, CompanyKey company, @Nullable NaceCode nace, String band,
			@Nullable Double gwh, double celsius, List<MatchStream> supplies) {
		if (gwh == null || gwh <= 0) {
			return;
		}
		supplies.add(new MatchStream("h" + site.siteId() + "-heat-" + band, MatchSide.SUPPLY, company, site.location(),
				"excess heat " + band + " °C band", StreamDirection.EXCESS_HEAT, null, null, true, Celsius.of(celsius),
				AnnualQuantity.megawattHoursPerYear(gwh * 1000), Availability.CONTINUOUS, nace));
	}

}
