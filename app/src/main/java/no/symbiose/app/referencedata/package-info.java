/**
 * Reference tables shipped with the app: counties and municipalities, the List of Waste,
 * NACE/SN codes and emission factors, loaded once by a Flyway migration.
 */
@NullMarked
package no.symbiose.app.referencedata;

import org.jspecify.annotations.NullMarked;
