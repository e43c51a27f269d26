/**
 * Accounts: a company's climate and energy account of a year (with the factors picked
 * from the emission-factor table), its exports (report as HTML, PDF, CSV, XLSX; ESRS
 * datapoints), and the aggregates by park, county and nation, every figure of which goes
 * through the disclosure control.
 */
@NullMarked
package no.symbiose.app.accounting;

import org.jspecify.annotations.NullMarked;
