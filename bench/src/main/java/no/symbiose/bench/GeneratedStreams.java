package no.symbiose.bench;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import no.symbiose.engine.registry.Availability;
import no.symbiose.engine.registry.CompanyKey;
import no.symbiose.engine.registry.MaterialClass;
import no.symbiose.engine.registry.NaceCode;
import no.symbiose.engine.registry.NaceVersion;
import no.symbiose.engine.registry.StreamDirection;
import no.symbiose.engine.symbiosis.KnowledgeBase;
import no.symbiose.engine.symbiosis.MatchSide;
import no.symbiose.engine.symbiosis.MatchStream;
import no.symbiose.engine.symbiosis.RuleKind;
import no.symbiose.engine.symbiosis.SymbiosisRule;
import no.symbiose.engine.units.AnnualQuantity;
import no.symbiose.engine.units.Celsius;

/**
 * Generated streams at real site locations (data set c). Each stream sits at a Hotmaps
 * site drawn uniformly among those with a location, and belongs to that site's company
 * {@code hotmaps:<SiteID>}. A share {@link #HEAT_SHARE} of each side is heat, the rest
 * material with a class drawn uniformly from the classes the knowledge base's material
 * rules accept on that side, so matches exist. All streams are continuous.
 * <ul>
 * <li>material: {@link #MIN_TONNES}–{@link #MAX_TONNES} t/yr, uniform;</li>
 * <li>heat: {@link #MIN_MWH}–{@link #MAX_MWH} MWh/yr, uniform; supplies at
 * {@link #MIN_SUPPLY_C}–{@link #MAX_SUPPLY_C} °C; demands at
 * {@link #MIN_DEMAND_C}–{@link #MAX_DEMAND_C} °C, with a NACE code drawn from the
 * receiving activities of the heat rules (a heat rule serves only those).</li>
 * </ul>
 */
final class GeneratedStreams {

	static final double HEAT_SHARE = 0.2;

	static final double MIN_TONNES = 100;

	static final double MAX_TONNES = 10_000;

	static final double MIN_MWH = 1_000;

	static final double MAX_MWH = 100_000;

	static final int MIN_SUPPLY_C = 30;

	static final int MAX_SUPPLY_C = 300;

	static final int MIN_DEMAND_C = 40;

	static final int MAX_DEMAND_C = 120;

	private GeneratedStreams() {
	}

	static StreamSet generate(List<HotmapsSite> allSites, int supplies, int demands, long seed,
			KnowledgeBase knowledge) {
		List<HotmapsSite> sites = allSites.stream().filter(s -> s.location() != null).toList();
		Set<MaterialClass> supplyClasses = EnumSet.noneOf(MaterialClass.class);
		Set<MaterialClass> demandClasses = EnumSet.noneOf(MaterialClass.class);
		Set<String> heatReceivers = new TreeSet<>();
		for (SymbiosisRule rule : knowledge.rules()) {
			if (rule.kind() == RuleKind.MATERIAL) {
				supplyClasses.addAll(rule.supply().classes());
				demandClasses.addAll(rule.demand().classes());
			}
			else {
				heatReceivers.addAll(rule.receivingNacePrefixes());
			}
		}
		List<MaterialClass> supplyList = List.copyOf(supplyClasses);
		List<MaterialClass> demandList = List.copyOf(demandClasses);
		List<NaceCode> naces = heatReceivers.stream().map(code -> NaceCode.of(NaceVersion.SN2007, code)).toList();
		SplittableRandom random = new SplittableRandom(seed);
		List<MatchStream> out = new ArrayList<>(supplies);
		for (int i = 0; i < supplies; i++) {
			HotmapsSite site = sites.get(random.nextInt(sites.size()));
			CompanyKey company = CompanyKey.of("hotmaps:" + site.siteId());
			if (random.nextDouble() < HEAT_SHARE) {
				out.add(new MatchStream("s" + i, MatchSide.SUPPLY, company, site.location(), "heat",
						StreamDirection.EXCESS_HEAT, null, null, true,
						Celsius.of(random.nextInt(MIN_SUPPLY_C, MAX_SUPPLY_C + 1)),
						AnnualQuantity.megawattHoursPerYear(random.nextDouble(MIN_MWH, MAX_MWH)),
						Availability.CONTINUOUS, null));
			}
			else {
				out.add(new MatchStream("s" + i, MatchSide.SUPPLY, company, site.location(), "material",
						StreamDirection.SIDE_STREAM, null, supplyList.get(random.nextInt(supplyList.size())), false,
						null, AnnualQuantity.tonnesPerYear(random.nextDouble(MIN_TONNES, MAX_TONNES)),
						Availability.CONTINUOUS, null));
			}
		}
		List<MatchStream> in = new ArrayList<>(demands);
		for (int i = 0; i < demands; i++) {
			HotmapsSite site = sites.get(random.nextInt(sites.size()));
			CompanyKey company = CompanyKey.of("hotmaps:" + site.siteId());
			if (random.nextDouble() < HEAT_SHARE) {
				in.add(new MatchStream("d" + i, MatchSide.DEMAND, company, site.location(), "heat",
						StreamDirection.INPUT, null, null, true,
						Celsius.of(random.nextInt(MIN_DEMAND_C, MAX_DEMAND_C + 1)),
						AnnualQuantity.megawattHoursPerYear(random.nextDouble(MIN_MWH, MAX_MWH)),
						Availability.CONTINUOUS, naces.get(random.nextInt(naces.size()))));
			}
			else {
				in.add(new MatchStream("d" + i, MatchSide.DEMAND, company, site.location(), "material",
						StreamDirection.INPUT, null, demandList.get(random.nextInt(demandList.size())), false, null,
						AnnualQuantity.tonnesPerYear(random.nextDouble(MIN_TONNES, MAX_TONNES)),
						Availability.CONTINUOUS, null));
			}
		}
		return new StreamSet("generated", out, in);
	}

}
