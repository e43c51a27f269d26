package no.symbiose.engine.accounting;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.registry.CompanyKey;

/**
 * One company's amount in one cell, from one stream or one realised exchange (or both:
 * the part of a stream a synergy took). The origin lets a caller decide whether the
 * viewer may see the row the amount comes from.
 *
 * @param streamKey the company's stream, {@code null} when the amount comes from an
 * exchange whose supply stream is not reported in the year
 * @param exchangeId the synergy, {@code null} for a plain stream amount
 * @param receiver for an {@link MaterialFlowCell.Exchange} cell, the receiving company:
 * the exchange is internal to a scope that holds both
 */
public record MaterialFlowContribution(CompanyKey company, MaterialFlowCell cell, double amount,
		@Nullable String streamKey, @Nullable String exchangeId, @Nullable CompanyKey receiver) {

	public MaterialFlowContribution {
		if (!Double.isFinite(amount) || amount < 0) {
			throw new IllegalArgumentException("A contribution is a finite amount of zero or more, not " + amount);
		}
		if ((cell instanceof MaterialFlowCell.Exchange) != (receiver != null)) {
			throw new IllegalArgumentException("An exchange, and only it, names its receiver");
		}
	}

	/** Hides the amount, which is often confidential. */
	@Override
	public String toString() {
		return "MaterialFlowContribution[company=%s, cell=%s]".formatted(this.company, this.cell.key());
	}

}
