package no.symbiose.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.symbiose.engine.registry.Company;
import no.symbiose.engine.registry.Confidentiality;
import no.symbiose.engine.registry.Park;
import no.symbiose.engine.registry.ParkKind;
import no.symbiose.engine.registry.Stream;
import no.symbiose.engine.registry.StreamDirection;
import no.symbiose.engine.registry.YearlyFacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The synthetic national data set: the same seed gives the same set, the counts are the
 * ones asked for, and the files import in the app's format.
 */
class NationalDataSetTest {

	private static NationalReference reference;

	/** Issue 5's scale: 300 parks, 20 000 companies, 10 years, 500 000 streams. */
	private static NationalDataSet national;

	@BeforeAll
	static void generateTheNationalSetOnce() {
		reference = NationalReference.shipped();
		national = NationalDataSet.generate(20261123L, 300, 20_000, 10, 500_000);
	}

	@Test
	void theSameSeedGivesTheSameSetAndAnotherSeedAnotherOne() {
		NationalDataSet first = NationalDataSet.generate(7, 20, 500, 3, 4_000, reference, 2024);
		NationalDataSet again = NationalDataSet.generate(7, 20, 500, 3, 4_000, reference, 2024);
		NationalDataSet other = NationalDataSet.generate(8, 20, 500, 3, 4_000, reference, 2024);

		assertThat(again).isEqualTo(first);
		assertThat(other.companies()).isNotEqualTo(first.companies());
		assertThat(other.streams()).isNotEqualTo(first.streams());
	}

	@Test
	void moreStreamsLeaveParksCompaniesAndFactsAsTheyWere() {
		NationalDataSet fewer = NationalDataSet.generate(7, 20, 500, 3, 1_000, reference, 2024);
		NationalDataSet more = NationalDataSet.generate(7, 20, 500, 3, 4_000, reference, 2024);

		assertThat(more.parks()).isEqualTo(fewer.parks());
		assertThat(more.companies()).isEqualTo(fewer.companies());
		assertThat(more.facts()).isEqualTo(fewer.facts());
	}

	@Test
	void hasTheCountsAskedForAtNationalScale() {
		assertThat(national.parks()).hasSize(300);
		assertThat(national.companies()).hasSize(20_000);
		assertThat(national.facts()).hasSize(20_000 * 10);
		assertThat(national.streams()).hasSize(500_000);
		assertThat(national.firstYear()).isEqualTo(2015);
		assertThat(national.lastYear()).isEqualTo(2024);
	}

	@Test
	void putsAParkInEveryCountyAndEveryCompanyInEveryYear() {
		assertThat(national.parks().stream().map(Park::county).collect(Collectors.toSet()))
			.hasSize(reference.counties().size());
		Map<String, Long> yearsPerCompany = national.facts()
			.stream()
			.collect(Collectors.groupingBy(f -> f.company().value(), Collectors.counting()));
		assertThat(yearsPerCompany).hasSize(20_000).allSatisfy((company, years) -> assertThat(years).isEqualTo(10));
		// 80 % are tenants: 16 000 ± 4 standard deviations (√(20 000 × 0.8 × 0.2) ≈ 57)
		assertThat(national.tenancies()).hasSizeBetween(16_000 - 230, 16_000 + 230);
	}

