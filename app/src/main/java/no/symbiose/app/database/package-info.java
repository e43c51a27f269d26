/**
 * Database wiring: the embedded PostgreSQL default and the Flyway-migrated schema.
 */
@NullMarked
package no.symbiose.app.database;

import org.jspecify.annotations.NullMarked;
