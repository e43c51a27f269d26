package no.symbiose.engine.accounting;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.registry.CompanyKey;
import no.symbiose.engine.registry.EwcCode;
import no.symbiose.engine.registry.StreamDirection;
import no.symbiose.engine.units.AnnualQuantity;

/**
 * What a realised synergy moved in one year: a quantity of the supplier's stream to the
 * receiver.
 *
 * @param id the synergy's id, so that a figure can be traced (and hidden) per synergy
 * @param supplyStreamKey the key of the supplier's stream; the stream of the same key in
 * the account's year is the one the quantity is taken from. {@code null} when the stream
 * was deleted
 * @param supplyDirection and {@code supplyEwc}: what the supply stream was when the
 * synergy was made, used when the supplier reports no stream of that key in the year;
 * {@code null} when unknown
 * @param demandStreamKey the receiver's input stream, {@code null} when the receiver
 * takes it into its activity without reporting it as an input
 */
public record RealisedExchange(String id, int year, CompanyKey supplier, @Nullable String supplyStreamKey,
		@Nullable StreamDirection supplyDirection, @Nullable EwcCode supplyEwc, CompanyKey receiver,
		@Nullable String demandStreamKey, AnnualQuantity quantity) {

	public RealisedExchange {
		if (id.isBlank()) {
			throw new IllegalArgumentException("A realised exchange needs the id of its synergy");
		}
	}

	/** Hides the companies' quantities, which are often confidential. */
	@Override
	public String toString() {
		return "RealisedExchange[id=%s, year=%d]".formatted(this.id, this.year);
	}

}
