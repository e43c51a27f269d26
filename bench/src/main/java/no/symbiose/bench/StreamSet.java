package no.symbiose.bench;

import java.util.List;

import no.symbiose.engine.symbiosis.MatchStream;

/** The supplies and demands of one benchmark data set, as the matcher sees them. */
record StreamSet(String name, List<MatchStream> supplies, List<MatchStream> demands) {

	StreamSet {
		supplies = List.copyOf(supplies);
		demands = List.copyOf(demands);
	}

}
