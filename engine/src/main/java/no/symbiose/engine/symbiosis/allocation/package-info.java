/**
 * Global allocation of supply to demand over candidate exchanges: the optimum as a
 * min-cost flow (OR-Tools), and the greedy baseline shown beside it. Units: capacities in
 * whole units (tonnes or MWh, scaled once by the caller), benefit per unit as a long (for
 * example grams CO2e or øre per tonne); the objective is their product.
 */
@org.jspecify.annotations.NullMarked
package no.symbiose.engine.symbiosis.allocation;
