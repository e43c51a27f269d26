package no.symbiose.bench;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

import no.symbiose.bench.NationalReference.Municipality;
import no.symbiose.bench.NationalReference.Nace;
import no.symbiose.engine.registry.Availability;
import no.symbiose.engine.registry.BuildingUse;
import no.symbiose.engine.registry.Company;
import no.symbiose.engine.registry.CompanyKey;
import no.symbiose.engine.registry.Confidentiality;
import no.symbiose.engine.registry.CountyNumber;
import no.symbiose.engine.registry.EnergyCarrier;
import no.symbiose.engine.registry.EwcCode;
import no.symbiose.engine.registry.GeoPoint;
import no.symbiose.engine.registry.HeatMedium;
import no.symbiose.engine.registry.Infrastructure;
import no.symbiose.engine.registry.LandUse;
import no.symbiose.engine.registry.MaterialClass;
import no.symbiose.engine.registry.OrganisationModel;
import no.symbiose.engine.registry.Park;
import no.symbiose.engine.registry.ParkKey;
import no.symbiose.engine.registry.ParkKind;
import no.symbiose.engine.registry.Stream;
import no.symbiose.engine.registry.StreamDirection;
import no.symbiose.engine.registry.Tenancy;
import no.symbiose.engine.registry.TreatmentCode;
import no.symbiose.engine.registry.YearlyFacts;
import no.symbiose.engine.units.AnnualQuantity;
import no.symbiose.engine.units.Celsius;
import no.symbiose.engine.units.Decares;
import no.symbiose.engine.units.Kilowatts;
import no.symbiose.engine.units.MegavoltAmperes;
import no.symbiose.engine.units.MegawattHours;
import no.symbiose.engine.units.Nok;
import no.symbiose.engine.units.SquareMetres;
import no.symbiose.engine.units.TonnesCo2e;

/**
 * A <strong>synthetic</strong> national-scale registry for benchmarks and load tests:
 * parks in every county, companies in and outside them, yearly facts and streams over a
 * span of years, as the engine's records. <strong>Nothing here is real data</strong>:
 * keys start with {@code syn}, names say "Syntetisk", every row's source says
 * {@link #SOURCE}. Generated from one seed with {@link SplittableRandom}, one independent
 * stream per part, so the same arguments give the same set, and changing the number of
 * streams leaves parks, companies and facts as they were.
 *
 * <h2>How each part is drawn (and from what)</h2> Reference lists are the app's own
 * ({@link NationalReference}): so every county, municipality, NACE and EWC code is one
 * the import accepts. Everything else is an <em>assumption of this generator</em>, chosen
 * to be of a plausible order of magnitude, anchored where a source gives a figure:
 * <ul>
 * <li><b>Parks</b>: at least one in each of the 15 counties, the rest spread over
 * counties in proportion to their number of municipalities (2024 division), each in a
 * random municipality of its county, within 3 km of its centre. Kind: 60 % industripark,
 * 25 % næringspark, 15 % teknologipark. Total land: industripark log-normal, median 300
 * daa, σ 1.2, within 31–12 000 daa (source 002: 18 000 daa over seven large parks, i.e.
 * about 2 600 daa each); teknologipark 3–100 daa and næringspark 3–20 daa uniform (002's
 * table of area kinds). Land in use 60–95 % of total, uniform (002: 79 % on average);
 * free and zoned 30–100 % of the rest. Building floor area 5–30 % of the land (site
 * coverage), in use 85–100 % (002: 96 %). Transformer capacity 0.02–0.2 MVA per daa. The
 * land figures describe the last year.</li>
 * <li><b>Companies</b>: 80 % tenants of a park (a park drawn in proportion to its land),
 * within 1.5 km of it, in its municipality; the rest within 8 km of a random
 * municipality's centre. NACE: 70 % a class of section C (manufacturing), the rest a
 * class of sections A, B, D, E, F, H, J, M or N, uniform among the SN2007 classes of the
 * section. A tenancy starts 1 January–1 December of a year from five years before the
 * span to its last year; 8 % end within the span.</li>
 * <li><b>Yearly facts</b>, one row per company and year: employees log-normal, median 15,
 * σ 1.3, 1–5 000 (most Norwegian firms are small). Electricity per employee log-normal, σ
 * 1.0, median 150 MWh in the energy-intensive divisions 17, 19, 20, 23 and 24, 25 MWh in
 * the rest of C, 6 MWh elsewhere. Other carriers as a share of electricity, for some
 * companies only: natural gas (8 %), oil products (25 %), coal and coke (division 24: 30
 * %), biomass (divisions 10, 16, 17: 40 %; others 5 %), district heat (20 %), hydrogen (1
 * %), self-produced electricity (5 %, 1–30 % of use). Peak power = electricity /
 * utilisation hours, 2 500–8 000 h per company. Transformer: a park's tenants share its
 * transformers (one per eight tenants), others have their own; 15 % unknown. Direct
 * emissions reported by 40 % of companies that burn fossil fuel: fuel × IPCC 2006 default
 * factors (natural gas 0.20196, gas/diesel oil 0.26676, coking coal 0.34056 t CO2/MWh, as
 * in {@code emission_factors.csv}) × 0.95–1.10. Activity grows −3 % to +5 % a year per
 * company and energy per unit falls 1 % a year. Turnover log-normal, median NOK 2.5 M per
 * employee, σ 0.6; export 0–85 % of it in manufacturing, 0–20 % elsewhere (002: the eight
 * parks export 85 %). Confidentiality per company 15 % public, 35 % park, 50 % private,
 * one row in ten another level. 5 % of rows lack employees, 10 % turnover.</li>
 * <li><b>Streams</b>: {@code streams / years} stream definitions (rounded up; the last
 * ones start a year later, so the total is exact), one for every company first, the rest
 * drawn in proportion to √employees; each definition has a row every year. Direction: 28
 * % input, 20 % product, 14 % side stream, 32 % waste, 6 % excess heat. Materials from
 * the company's division (basic metals: scrap, slag, ferrous metals, ...); waste an EWC
 * entry, 60 % from the chapter of the company's activity, 25 % from chapters 15, 16 or
 * 20, 15 % any, with a treatment code: recovery (R1, R3, R4, R5, R12, R13) for 75 %,
 * disposal (D1, D5, D9, D10, D15) for 25 %. Quantities log-normal per employee (products
 * median 40 t/yr, inputs 1.2 × that, side streams 5–30 % of it, waste median 3 t/yr, σ
 * 1.0); excess heat 5–40 % of the company's energy use in MWh/yr (Miljøstiftelsen Zero,
 * cited in 002: 20 TWh of excess heat in Norwegian industry), its medium and temperature
 * drawn per stream (flue gas 150–500 °C, steam 120–250 °C, hot water 40–95 °C, cooling
 * water 20–45 °C, air 25–60 °C). 10 % of inputs are heat (hot water, MWh/yr). 85 %
 * continuous, 10 % seasonal, 5 % batch. 3 % of rows have no quantity.</li>
 * </ul>
 *
 * @param firstYear the first year of the span; {@code lastYear} the last, which the
 * parks' land figures describe
 */
