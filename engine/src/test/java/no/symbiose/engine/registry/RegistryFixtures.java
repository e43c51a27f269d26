package no.symbiose.engine.registry;

import java.util.Map;
import java.util.Set;

import no.symbiose.engine.units.AnnualQuantity;
import no.symbiose.engine.units.Celsius;
import no.symbiose.engine.units.Decares;
import no.symbiose.engine.units.MegavoltAmperes;
import no.symbiose.engine.units.MegawattHours;
import no.symbiose.engine.units.Nok;
import no.symbiose.engine.units.SquareMetres;

/** Named, valid registry values; tests change one thing to break one rule. */
final class RegistryFixtures {

	/**
	 * Checked in OrgNumberTest: 9·3+2·2+3·7+6·6+0·5+9·4+0·3+1·2 = 126 ≡ 5 (mod 11), 11 −
	 * 5 = 6.
	 */
	static final OrgNumber EQUINOR = OrgNumber.of("923609016");

	static final CountyNumber TELEMARK = CountyNumber.of("40");

	/** Porsgrunn, in Telemark. */
	static final MunicipalityNumber PORSGRUNN = MunicipalityNumber.of("4001");

	private RegistryFixtures() {
	}

	static Company aSawmill() {
		return new Company(CompanyKey.of("hotmaps:741"), null, "Solør Sagbruk",
				new NaceCode(NaceVersion.SN2007, "16.10"), MunicipalityNumber.of("3421"), GeoPoint.of(60.88, 11.98),
				"test fixture");
	}

	static Park heroya() {
		return new Park(ParkKey.of("heroya"), "Herøya Industripark", ParkKind.INDUSTRIPARK,
				OrganisationModel.SINGLE_OWNER_WITH_FACILITATOR, TELEMARK, PORSGRUNN, GeoPoint.of(59.11, 9.63),
				new LandUse(Decares.of(1_400), Decares.of(1_100), Decares.of(200)),
				new BuildingUse(SquareMetres.of(500_000), SquareMetres.of(480_000)),
				Set.of(Infrastructure.QUAY, Infrastructure.ROAD), MegavoltAmperes.of(300), "test fixture");
	}

	static YearlyFacts equinorFacts2024() {
		return new YearlyFacts(CompanyKey.of(EQUINOR), 2024,
				Map.of(EnergyCarrier.ELECTRICITY, MegawattHours.of(1_000), EnergyCarrier.NATURAL_GAS,
						MegawattHours.of(250)),
				null, null, null, null, 120, Nok.of(1_000_000), Nok.of(850_000), Confidentiality.PRIVATE, null);
	}

	static Stream sawdust() {
		return new Stream(CompanyKey.of("hotmaps:741"), 2024, "sawdust", StreamDirection.SIDE_STREAM, "Sagflis", null,
				MaterialClass.WOOD_RESIDUES, null, null, AnnualQuantity.tonnesPerYear(4_000), Availability.CONTINUOUS,
				null, "pellet plant", Confidentiality.PARK, null);
	}

	static Stream flyAsh() {
		return new Stream(CompanyKey.of(EQUINOR), 2024, "fly-ash", StreamDirection.WASTE, "Flyveaske",
				EwcCode.parse("10 01 02"), MaterialClass.ASH, null, null, AnnualQuantity.tonnesPerYear(300),
				Availability.BATCH, TreatmentCode.of("D5"), "landfill", Confidentiality.PRIVATE, null);
	}

	static Stream coolingWaterHeat() {
		return new Stream(CompanyKey.of(EQUINOR), 2024, "cooling-water", StreamDirection.EXCESS_HEAT, "Kjølevann", null,
				null, HeatMedium.COOLING_WATER, Celsius.of(35), AnnualQuantity.megawattHoursPerYear(20_000),
				Availability.seasonal(java.time.Month.MAY), null, null, Confidentiality.PUBLIC, null);
	}

}
