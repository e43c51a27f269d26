package no.symbiose.app.symbiosis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code symbiose match} on the demo files, and on bad input, without Spring or a
 * database.
 */
class MatchCommandTest {

	private static final Path DEMO = Path.of("src/main/resources/demo");

	@TempDir
	Path out;

	private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();

	private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

	@Test
	void writesRankedCandidatesAndTheAllocationForTheDemoFiles() throws IOException {
		// when
		int exit = run("--streams", DEMO.resolve("streams.csv").toString(), "--companies",
				DEMO.resolve("companies.csv").toString(), "--parks", DEMO.resolve("parks.csv").toString(), "--out",
				this.out.toString(), "--lang", "en");
		// then
		assertThat(exit).as(this.stderr.toString(StandardCharsets.UTF_8)).isZero();
		List<String> candidates = Files.readAllLines(this.out.resolve("candidates.csv"));
		assertThat(candidates.get(0)).startsWith("rank,candidate_id,supply_company,supply_stream,demand_company");
		assertThat(candidates).hasSizeGreaterThan(10);
		// Finnfjord's flue-gas CO2 to its algae, explained in English
		assertThat(candidates)
			.anyMatch(line -> line.contains("s:hotmaps:751/flue-gas-co2-to-algae>d:hotmaps:751/co2-for-algae")
					&& line.contains("Rule:"));
		assertThat(this.out.resolve("allocation.csv")).exists();
		assertThat(this.stdout.toString(StandardCharsets.UTF_8)).contains("candidates in").contains("Wrote");
	}

	@Test
	void reportsEveryBadRowAndWritesNothing() throws IOException {
		// given a streams file with a waste row without EWC code and a year out of range
		Path streams = this.out.resolve("bad.csv");
		Files.writeString(streams,
				"""
						company_key,year,stream_key,direction,name,ewc_code,material_class,heat_medium,temperature_c,quantity,unit,availability,available_months,treatment_code,destination,confidentiality,source
						test:a,2024,ash,waste,Aske,,ash,,,100,t/yr,continuous,,,,public,
						test:a,1800,slag,side_stream,Slagg,,slag,,,100,t/yr,continuous,,,,public,
						test:b,2024,ash-in,input,Aske inn,,ash,,,100,t/yr,continuous,,,,public,
						""");
		Path target = this.out.resolve("result");
		// when
		int exit = run("--streams", streams.toString(), "--out", target.toString());
		// then
		String errors = this.stderr.toString(StandardCharsets.UTF_8);
		assertThat(exit).isEqualTo(1);
		assertThat(errors).contains("2 errors").contains("bad.csv row 2").contains("bad.csv row 3");
		assertThat(target).doesNotExist();
	}

	@Test
	void explainsItsUsageWhenTheStreamsAreMissing() {
		assertThat(run("--out", "x")).isEqualTo(2);
		assertThat(this.stderr.toString(StandardCharsets.UTF_8)).contains("--streams is required").contains("Usage");
	}

	private int run(String... args) {
		return MatchCommand.main(args, new PrintStream(this.stdout, true, StandardCharsets.UTF_8),
				new PrintStream(this.stderr, true, StandardCharsets.UTF_8));
	}

}