public record NationalDataSet(long seed, int firstYear, int lastYear, List<Park> parks, List<Company> companies,
		List<Tenancy> tenancies, List<YearlyFacts> facts, List<Stream> streams) {

	/** The year 002 describes; the default last year of the span. */
	public static final int LAST_YEAR = 2024;

	/** Every row's {@code source}: synthetic, never to be taken for real figures. */
	public static final String SOURCE = "SYNTETISK testdata, ikke ekte tall (NationalDataSet, seed %d)";

	/** IPCC 2006 default combustion factors, t CO2 per MWh (emission_factors.csv). */
	static final double GAS_T_PER_MWH = 0.20196;

	static final double OIL_T_PER_MWH = 0.26676;

	static final double COAL_T_PER_MWH = 0.34056;

	public NationalDataSet {
		parks = List.copyOf(parks);
		companies = List.copyOf(companies);
		tenancies = List.copyOf(tenancies);
		facts = List.copyOf(facts);
		streams = List.copyOf(streams);
	}

	/**
	 * The set for the span of {@code years} ending {@link #LAST_YEAR}, from the shipped
	 * reference files. For issue 5's benchmark: {@code generate(seed, 300, 20_000, 10,
	 * 500_000)}.
	 */
	public static NationalDataSet generate(long seed, int parks, int companies, int years, int streams) {
		return generate(seed, parks, companies, years, streams, NationalReference.shipped(), LAST_YEAR);
	}

	public static NationalDataSet generate(long seed, int parks, int companies, int years, int streams,
			NationalReference reference, int lastYear) {
		if (parks < reference.counties().size()) {
			throw new IllegalArgumentException("%d parks cannot cover the %d counties; ask for at least as many"
				.formatted(parks, reference.counties().size()));
		}
		if (companies < 0 || streams < 0) {
			throw new IllegalArgumentException(
					"companies %d and streams %d must not be negative".formatted(companies, streams));
		}
		if (years < 1 || lastYear - years + 1 < 1990 || lastYear > 2100) {
			throw new IllegalArgumentException(
					"%d years ending %d leave the registry's 1990–2100".formatted(years, lastYear));
		}
		if (streams > 0 && companies == 0) {
			throw new IllegalArgumentException("%d streams need at least one company".formatted(streams));
		}
		return new Generator(seed, reference, lastYear - years + 1, lastYear).generate(parks, companies, streams);
	}

	public int years() {
		return this.lastYear - this.firstYear + 1;
	}

	/** The year the parks' land figures describe ({@code land_year} in parks.csv). */
	public int landYear() {
		return this.lastYear;
	}

	/** Hides the figures: the set is large. */
	@Override
	public String toString() {
		return "NationalDataSet[seed=%d, %d–%d, %d parks, %d companies, %d facts, %d streams]".formatted(this.seed,
				this.firstYear, this.lastYear, this.parks.size(), this.companies.size(), this.facts.size(),
				this.streams.size());
	}

	/** The drawing, part by part; see the class comment for every distribution. */
	private static final class Generator {

		private static final List<String> OTHER_SECTIONS = List.of("A", "B", "D", "E", "F", "H", "J", "M", "N");

		private static final Set<String> ENERGY_INTENSIVE = Set.of("17", "19", "20", "23", "24");

		private static final List<String> RECOVERY = List.of("R1", "R3", "R4", "R5", "R12", "R13");

		private static final List<String> DISPOSAL = List.of("D1", "D5", "D9", "D10", "D15");

		private static final List<String> COMMON_WASTE_CHAPTERS = List.of("15", "16", "20");

		/** The List of Waste chapter of each activity (by NACE division). */
		private static final Map<String, String> WASTE_CHAPTER = chapters();

		private static final Map<String, List<MaterialClass>> OUTPUTS = outputs();

		private static final List<MaterialClass> DEFAULT_OUTPUTS = List.of(MaterialClass.MANUFACTURED_PRODUCTS,
				MaterialClass.PACKAGING, MaterialClass.PLASTICS, MaterialClass.METAL_SCRAP, MaterialClass.OTHER);

		private static final List<MaterialClass> INPUTS = List.of(MaterialClass.FERROUS_METALS,
				MaterialClass.NON_FERROUS_METALS, MaterialClass.ORES_AND_MINERALS, MaterialClass.LIMESTONE_AND_DOLOMITE,
				MaterialClass.CHEMICALS, MaterialClass.PLASTICS, MaterialClass.BIOMASS, MaterialClass.FOOD_AND_FEED,
				MaterialClass.FUELS, MaterialClass.WATER, MaterialClass.PACKAGING, MaterialClass.GLASS,
				MaterialClass.PULP_AND_PAPER, MaterialClass.CRUDE_OIL_AND_GAS, MaterialClass.OXYGEN);

		private static final HeatMedium[] MEDIA = { HeatMedium.FLUE_GAS, HeatMedium.STEAM, HeatMedium.HOT_WATER,
				HeatMedium.COOLING_WATER, HeatMedium.AIR };

		private final long seed;

		private final NationalReference reference;

		private final int firstYear;

		private final int lastYear;

		private final String source;

		private final Map<String, List<EwcCode>> wasteByChapter = new LinkedHashMap<>();

		private final Map<String, List<Nace>> naceBySection = new LinkedHashMap<>();

		/** Per company, what the facts and streams of every year follow. */
		private final List<Profile> profiles = new ArrayList<>();

		Generator(long seed, NationalReference reference, int firstYear, int lastYear) {
			this.seed = seed;
			this.reference = reference;
			this.firstYear = firstYear;
			this.lastYear = lastYear;
			this.source = SOURCE.formatted(seed);
			for (EwcCode code : reference.wasteCodes()) {
				this.wasteByChapter.computeIfAbsent(code.chapter(), k -> new ArrayList<>()).add(code);
			}
			for (Nace nace : reference.naceClasses()) {
				this.naceBySection.computeIfAbsent(nace.section(), k -> new ArrayList<>()).add(nace);
			}
		}

		/** One independent random stream per part, all from the one seed. */
		private SplittableRandom random(int part) {
			return new SplittableRandom(this.seed * 0x9E3779B97F4A7C15L + part);
		}

		NationalDataSet generate(int parkCount, int companyCount, int streamCount) {
			List<SitedPark> parks = parks(parkCount);
			List<Company> companies = new ArrayList<>(companyCount);
			List<Tenancy> tenancies = new ArrayList<>();
			companies(companyCount, parks, companies, tenancies);
			List<YearlyFacts> facts = facts(companies);
			List<Stream> streams = streams(streamCount, companies);
			return new NationalDataSet(this.seed, this.firstYear, this.lastYear,
					parks.stream().map(SitedPark::park).toList(), companies, tenancies, facts, streams);
		}

		/** A park and where it lies, which the records keep only as a point. */
		private record SitedPark(Park park, Municipality municipality, GeoPoint location, double landDaa) {
		}

		private List<SitedPark> parks(int count) {
			SplittableRandom random = random(1);
			List<NationalReference.County> counties = this.reference.counties();
			Map<CountyNumber, List<Municipality>> byCounty = new LinkedHashMap<>();
			for (NationalReference.County county : counties) {
				byCounty.put(county.number(), new ArrayList<>());
			}
			for (Municipality municipality : this.reference.municipalities()) {
				byCounty.get(municipality.county()).add(municipality);
			}
			int[] perCounty = apportion(count, counties.stream().map(c -> byCounty.get(c.number()).size()).toList());
			List<SitedPark> parks = new ArrayList<>(count);
			for (int c = 0; c < counties.size(); c++) {
				List<Municipality> municipalities = byCounty.get(counties.get(c).number());
				for (int k = 0; k < perCounty[c]; k++) {
					parks
						.add(park(parks.size() + 1, municipalities.get(random.nextInt(municipalities.size())), random));
				}
			}
			return parks;
		}

		private SitedPark park(int number, Municipality municipality, SplittableRandom random) {
			double kindDraw = random.nextDouble();
			ParkKind kind = kindDraw < 0.60 ? ParkKind.INDUSTRIPARK
					: kindDraw < 0.85 ? ParkKind.NAERINGSPARK : ParkKind.TEKNOLOGIPARK;
			double total = switch (kind) {
				case INDUSTRIPARK -> clamp(logNormal(random, 300, 1.2), 31, 12_000);
				case TEKNOLOGIPARK -> random.nextDouble(3, 100);
				case NAERINGSPARK -> random.nextDouble(3, 20);
			};
			total = round1(total);
			double used = round1(total * random.nextDouble(0.60, 0.95));
			double free = Math.floor((total - used) * random.nextDouble(0.30, 1.0) * 10) / 10;
			double buildings = Math.round(total * 1_000 * random.nextDouble(0.05, 0.30) / 10) * 10.0;
			double buildingsUsed = Math.min(buildings,
					Math.round(buildings * random.nextDouble(0.85, 1.0) / 10) * 10.0);
			GeoPoint location = near(municipality.centre(), 3, random);
			EnumSet<Infrastructure> infrastructure = EnumSet.noneOf(Infrastructure.class);
			addWith(infrastructure, Infrastructure.ROAD, 0.95, random);
			addWith(infrastructure, Infrastructure.GRID_CONNECTION, 0.90, random);
			addWith(infrastructure, Infrastructure.WATER, 0.80, random);
			addWith(infrastructure, Infrastructure.SEWAGE, 0.80, random);
			addWith(infrastructure, Infrastructure.QUAY, kind == ParkKind.INDUSTRIPARK ? 0.5 : 0.1, random);
			addWith(infrastructure, Infrastructure.RAIL, 0.25, random);
			addWith(infrastructure, Infrastructure.DISTRICT_HEATING, 0.20, random);
			double modelDraw = random.nextDouble();
			OrganisationModel model = modelDraw < 0.6 ? OrganisationModel.SINGLE_OWNER_WITH_FACILITATOR
					: modelDraw < 0.9 ? OrganisationModel.SEVERAL_OWNERS_WITHOUT_FACILITATOR : null;
			double transformer = Math.max(1, Math.round(total * random.nextDouble(0.02, 0.2)));
			Park park = new Park(ParkKey.of("syn-park-%03d".formatted(number)),
					"Syntetisk park %03d (%s)".formatted(number, municipality.name()), kind, model,
					municipality.county(), municipality.number(), location,
					new LandUse(Decares.of(total), Decares.of(used), Decares.of(free)),
					new BuildingUse(SquareMetres.of(buildings), SquareMetres.of(buildingsUsed)), infrastructure,
					MegavoltAmperes.of(transformer), this.source);
			return new SitedPark(park, municipality, location, total);
		}

		private void companies(int count, List<SitedPark> parks, List<Company> companies, List<Tenancy> tenancies) {
			SplittableRandom random = random(2);
			double[] parkWeights = cumulative(parks.stream().mapToDouble(SitedPark::landDaa).toArray());
			List<Municipality> municipalities = this.reference.municipalities();
			int[] tenantsPerPark = new int[parks.size()];
			int[] parkOf = new int[count];
			for (int i = 0; i < count; i++) {
				int number = i + 1;
				CompanyKey key = CompanyKey.of("syn:%05d".formatted(number));
				boolean inPark = random.nextDouble() < 0.8;
				Municipality municipality;
				GeoPoint location;
				parkOf[i] = -1;
				if (inPark) {
					int p = pick(parkWeights, random);
					SitedPark park = parks.get(p);
					parkOf[i] = p;
					tenantsPerPark[p]++;
					municipality = park.municipality();
					location = near(park.location(), 1.5, random);
				}
				else {
					municipality = municipalities.get(random.nextInt(municipalities.size()));
					location = near(municipality.centre(), 8, random);
				}
				String section = random.nextDouble() < 0.7 ? "C"
						: OTHER_SECTIONS.get(random.nextInt(OTHER_SECTIONS.size()));
				List<Nace> classes = this.naceBySection.get(section);
				Nace nace = classes.get(random.nextInt(classes.size()));
				companies.add(new Company(key, null, "Syntetisk bedrift %05d AS".formatted(number), nace.code(),
						municipality.number(), location, this.source));
				if (inPark) {
					int startYear = this.firstYear - 5 + random.nextInt(this.lastYear - this.firstYear + 6);
					LocalDate from = LocalDate.of(startYear, 1 + random.nextInt(12), 1);
					LocalDate to = null;
					if (random.nextDouble() < 0.08) {
						int endYear = Math.max(startYear, this.firstYear)
								+ random.nextInt(this.lastYear - Math.max(startYear, this.firstYear) + 1);
						LocalDate end = LocalDate.of(endYear, 12, 31);
						to = end.isBefore(from) ? from : end;
					}
					tenancies.add(new Tenancy(key, parks.get(parkOf[i]).park().key(), from, to));
				}
				this.profiles.add(profile(nace, random));
			}
			// a park's tenants share its transformers, one per eight tenants
			int[] served = new int[parks.size()];
			for (int i = 0; i < count; i++) {
				Profile profile = this.profiles.get(i);
				if (random.nextDouble() < 0.15) {
					profile.transformer = null;
				}
				else if (parkOf[i] >= 0) {
					int p = parkOf[i];
					int transformers = Math.max(1, (tenantsPerPark[p] + 7) / 8);
					profile.transformer = "%s-T%d".formatted(parks.get(p).park().key().value(),
							1 + (served[p]++ % transformers));
				}
				else {
					profile.transformer = "syn-T-%05d".formatted(i + 1);
				}
			}
		}

		/** What a company's facts and streams follow year by year. */
		private static final class Profile {

			String division = "";

			double employees;

			double electricityPerEmployee;

			double growth;

			double utilisationHours;

			double nokPerEmployee;

			double exportShare;

			final Map<EnergyCarrier, Double> shareOfElectricity = new EnumMap<>(EnergyCarrier.class);

			double selfProducedShare;

			boolean reportsEmissions;

			Confidentiality confidentiality = Confidentiality.PRIVATE;

			@Nullable String transformer;

			/** Activity in year t (0 = first year) relative to the first year. */
			double activity(int t) {
				return Math.pow(1 + this.growth, t);
			}

		}

		private Profile profile(Nace nace, SplittableRandom random) {
			Profile profile = new Profile();
			profile.division = nace.division();
			boolean manufacturing = nace.section().equals("C");
			profile.employees = clamp(logNormal(random, 15, 1.3), 1, 5_000);
			double intensity = ENERGY_INTENSIVE.contains(profile.division) ? 150 : manufacturing ? 25 : 6;
			profile.electricityPerEmployee = logNormal(random, intensity, 1.0);
			profile.growth = random.nextDouble(-0.03, 0.05);
			profile.utilisationHours = random.nextDouble(2_500, 8_000);
			profile.nokPerEmployee = logNormal(random, 2_500_000, 0.6);
			profile.exportShare = random.nextDouble(0, manufacturing ? 0.85 : 0.20);
			shareIf(profile, EnergyCarrier.NATURAL_GAS, 0.08, 0.2, 3.0, random);
			shareIf(profile, EnergyCarrier.OIL_PRODUCTS, 0.25, 0.05, 0.5, random);
			shareIf(profile, EnergyCarrier.COAL_AND_COKE, profile.division.equals("24") ? 0.30 : 0, 0.2, 1.5, random);
			shareIf(profile, EnergyCarrier.BIOMASS, Set.of("10", "16", "17").contains(profile.division) ? 0.40 : 0.05,
					0.1, 1.0, random);
			shareIf(profile, EnergyCarrier.DISTRICT_HEAT, 0.20, 0.05, 0.3, random);
			shareIf(profile, EnergyCarrier.HYDROGEN, 0.01, 0.01, 0.1, random);
			profile.selfProducedShare = random.nextDouble() < 0.05 ? random.nextDouble(0.01, 0.30) : 0;
			boolean fossil = profile.shareOfElectricity.containsKey(EnergyCarrier.NATURAL_GAS)
					|| profile.shareOfElectricity.containsKey(EnergyCarrier.OIL_PRODUCTS)
					|| profile.shareOfElectricity.containsKey(EnergyCarrier.COAL_AND_COKE);
			profile.reportsEmissions = fossil && random.nextDouble() < 0.40;
			profile.confidentiality = confidentiality(random);
			return profile;
		}

		private static void shareIf(Profile profile, EnergyCarrier carrier, double probability, double low, double high,
				SplittableRandom random) {
			// always draw, so one company's chance does not shift the next company's
			// draws
			double draw = random.nextDouble();
			double share = random.nextDouble(low, high);
			if (draw < probability) {
				profile.shareOfElectricity.put(carrier, share);
			}
		}

		private List<YearlyFacts> facts(List<Company> companies) {
			SplittableRandom random = random(3);
			int years = this.lastYear - this.firstYear + 1;
			List<YearlyFacts> facts = new ArrayList<>(companies.size() * years);
			for (int i = 0; i < companies.size(); i++) {
				Profile profile = this.profiles.get(i);
				for (int t = 0; t < years; t++) {
					facts.add(factsOf(companies.get(i).key(), this.firstYear + t, t, profile, random));
				}
			}
			return facts;
		}

		private YearlyFacts factsOf(CompanyKey company, int year, int t, Profile profile, SplittableRandom random) {
			double activity = profile.activity(t) * random.nextDouble(0.93, 1.07);
			double employees = Math.max(1, Math.round(profile.employees * activity));
			// energy per unit of activity falls 1 % a year
			double electricity = round1(
					profile.employees * activity * profile.electricityPerEmployee * Math.pow(0.99, t));
			Map<EnergyCarrier, MegawattHours> energy = new EnumMap<>(EnergyCarrier.class);
			energy.put(EnergyCarrier.ELECTRICITY, MegawattHours.of(electricity));
			for (Map.Entry<EnergyCarrier, Double> share : profile.shareOfElectricity.entrySet()) {
				energy.put(share.getKey(),
						MegawattHours.of(round1(electricity * share.getValue() * random.nextDouble(0.9, 1.1))));
			}
			MegawattHours selfProduced = profile.selfProducedShare > 0
					? MegawattHours.of(round1(electricity * profile.selfProducedShare)) : null;
			Kilowatts peak = Kilowatts
				.of(round1(electricity * 1_000 / (profile.utilisationHours * random.nextDouble(0.95, 1.05))));
			TonnesCo2e emissions = null;
			if (profile.reportsEmissions) {
				double tonnes = mwh(energy, EnergyCarrier.NATURAL_GAS) * GAS_T_PER_MWH
						+ mwh(energy, EnergyCarrier.OIL_PRODUCTS) * OIL_T_PER_MWH
						+ mwh(energy, EnergyCarrier.COAL_AND_COKE) * COAL_T_PER_MWH;
				emissions = TonnesCo2e.of(round1(tonnes * random.nextDouble(0.95, 1.10)));
			}
			boolean employeesKnown = random.nextDouble() >= 0.05;
			boolean turnoverKnown = random.nextDouble() >= 0.10;
			long turnover = Math.round(employees * profile.nokPerEmployee * random.nextDouble(0.9, 1.1));
			long export = Math.min(turnover, Math.round(turnover * profile.exportShare));
			Confidentiality confidentiality = random.nextDouble() < 0.10 ? confidentiality(random)
					: profile.confidentiality;
			return new YearlyFacts(company, year, energy, selfProduced, peak, profile.transformer, emissions,
					employeesKnown ? (int) employees : null, turnoverKnown ? Nok.of(turnover) : null,
					turnoverKnown ? Nok.of(export) : null, confidentiality, this.source);
		}

		private static double mwh(Map<EnergyCarrier, MegawattHours> energy, EnergyCarrier carrier) {
			MegawattHours use = energy.get(carrier);
			return use == null ? 0 : use.value();
		}

		/** What one stream of a company is, whatever the year. */
		private record Definition(int company, String key, StreamDirection direction, String name,
				@Nullable EwcCode ewc, @Nullable MaterialClass material, @Nullable HeatMedium medium,
				@Nullable Double temperature, double baseQuantity, boolean heat, Availability availability,
				@Nullable TreatmentCode treatment, int fromYearIndex) {
		}

		private List<Stream> streams(int count, List<Company> companies) {
			if (count == 0) {
				return List.of();
			}
			SplittableRandom random = random(4);
			int years = this.lastYear - this.firstYear + 1;
			int definitions = (count + years - 1) / years;
			// (definitions × years − count) first years are left out, spread over the
			// last definitions, so the total is exact
			int late = definitions * years - count;
			double[] weights = cumulative(this.profiles.stream().mapToDouble(p -> Math.sqrt(p.employees)).toArray());
			int[] perCompany = new int[companies.size()];
			List<Definition> all = new ArrayList<>(definitions);
			for (int d = 0; d < definitions; d++) {
				int company = d < companies.size() ? d : pick(weights, random);
				int index = ++perCompany[company];
				int from = late / definitions + (d >= definitions - late % definitions ? 1 : 0);
				all.add(definition(company, index, from, random));
			}
			SplittableRandom yearly = random(5);
			List<Stream> streams = new ArrayList<>(count);
			for (Definition definition : all) {
				Profile profile = this.profiles.get(definition.company());
				CompanyKey company = companies.get(definition.company()).key();
				for (int t = definition.fromYearIndex(); t < years; t++) {
					double amount = round1(
							definition.baseQuantity() * profile.activity(t) * yearly.nextDouble(0.9, 1.1));
					boolean known = yearly.nextDouble() >= 0.03 && amount > 0;
					AnnualQuantity quantity = known ? (definition.heat() ? AnnualQuantity.megawattHoursPerYear(amount)
							: AnnualQuantity.tonnesPerYear(amount)) : null;
					Confidentiality confidentiality = yearly.nextDouble() < 0.10 ? confidentiality(yearly)
							: profile.confidentiality;
					streams.add(new Stream(company, this.firstYear + t, definition.key(), definition.direction(),
							definition.name(), definition.ewc(), definition.material(), definition.medium(),
							definition.temperature() == null ? null : Celsius.of(definition.temperature()), quantity,
							definition.availability(), definition.treatment(), null, confidentiality, this.source));
				}
			}
			return streams;
		}

		private Definition definition(int company, int index, int fromYearIndex, SplittableRandom random) {
			Profile profile = this.profiles.get(company);
			String key = "syn-s%03d".formatted(index);
			List<MaterialClass> outputs = OUTPUTS.getOrDefault(profile.division, DEFAULT_OUTPUTS);
			double product = profile.employees * logNormal(random, 40, 1.0);
			double direction = random.nextDouble();
			Availability availability = availability(random);
			if (direction < 0.28) {
				if (random.nextDouble() < 0.10) {
					double mwh = Math.max(10, energy(profile) * random.nextDouble(0.05, 0.3));
					return new Definition(company, key, StreamDirection.INPUT, "Varme inn (syntetisk)", null, null,
							HeatMedium.HOT_WATER, (double) (40 + random.nextInt(56)), mwh, true, availability, null,
							fromYearIndex);
				}
				MaterialClass material = INPUTS.get(random.nextInt(INPUTS.size()));
				return new Definition(company, key, StreamDirection.INPUT, "Innsatsfaktor: " + material.key(), null,
						material, null, null, product * 1.2, false, availability, null, fromYearIndex);
			}
			if (direction < 0.48) {
				MaterialClass material = outputs.get(random.nextInt(outputs.size()));
				return new Definition(company, key, StreamDirection.PRODUCT, "Produkt: " + material.key(), null,
						material, null, null, product, false, availability, null, fromYearIndex);
			}
			if (direction < 0.62) {
				MaterialClass material = outputs.get(random.nextInt(outputs.size()));
				EwcCode ewc = random.nextDouble() < 0.3 ? waste(profile.division, random) : null;
				TreatmentCode treatment = ewc != null && random.nextDouble() < 0.5 ? treatment(random) : null;
				return new Definition(company, key, StreamDirection.SIDE_STREAM, "Sidestrøm: " + material.key(), ewc,
						material, null, null, product * random.nextDouble(0.05, 0.3), false, availability, treatment,
						fromYearIndex);
			}
			if (direction < 0.94) {
				EwcCode ewc = waste(profile.division, random);
				return new Definition(company, key, StreamDirection.WASTE, "Avfall " + ewc.display(), ewc, null, null,
						null, profile.employees * logNormal(random, 3, 1.0), false, availability, treatment(random),
						fromYearIndex);
			}
			HeatMedium medium = MEDIA[random.nextInt(MEDIA.length)];
			double temperature = switch (medium) {
				case FLUE_GAS -> random.nextInt(150, 501);
				case STEAM -> random.nextInt(120, 251);
				case HOT_WATER -> random.nextInt(40, 96);
				case COOLING_WATER -> random.nextInt(20, 46);
				default -> random.nextInt(25, 61);
			};
			double mwh = Math.max(10, energy(profile) * random.nextDouble(0.05, 0.4));
			return new Definition(company, key, StreamDirection.EXCESS_HEAT, "Overskuddsvarme (" + medium.key() + ")",
					null, null, medium, temperature, mwh, true, availability, null, fromYearIndex);
		}

		/** The company's energy use in the first year, MWh. */
		private static double energy(Profile profile) {
			double electricity = profile.employees * profile.electricityPerEmployee;
			double total = electricity;
			for (double share : profile.shareOfElectricity.values()) {
				total += electricity * share;
			}
			return total;
		}

		private EwcCode waste(String division, SplittableRandom random) {
			double draw = random.nextDouble();
			String chapter = WASTE_CHAPTER.get(division);
			List<EwcCode> codes;
			if (draw < 0.60 && chapter != null && this.wasteByChapter.containsKey(chapter)) {
				codes = this.wasteByChapter.get(chapter);
			}
			else if (draw < 0.85) {
				codes = this.wasteByChapter
					.get(COMMON_WASTE_CHAPTERS.get(random.nextInt(COMMON_WASTE_CHAPTERS.size())));
			}
			else {
				codes = this.reference.wasteCodes();
			}
			return codes.get(random.nextInt(codes.size()));
		}

		private static TreatmentCode treatment(SplittableRandom random) {
			List<String> codes = random.nextDouble() < 0.75 ? RECOVERY : DISPOSAL;
			return TreatmentCode.of(codes.get(random.nextInt(codes.size())));
		}

		private static Availability availability(SplittableRandom random) {
			double draw = random.nextDouble();
			if (draw < 0.85) {
				return Availability.CONTINUOUS;
			}
			if (draw < 0.95) {
				// the warm half or the cold half of the year
				return random.nextBoolean()
						? Availability.seasonal(Month.APRIL, Month.MAY, Month.JUNE, Month.JULY, Month.AUGUST,
								Month.SEPTEMBER)
						: Availability.seasonal(Month.OCTOBER, Month.NOVEMBER, Month.DECEMBER, Month.JANUARY,
								Month.FEBRUARY, Month.MARCH);
			}
			return Availability.BATCH;
		}

		private static Confidentiality confidentiality(SplittableRandom random) {
			double draw = random.nextDouble();
			return draw < 0.15 ? Confidentiality.PUBLIC : draw < 0.50 ? Confidentiality.PARK : Confidentiality.PRIVATE;
		}

		private static Map<String, String> chapters() {
			Map<String, String> chapters = new LinkedHashMap<>();
			// chapter titles of the List of Waste (2000/532/EC)
			for (String division : List.of("01", "02", "03", "10", "11")) {
				chapters.put(division, "02"); // agriculture, food preparation and
												// processing
			}
			chapters.put("16", "03"); // wood processing
			chapters.put("17", "03"); // pulp, paper and cardboard
			for (String division : List.of("13", "14", "15")) {
				chapters.put(division, "04"); // leather, fur and textiles
			}
			chapters.put("19", "05"); // petroleum refining
			chapters.put("20", "07"); // organic chemical processes (06 is inorganic)
			chapters.put("21", "07");
			chapters.put("22", "07");
			chapters.put("23", "10"); // thermal processes (cement, lime, glass, ceramics)
			chapters.put("24", "10"); // thermal processes (iron, steel, aluminium, ...)
			chapters.put("35", "10"); // power stations
			for (String division : List.of("25", "26", "27", "28", "29", "30", "33")) {
				chapters.put(division, "12"); // shaping and surface treatment of metals
			}
			chapters.put("05", "01"); // mining and quarrying
			chapters.put("07", "01");
			chapters.put("08", "01");
			for (String division : List.of("41", "42", "43")) {
				chapters.put(division, "17"); // construction and demolition
			}
			chapters.put("37", "19"); // waste and water treatment
			chapters.put("38", "19");
			chapters.put("39", "19");
			return chapters;
		}

		private static Map<String, List<MaterialClass>> outputs() {
			Map<String, List<MaterialClass>> outputs = new LinkedHashMap<>();
			outputs.put("24",
					List.of(MaterialClass.FERROUS_METALS, MaterialClass.NON_FERROUS_METALS, MaterialClass.ALUMINIUM,
							MaterialClass.METAL_SCRAP, MaterialClass.SLAG, MaterialClass.SILICA_AND_MICROSILICA));
			outputs.put("16", List.of(MaterialClass.WOOD_RESIDUES, MaterialClass.BIOMASS,
					MaterialClass.BIOCHAR_AND_CARBON, MaterialClass.MANUFACTURED_PRODUCTS));
			outputs.put("17", List.of(MaterialClass.PULP_AND_PAPER, MaterialClass.WOOD_RESIDUES,
					MaterialClass.ORGANIC_SLUDGE, MaterialClass.ASH));
			outputs.put("10", List.of(MaterialClass.FOOD_AND_FEED, MaterialClass.FISH_AND_AQUACULTURE_RESIDUES,
					MaterialClass.ORGANIC_SLUDGE, MaterialClass.PACKAGING));
			outputs.put("20", List.of(MaterialClass.CHEMICALS, MaterialClass.FERTILISERS, MaterialClass.GYPSUM,
					MaterialClass.CO2, MaterialClass.HYDROGEN, MaterialClass.SALTS));
			outputs.put("19", List.of(MaterialClass.PETROLEUM_PRODUCTS, MaterialClass.FUELS, MaterialClass.CO2,
					MaterialClass.WATER));
			outputs.put("22", List.of(MaterialClass.PLASTICS, MaterialClass.RUBBER, MaterialClass.COMPOSITES));
			outputs.put("23", List.of(MaterialClass.CEMENT_AND_CLINKER, MaterialClass.CONCRETE_AND_MASONRY,
					MaterialClass.GLASS, MaterialClass.ASH, MaterialClass.GYPSUM));
			outputs.put("35", List.of(MaterialClass.ASH, MaterialClass.CO2, MaterialClass.WATER));
			outputs.put("38", List.of(MaterialClass.MIXED_WASTE, MaterialClass.METAL_SCRAP, MaterialClass.PLASTICS,
					MaterialClass.ASH));
			return outputs;
		}

	}

	/**
	 * Whole numbers summing to {@code total}: one for each weight, the rest in proportion
	 * to the weights by largest remainder (ties to the earlier).
	 */
	static int[] apportion(int total, List<Integer> weights) {
		int n = weights.size();
		int[] shares = new int[n];
		int rest = total - n;
		double sum = weights.stream().mapToDouble(Integer::doubleValue).sum();
		double[] remainders = new double[n];
		int given = 0;
		for (int i = 0; i < n; i++) {
			double exact = rest * weights.get(i) / sum;
			shares[i] = 1 + (int) Math.floor(exact);
			remainders[i] = exact - Math.floor(exact);
			given += shares[i] - 1;
		}
		for (int k = 0; k < rest - given; k++) {
			int best = 0;
			for (int i = 1; i < n; i++) {
				if (remainders[i] > remainders[best]) {
					best = i;
				}
			}
			shares[best]++;
			remainders[best] = -1;
		}
		return shares;
	}

	/** Running sums of the weights, for {@link #pick}. */
	static double[] cumulative(double[] weights) {
		double[] sums = new double[weights.length];
		double running = 0;
		for (int i = 0; i < weights.length; i++) {
			running += weights[i];
			sums[i] = running;
		}
		return sums;
	}

	/** An index drawn in proportion to its weight. */
	static int pick(double[] cumulative, SplittableRandom random) {
		double target = random.nextDouble() * cumulative[cumulative.length - 1];
		int low = 0;
		int high = cumulative.length - 1;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (cumulative[mid] <= target) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

	static double logNormal(SplittableRandom random, double median, double sigma) {
		return median * Math.exp(sigma * random.nextGaussian());
	}

	static double clamp(double value, double low, double high) {
		return Math.max(low, Math.min(high, value));
	}

	static double round1(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static void addWith(Set<Infrastructure> set, Infrastructure item, double probability,
			SplittableRandom random) {
		if (random.nextDouble() < probability) {
			set.add(item);
		}
	}

	/**
	 * A point up to {@code maxKm} from the centre in a random direction, by the spherical
	 * destination formula on the mean Earth radius: at a few kilometres its error against
	 * the ellipsoid is metres, well inside the scatter wanted.
	 */
	static GeoPoint near(GeoPoint centre, double maxKm, SplittableRandom random) {
		double distance = maxKm * Math.sqrt(random.nextDouble()) / 6371.0088;
		double bearing = random.nextDouble(0, 2 * Math.PI);
		double lat1 = Math.toRadians(centre.latitude());
		double lon1 = Math.toRadians(centre.longitude());
		double lat2 = Math
			.asin(Math.sin(lat1) * Math.cos(distance) + Math.cos(lat1) * Math.sin(distance) * Math.cos(bearing));
		double lon2 = lon1 + Math.atan2(Math.sin(bearing) * Math.sin(distance) * Math.cos(lat1),
				Math.cos(distance) - Math.sin(lat1) * Math.sin(lat2));
		return GeoPoint.of(Math.round(Math.toDegrees(lat2) * 1e6) / 1e6, Math.round(Math.toDegrees(lon2) * 1e6) / 1e6);
	}

}
