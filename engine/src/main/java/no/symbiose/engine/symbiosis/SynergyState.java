package no.symbiose.engine.symbiosis;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a synergy stands, from idea to operation. It moves one step forward at a time;
 * any open synergy can be rejected (with a reason), a rejected one reopened, and one in
 * operation ended. Only a synergy in operation is realised and counts towards the
 * missions.
 */
public enum SynergyState {

	IDENTIFIED, CONTACTED, FEASIBILITY, AGREED, IN_OPERATION, ENDED, REJECTED;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static SynergyState fromKey(String key) {
		for (SynergyState state : values()) {
			if (state.key().equals(key)) {
				return state;
			}
		}
		throw new IllegalArgumentException("\"%s\" is not a synergy state".formatted(key));
	}

	/** The states this one may move to. */
	public Set<SynergyState> next() {
		return switch (this) {
			case IDENTIFIED -> EnumSet.of(CONTACTED, REJECTED);
			case CONTACTED -> EnumSet.of(FEASIBILITY, REJECTED);
			case FEASIBILITY -> EnumSet.of(AGREED, REJECTED);
			case AGREED -> EnumSet.of(IN_OPERATION, REJECTED);
			case IN_OPERATION -> EnumSet.of(ENDED);
			case ENDED -> EnumSet.noneOf(SynergyState.class);
			case REJECTED -> EnumSet.of(IDENTIFIED);
		};
	}

	public boolean canMoveTo(SynergyState target) {
		return next().contains(target);
	}

	/** Checks a move; rejecting needs a reason. */
	public SynergyState moveTo(SynergyState target, String reason) {
		if (!canMoveTo(target)) {
			throw new SynergyMoveRefused("symbiosis.synergy.illegalMove",
					"A synergy cannot move from %s to %s".formatted(key(), target.key()), key(), target.key());
		}
		if (target == REJECTED && reason.isBlank()) {
			throw new SynergyMoveRefused("symbiosis.synergy.rejectWithoutReason", "Rejecting a synergy needs a reason");
		}
		return target;
	}

	public boolean isRealised() {
		return this == IN_OPERATION;
	}

	public boolean isOpen() {
		return this != ENDED && this != REJECTED;
	}

	/** A refused move, with a message key for the app. */
	public static final class SynergyMoveRefused extends no.symbiose.engine.rules.RuleViolation {

		SynergyMoveRefused(String rule, String message, Object... args) {
			super(rule, message, args);
		}

	}

}
