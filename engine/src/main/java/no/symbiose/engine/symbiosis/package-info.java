/**
 * The symbiosis engine: a knowledge base of what can feed what, candidate generation over
 * a spatial index, the figures of each candidate and the states a synergy goes through.
 */
@org.jspecify.annotations.NullMarked
package no.symbiose.engine.symbiosis;
