/**
 * What every REST endpoint under {@code /api/v1} shares: RFC 9457 problem details,
 * paging, the OpenAPI description.
 */
@NullMarked
package no.symbiose.app.api;

import org.jspecify.annotations.NullMarked;
