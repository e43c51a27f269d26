package no.symbiose.engine.symbiosis;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.registry.Availability;
import no.symbiose.engine.registry.CompanyKey;
import no.symbiose.engine.registry.EwcCode;
import no.symbiose.engine.registry.GeoPoint;
import no.symbiose.engine.registry.MaterialClass;
import no.symbiose.engine.registry.NaceCode;
import no.symbiose.engine.registry.NaceVersion;
import no.symbiose.engine.registry.StreamDirection;
import no.symbiose.engine.units.AnnualQuantity;
import no.symbiose.engine.units.Celsius;

/** Named streams and a small knowledge base with round factors for hand-checked tests. */
final class SymbiosisFixtures {

	static final GeoPoint PORSGRUNN = GeoPoint.of(59.1405, 9.6561);

	static final GeoPoint BREVIK = GeoPoint.of(59.0530, 9.6990);

	static final GeoPoint MO_I_RANA = GeoPoint.of(66.3128, 14.1428);

	private SymbiosisFixtures() {
	}

	static KnowledgeBase testKnowledgeBase() {
		return KnowledgeBase.parse(reader("test-knowledge-base.csv"), reader("test-factors.csv"));
	}

	static Reader reader(String name) {
		return new InputStreamReader(Objects.requireNonNull(SymbiosisFixtures.class.getResourceAsStream(name), name),
				StandardCharsets.UTF_8);
	}

	static MatchStream flyAsh(String company, @Nullable GeoPoint at, @Nullable Double tonnes) {
		return new MatchStream("ash@" + company, MatchSide.SUPPLY, CompanyKey.of("test:" + company), at, "Flyveaske",
				StreamDirection.WASTE, EwcCode.parse("100101"), MaterialClass.ASH, false, null,
				tonnes == null ? null : AnnualQuantity.tonnesPerYear(tonnes), Availability.CONTINUOUS, null);
	}

	static MatchStream ashInput(String company, @Nullable GeoPoint at, @Nullable Double tonnes,
			Availability availability) {
		return new MatchStream("ash-in@" + company, MatchSide.DEMAND, CompanyKey.of("test:" + company), at,
				"Aske som råstoff", StreamDirection.INPUT, null, MaterialClass.ASH, false, null,
				tonnes == null ? null : AnnualQuantity.tonnesPerYear(tonnes), availability, null);
	}

	static MatchStream excessHeat(String company, @Nullable GeoPoint at, @Nullable Double celsius, double mwh) {
		return new MatchStream("heat@" + company, MatchSide.SUPPLY, CompanyKey.of("test:" + company), at, "Spillvarme",
				StreamDirection.EXCESS_HEAT, null, null, true, celsius == null ? null : Celsius.of(celsius),
				AnnualQuantity.megawattHoursPerYear(mwh), Availability.CONTINUOUS, null);
	}

	static MatchStream heatNeed(String company, @Nullable GeoPoint at, @Nullable Double celsius, double mwh) {
		return new MatchStream("heat-in@" + company, MatchSide.DEMAND, CompanyKey.of("test:" + company), at,
				"Varmebehov", StreamDirection.INPUT, null, null, true, celsius == null ? null : Celsius.of(celsius),
				AnnualQuantity.megawattHoursPerYear(mwh), Availability.CONTINUOUS, null);
	}

	static MatchStream aCementPlant(String company, GeoPoint at) {
		return MatchStream.implicitDemand("nace@" + company, CompanyKey.of("test:" + company), at, "Sementfabrikk",
				NaceCode.of(NaceVersion.SN2007, "23.510"));
	}

}
