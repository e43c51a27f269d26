/**
 * The national programme: each park's qualification by the engine's criteria, the
 * administrators' admission decisions, progress towards 100 net-zero areas and what data
 * is missing before the reporting deadline.
 */
@org.jspecify.annotations.NullMarked
package no.symbiose.app.programme;
