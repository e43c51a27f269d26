/**
 * Reading and writing the tables as XLSX: one table per file, header row first.
 */
@NullMarked
package no.symbiose.app.importing.xlsx;

import org.jspecify.annotations.NullMarked;
