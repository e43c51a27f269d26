/**
 * The land and building account (goal 3 of source 002): parks' own figures, surveys over
 * groups of parks, free plots kept by facilitators; page {@code /regnskap/areal}, API
 * {@code /api/v1/accounts/land}, and the land section of the park page.
 */
@org.jspecify.annotations.NullMarked
package no.symbiose.app.accounting.land;
