/**
 * Reading and writing the tables as CSV: one table per file, header row first.
 */
@NullMarked
package no.symbiose.app.importing.csv;

import org.jspecify.annotations.NullMarked;
