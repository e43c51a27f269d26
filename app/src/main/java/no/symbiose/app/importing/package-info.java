/**
 * Import and export of the registry's four tables (parks, companies, yearly facts,
 * streams) as CSV and XLSX, their empty templates, and the demo data loader. Contract:
 * docs/import-formats.md.
 */
@NullMarked
package no.symbiose.app.importing;

import org.jspecify.annotations.NullMarked;
