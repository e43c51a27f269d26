/**
 * Goals and follow-up in the app: the catalogue of goals, missions and national targets
 * on {@code /mal}, and each park's adopted targets with their fixed baselines.
 */
@org.jspecify.annotations.NullMarked
package no.symbiose.app.goals;
