/**
 * The registry: parks, companies, tenancies, yearly facts and material/energy streams,
 * with the codes they use (org number, NACE, EWC, municipality); every record validates
 * on construction.
 */
@org.jspecify.annotations.NullMarked
package no.symbiose.engine.registry;
