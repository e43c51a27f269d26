package no.symbiose.app;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

import no.symbiose.app.api.JsonApiFuzzTest;
import no.symbiose.app.importing.ImportFuzzTest;
import no.symbiose.app.importing.XlsxImportFuzzTest;

/**
 * The short fuzzing run of every build: the three input fuzz targets (CSV import, XLSX
 * import, JSON API) in one JVM, each input choosing its target with its last byte. Jazzer
 * fuzzes one test per JVM, and starting the instrumented application costs more than the
 * run itself, so one start serves all three. The longer runs fuzz each target alone, from
 * its seeds (docs/benchmarks.md); in regression mode this test only runs the empty input,
 * the targets run their own seeds.
 */
@IntegrationTest
class InputFuzzTest {

	@Autowired
	AutowireCapableBeanFactory beans;

	ImportFuzzTest csv;

	XlsxImportFuzzTest xlsx;

	JsonApiFuzzTest api;

	@BeforeEach
	void targets() {
		this.csv = new ImportFuzzTest();
		this.beans.autowireBean(this.csv);
		this.csv.checks();
		this.xlsx = new XlsxImportFuzzTest();
		this.beans.autowireBean(this.xlsx);
		this.xlsx.checks();
		this.api = new JsonApiFuzzTest();
		this.beans.autowireBean(this.api);
		this.api.setUp();
	}

	@FuzzTest(maxDuration = "60s")
	void inputs(FuzzedDataProvider data) throws Exception {
		switch (data.consumeInt(0, 2)) {
			case 0 -> this.csv.csv(data);
			case 1 -> this.xlsx.xlsx(data);
			default -> this.api.requests(data);
		}
	}

}
