/**
 * Goals and follow-up: the catalogue of the parks' 2030 goals, the missions and their
 * indicators with national targets, and the trajectory, status and forecast of an
 * indicator.
 */
@org.jspecify.annotations.NullMarked
package no.symbiose.engine.goals;
