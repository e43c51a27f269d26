/**
 * Benchmark command for the symbiosis engine: candidate generation and allocation on the
 * demo data, on the Hotmaps industrial sites and on generated streams at those sites.
 */
@NullMarked
package no.symbiose.bench;

import org.jspecify.annotations.NullMarked;
