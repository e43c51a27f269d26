/**
 * The synergy pipeline: candidates someone follows up, from idea to operation, with their
 * history, realised quantities, double-blind opt-ins and the per-county mission count.
 */
@NullMarked
package no.symbiose.app.symbiosis.pipeline;

import org.jspecify.annotations.NullMarked;
