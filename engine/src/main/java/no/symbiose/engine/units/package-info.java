/**
 * Quantities that carry their unit in the type (tonnes, MWh, kW, daa, °C, NOK), so a bare
 * double never crosses an API; shared by every feature, owned by none.
 */
@org.jspecify.annotations.NullMarked
package no.symbiose.engine.units;
