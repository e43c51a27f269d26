/**
 * Users, roles and the confidentiality rule that every query of company figures applies.
 */
@NullMarked
package no.symbiose.app.security;

import org.jspecify.annotations.NullMarked;
