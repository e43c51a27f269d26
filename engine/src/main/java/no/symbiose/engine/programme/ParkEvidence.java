package no.symbiose.engine.programme;

/**
 * What the registry knows of a park for one year, as counts. Counts say which data exist,
 * not what they contain, so they are not confidential; figures never enter here.
 *
 * @param tenants companies counted in the park in the year
 * @param tenantsWithFacts of those, the ones with yearly facts for the year
 * @param tenantsWithClimateAccount of those, the ones whose facts for the year give a
 * climate account (scope 1 and scope 2 can be worked out)
 * @param quantifiedMaterialFlows the tenants' material flows (inputs, products, side
 * streams, waste) for the year with a quantity in tonnes
 * @param materialFlowsWithoutQuantity the tenants' material flows for the year that are
 * named but have no quantity in tonnes (what an analysis "with numbers" still lacks)
 * @param ownTargets targets the park has adopted itself (national defaults not counted)
 */
public record ParkEvidence(String parkKey, int year, Facilitator facilitator, int tenants, int tenantsWithFacts,
		int tenantsWithClimateAccount, int quantifiedMaterialFlows, int materialFlowsWithoutQuantity, int ownTargets) {

	public ParkEvidence {
		if (parkKey.isBlank()) {
			throw new IllegalArgumentException("park key is empty");
		}
		if (year < 1990 || year > 2100) {
			throw new IllegalArgumentException("year %d is outside 1990–2100".formatted(year));
		}
		if (tenants < 0 || quantifiedMaterialFlows < 0 || materialFlowsWithoutQuantity < 0 || ownTargets < 0) {
			throw new IllegalArgumentException("counts cannot be negative: %d tenants, %d flows, %d targets"
				.formatted(tenants, quantifiedMaterialFlows, ownTargets));
		}
		if (tenantsWithFacts < 0 || tenantsWithFacts > tenants) {
			throw new IllegalArgumentException(
					"%d tenants with facts is not between 0 and the %d tenants".formatted(tenantsWithFacts, tenants));
		}
		if (tenantsWithClimateAccount < 0 || tenantsWithClimateAccount > tenantsWithFacts) {
			throw new IllegalArgumentException(
					"%d tenants with a climate account is not between 0 and the %d with facts"
						.formatted(tenantsWithClimateAccount, tenantsWithFacts));
		}
	}

}
