/**
 * The web shell around the features' pages: layout, home, language, map page, error
 * pages.
 */
@NullMarked
package no.symbiose.app.web;

import org.jspecify.annotations.NullMarked;
