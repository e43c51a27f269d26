/**
 * Accounts: climate, energy, land and material-flow accounts for a company, a park, a
 * county and the nation, with disclosure control on every aggregate.
 */
@org.jspecify.annotations.NullMarked
package no.symbiose.app.accounting;
