/**
 * Accounts: the climate account of a company and year after the GHG Protocol (scope 1
 * reported or calculated from fuel, scope 2 location- and market-based), each figure with
 * its method, factor and the factor's source.
 */
@org.jspecify.annotations.NullMarked
package no.symbiose.engine.accounting;
