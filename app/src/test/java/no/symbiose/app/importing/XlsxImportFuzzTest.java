package no.symbiose.app.importing;

import java.io.IOException;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.importing.FuzzedTables.Generated;

/**
 * Fuzz test of the XLSX import: whole files, and workbooks POI writes from fuzzed cells,
 * sometimes with a zip trick (a part left out, a DTD with an external entity, a part of
 * input bytes, a zip bomb); the checks are {@link ImportFuzzing}'s. Regression mode runs
 * the files in {@code XlsxImportFuzzTestInputs/xlsx/}.
 */
@IntegrationTest
public class XlsxImportFuzzTest extends ImportFuzzing {

	@FuzzTest(maxDuration = "30s")
	public void xlsx(FuzzedDataProvider data) throws IOException {
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
			file = zipTricks(data, xlsxBytes(data, generated));
		}
		importChecked(requested, Format.XLSX, file);
	}

}
