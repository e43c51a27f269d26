/**
 * The registry of parks, companies, their yearly facts and streams: queries, writes and
 * API.
 */
@NullMarked
package no.symbiose.app.registry;

import org.jspecify.annotations.NullMarked;
