package no.symbiose.app.importing;

import java.io.IOException;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.importing.FuzzedTables.Generated;

/**
 * Fuzz test of the CSV import of every table; the checks are {@link ImportFuzzing}'s.
 * Regression mode (the default build) runs the files in
 * {@code src/test/resources/no/symbiose/app/importing/ImportFuzzTestInputs/csv/}; a
 * fuzzing run: see docs/benchmarks.md.
 */
@IntegrationTest
public class ImportFuzzTest extends ImportFuzzing {

	@FuzzTest(maxDuration = "30s")
	public void csv(FuzzedDataProvider data) {
		boolean whole = data.remainingBytes() == 0 || (data.consumeByte() & 1) == 0;
		byte[] file;
		Table requested;
		if (whole) {
			requested = null;
			file = data.consumeRemainingAsBytes();
		}
		else {
			Generated generated = FuzzedTables.generate(data);
			requested = generated.requested();
			file = csvBytes(data, generated);
		}
		importChecked(requested, Format.CSV, file);
	}

}
