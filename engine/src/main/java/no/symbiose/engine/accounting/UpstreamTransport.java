package no.symbiose.engine.accounting;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.accounting.ClimateAccount.TransportGap;
import no.symbiose.engine.accounting.ClimateAccount.TransportLine;
import no.symbiose.engine.accounting.ClimateAccount.UpstreamTransportAccount;
import no.symbiose.engine.registry.GeoPoint;
import no.symbiose.engine.registry.MaterialClass;
import no.symbiose.engine.symbiosis.Factor;
import no.symbiose.engine.symbiosis.FactorTable;
import no.symbiose.engine.symbiosis.TransportMode;
import no.symbiose.engine.units.AnnualQuantity;
import no.symbiose.engine.units.FlowUnit;
import no.symbiose.engine.units.Tonnes;
import no.symbiose.engine.units.TonnesCo2e;

/**
 * Scope 3 category 4, upstream transportation (GHG Protocol Corporate Value Chain (Scope
 * 3) Standard, 2011, ch. 5, category 4), for the side streams a company receives through
 * realised synergies, booked on the receiving company because it is the one that takes
 * the material in, as it would book the transport of anything else it buys in.
 *
 * <p>
 * Per exchange: tonnes moved × road km × the truck factor of the knowledge base
 * ({@code transport.truck.co2e}, Defra 2012, kg CO2e per tonne-km), road km being the
 * geodesic distance between the two companies × the road detour factor
 * ({@code road.detour-factor}, 1.3). The registry does not record how a stream travels,
 * so every exchange is taken to go by road; rail and ship have lower factors, so this
 * does not understate. Volumes become tonnes through the material's density where the
 * factor table has one. Heat goes through pipes and has no line. An exchange whose
 * location, density or mass is unknown gets a line without emissions and makes the total
 * unknown rather than too small.
 */
public final class UpstreamTransport {

	private final FactorTable factors;

	private final Factor truck;

	private final Factor detour;

	public UpstreamTransport(FactorTable factors) {
		this.factors = factors;
		this.truck = require(factors, FactorTable.transportCo2e(TransportMode.TRUCK), "kg CO2e/tkm");
		this.detour = require(factors, FactorTable.ROAD_DETOUR, "1");
	}

	/**
	 * A side stream one company received from another in a year.
	 *
	 * @param reference what the exchange is, such as the synergy's number
	 * @param material the material, for the density of a volume
	 * @param heat whether the stream is heat, which has no transport line
	 * @param from the supplying company's location, if known
	 * @param to the receiving company's location, if known
	 */
	public record Shipment(String reference, AnnualQuantity quantity, @Nullable MaterialClass material, boolean heat,
			@Nullable GeoPoint from, @Nullable GeoPoint to) {
	}

	public Factor truck() {
		return this.truck;
	}

	public Factor detour() {
		return this.detour;
	}

	public UpstreamTransportAccount account(List<Shipment> shipments) {
		List<TransportLine> lines = new ArrayList<>();
		double total = 0;
		boolean unknown = false;
		for (Shipment shipment : shipments) {
			if (shipment.heat()) {
				continue;
			}
			TransportLine line = line(shipment);
			lines.add(line);
			if (line.emissions() == null) {
				unknown = true;
			}
			else {
				total += line.emissions().value();
			}
		}
		return new UpstreamTransportAccount(unknown ? null : TonnesCo2e.of(total), lines, this.truck, this.detour);
	}

	/** The exchange's mass, or null when it cannot be known; density said in the line. */
	private TransportLine line(Shipment shipment) {
		AnnualQuantity quantity = shipment.quantity();
		Tonnes tonnes = null;
		Factor density = null;
		TransportGap gap = null;
		switch (quantity.unit()) {
			case TONNES_PER_YEAR -> tonnes = Tonnes.of(quantity.amount());
			case CUBIC_METRES_PER_YEAR, NORMAL_CUBIC_METRES_PER_YEAR -> {
				density = density(shipment.material(), quantity.unit());
				if (density == null) {
					gap = TransportGap.NO_DENSITY;
				}
				else {
					tonnes = Tonnes.of(quantity.amount() * density.value());
				}
			}
			case MEGAWATT_HOURS_PER_YEAR -> gap = TransportGap.NOT_MASS;
		}
		Double greatCircleKm = null;
		Double roadKm = null;
		if (shipment.from() == null || shipment.to() == null) {
			gap = gap == null ? TransportGap.LOCATION_UNKNOWN : gap;
		}
		else {
			greatCircleKm = shipment.from().distanceKmTo(shipment.to());
			roadKm = greatCircleKm * this.detour.value();
		}
		TonnesCo2e emissions = gap != null || tonnes == null || roadKm == null ? null
				: TonnesCo2e.of(tonnes.value() * roadKm * this.truck.value() / 1000.0);
		return new TransportLine(shipment.reference(), quantity, tonnes, density, greatCircleKm, roadKm, emissions,
				gap);
	}

	/** A density in t/m3 for m3, or t/Nm3 for Nm3; another unit does not fit. */
	private @Nullable Factor density(@Nullable MaterialClass material, FlowUnit unit) {
		if (material == null) {
			return null;
		}
		String per = unit == FlowUnit.CUBIC_METRES_PER_YEAR ? "m3" : "Nm3";
		return this.factors.density(material.key()).filter(factor -> factor.perUnit().equals(per)).orElse(null);
	}

	private static Factor require(FactorTable factors, String key, String unit) {
		Factor factor = factors.find(key)
			.orElseThrow(() -> new IllegalArgumentException("The factor table lacks %s".formatted(key)));
		if (!factor.unit().equals(unit)) {
			throw new IllegalArgumentException("Factor %s is in %s, expected %s".formatted(key, factor.unit(), unit));
		}
		return factor;
	}

}
