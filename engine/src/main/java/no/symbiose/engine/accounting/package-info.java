/**
 * Accounts: the climate account of a company and year after the GHG Protocol (scope 1
 * reported or calculated from fuel, scope 2 location- and market-based, scope 3 category
 * 4 of exchanged side streams), the energy account (use by carrier, self-produced share,
 * utilisation hours, heat recovery) and the material flows ESRS E5 asks for, each figure
 * with its method, factor and the factor's source.
 */
@org.jspecify.annotations.NullMarked
package no.symbiose.engine.accounting;