	@Test
	void givesEveryStreamAKeyOfItsOwnAndEveryWasteACodeAndATreatment() {
		Set<String> keys = new HashSet<>();
		for (Stream stream : national.streams()) {
			keys.add(stream.company().value() + " " + stream.year() + " " + stream.key());
		}
		assertThat(keys).hasSize(500_000);
		List<Stream> waste = national.streams().stream().filter(s -> s.direction() == StreamDirection.WASTE).toList();
		assertThat(waste).isNotEmpty().allSatisfy(s -> {
			assertThat(s.ewc()).isNotNull();
			assertThat(s.treatment()).isNotNull();
		});
		Set<String> codes = reference.wasteCodes().stream().map(c -> c.code()).collect(Collectors.toSet());
		assertThat(waste).allSatisfy(s -> assertThat(codes).contains(s.ewc().code()));
		assertThat(national.streams().stream().map(Stream::direction).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder(StreamDirection.values());
		assertThat(national.streams()).filteredOn(s -> s.direction() == StreamDirection.EXCESS_HEAT)
			.allSatisfy(s -> assertThat(s.heatMedium()).isNotNull());
	}

	@Test
	void drawsCodesFromTheShippedListsAndMixesConfidentiality() {
		Set<String> nace = reference.naceClasses().stream().map(n -> n.code().code()).collect(Collectors.toSet());
		assertThat(national.companies()).allSatisfy(c -> assertThat(nace).contains(c.nace().code()));
		assertThat(national.facts().stream().map(YearlyFacts::confidentiality).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder(Confidentiality.values());
		assertThat(national.facts()).anySatisfy(f -> assertThat(f.directEmissions()).isNotNull());
		assertThat(national.facts()).anySatisfy(f -> assertThat(f.transformerId()).isNotNull());
		assertThat(national.facts()).anySatisfy(f -> assertThat(f.peakPower()).isNotNull());
	}

	@Test
	void saysEverywhereThatItIsSynthetic() {
		String source = NationalDataSet.SOURCE.formatted(20261123L);
		assertThat(national.parks()).allSatisfy(p -> {
			assertThat(p.source()).isEqualTo(source).startsWith("SYNTETISK");
			assertThat(p.name()).startsWith("Syntetisk");
		});
		assertThat(national.companies()).allSatisfy(c -> {
			assertThat(c.key().value()).startsWith("syn:");
			assertThat(c.source()).isEqualTo(source);
		});
		assertThat(national.streams().get(0).source()).isEqualTo(source);
	}

	@Test
	void keepsParkSizesWithinTheirKindAndLandUseAround002s() {
		assertThat(national.parks()).allSatisfy(p -> {
			double total = p.land().total().value();
			double share = p.land().usedShare().orElseThrow();
			assertThat(share).isBetween(0.59, 0.96);
			if (p.kind() == ParkKind.INDUSTRIPARK) {
				assertThat(total).isBetween(31.0, 12_000.0);
			}
			else {
				assertThat(total).isBetween(3.0, 100.0);
			}
			assertThat(p.buildings().usedShare().orElseThrow()).isBetween(0.84, 1.0);
		});
	}

	@Test
	void givesTheExactNumberOfStreamsWhenTheyDoNotDivideByTheYears() {
		// 7 streams over 3 years: 3 definitions, 2 of which skip their first year
		NationalDataSet seven = NationalDataSet.generate(1, 15, 2, 3, 7, reference, 2024);
		// 5 streams over 10 years from one definition is impossible: 1 definition,
		// first 5 years skipped
		NationalDataSet five = NationalDataSet.generate(1, 15, 1, 10, 5, reference, 2024);

		assertThat(seven.streams()).hasSize(7);
		assertThat(five.streams()).hasSize(5);
		assertThat(five.streams()).extracting(Stream::year).containsExactly(2020, 2021, 2022, 2023, 2024);
	}

	@Test
	void refusesFewerParksThanCounties() {
		assertThatThrownBy(() -> NationalDataSet.generate(1, 14, 10, 1, 0, reference, 2024))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("15 counties");
	}

	@Test
	void writesTheImportFilesWithTheAppsColumns(@TempDir Path directory) throws IOException {
		NationalDataSet set = NationalDataSet.generate(7, 20, 100, 2, 500, reference, 2024);

		List<Path> files = NationalCsv.write(set, directory);

		assertThat(files).extracting(f -> f.getFileName().toString())
			.containsExactly("parks.csv", "companies.csv", "yearly_facts.csv", "streams.csv");
		List<String> parks = Files.readAllLines(directory.resolve("parks.csv"), StandardCharsets.UTF_8);
		assertThat(parks.get(0)).isEqualTo(String.join(",", NationalCsv.PARKS));
		assertThat(parks).hasSize(1 + 20);
		assertThat(parks.get(1)).startsWith("syn-park-001,Syntetisk park 001")
			.endsWith(",\"SYNTETISK testdata, ikke ekte tall (NationalDataSet, seed 7)\",2024");
		assertThat(Files.readAllLines(directory.resolve("companies.csv"))).hasSize(1 + 100);
		assertThat(Files.readAllLines(directory.resolve("yearly_facts.csv"))).hasSize(1 + 200)
			.first()
			.isEqualTo(String.join(",", NationalCsv.YEARLY_FACTS));
		assertThat(Files.readAllLines(directory.resolve("streams.csv"))).hasSize(1 + 500)
			.first()
			.isEqualTo(String.join(",", NationalCsv.STREAMS));
		Company first = set.companies().get(0);
		assertThat(Files.readAllLines(directory.resolve("companies.csv")).get(1))
			.startsWith(first.key().value() + ",," + first.name() + ",SN2007," + first.nace().code() + ",");
	}

	@Test
	void writesNumbersPlainlyAndQuotesTextThatNeedsIt() {
		assertThat(NationalCsv.cell(1200.0)).isEqualTo("1200");
		assertThat(NationalCsv.cell(12.5)).isEqualTo("12.5");
		assertThat(NationalCsv.cell(1.0E7)).isEqualTo("10000000");
		assertThat(NationalCsv.cell("a, \"b\"")).isEqualTo("\"a, \"\"b\"\"\"");
		assertThat(NationalCsv.cell(null)).isEmpty();
	}

	@Test
	void apportionsParksOnePerCountyAndTheRestByWeight() {
		// 10 over weights 1, 1, 3: one each, then 7 × (1, 1, 3) / 5 = 1.4, 1.4, 4.2 → 1,
		// 1, 4 and the last one to the largest remainder (0.4, first)
		assertThat(NationalDataSet.apportion(10, List.of(1, 1, 3))).containsExactly(3, 2, 5);
	}

}
