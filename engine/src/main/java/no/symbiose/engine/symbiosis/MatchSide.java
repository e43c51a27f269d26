package no.symbiose.engine.symbiosis;

/** A stream offered (product, side stream, waste, excess heat) or needed (input). */
public enum MatchSide {

	SUPPLY, DEMAND

}
