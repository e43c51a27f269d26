/**
 * The national programme for industrial parks (002, "etablere et nasjonalt program"): its
 * qualification criteria as versioned data and the rule that qualifies a park from its
 * evidence.
 */
@org.jspecify.annotations.NullMarked
package no.symbiose.engine.programme;
