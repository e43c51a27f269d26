/**
 * The one exception type every engine rule throws, so callers can map a refusal to a
 * localised message by its stable key; depends on nothing else in the engine.
 */
@org.jspecify.annotations.NullMarked
package no.symbiose.engine.rules;
