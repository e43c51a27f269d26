/**
 * The audit log: who changed which registry, synergy or goal record when, before and
 * after (written by the database's triggers, V11), and who may read it.
 */
@NullMarked
package no.symbiose.app.audit;

import org.jspecify.annotations.NullMarked;
