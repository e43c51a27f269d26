/**
 * Symbiosis in the app: runs the engine over the registry ({@link SymbiosisMatching}),
 * and the pages and API that show candidates, allocations and synergies.
 */
@org.jspecify.annotations.NullMarked
package no.symbiose.app.symbiosis;
