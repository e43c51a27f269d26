/**
 * Database wiring: the embedded PostgreSQL default and the Flyway-migrated schema; backup
 * and restore of all data ({@code symbiose backup} / {@code restore},
 * docs/operations.md).
 */
@NullMarked
package no.symbiose.app.database;

import org.jspecify.annotations.NullMarked;
