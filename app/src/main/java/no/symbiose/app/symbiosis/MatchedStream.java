package no.symbiose.app.symbiosis;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.symbiosis.MatchStream;

/**
 * A stream the matcher used, with the registry facts the app needs to show it and to
 * decide who may see it. {@code streamId} is null for an implicit demand (a company's
 * activity).
 *
 * @param approximateLocation the site is not known: the location is its park's or its
 * municipality's centre
 */
public record MatchedStream(MatchStream stream, @Nullable Long streamId, @Nullable String streamKey, long companyId,
		String companyKey, String companyName, @Nullable String municipalityNumber, @Nullable String countyNumber,
		int year, String confidentiality, boolean approximateLocation) {

	public String id() {
		return this.stream.id();
	}

}
