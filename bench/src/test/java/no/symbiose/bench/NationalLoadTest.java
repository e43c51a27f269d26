package no.symbiose.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.symbiose.bench.NationalLoad.LoadUser;

import static org.assertj.core.api.Assertions.assertThat;

class NationalLoadTest {

	private static NationalDataSet set;

	@BeforeAll
	static void generateASmallSet() {
		set = NationalDataSet.generate(20261123, 20, 100, 2, 500);
	}

	@Test
	void makesACountyOfficerPerCountyAFacilitatorPerParkAndSpreadsTheReporters() {
		List<LoadUser> users = NationalLoad.users(set, 10);

		Map<String, Long> byRole = users.stream().collect(Collectors.groupingBy(LoadUser::role, Collectors.counting()));
		long counties = set.parks().stream().map(park -> park.county().value()).distinct().count();
		assertThat(byRole).containsEntry("county_officer", counties)
			.containsEntry("park_facilitator", 20L)
			.containsEntry("company_reporter", 10L);
		// 100 companies, 10 reporters: every tenth, from the first
		assertThat(users.stream().filter(user -> user.role().equals("company_reporter")).map(LoadUser::company))
			.containsExactly(set.companies().get(0).key().value(), set.companies().get(10).key().value(),
					set.companies().get(20).key().value(), set.companies().get(30).key().value(),
					set.companies().get(40).key().value(), set.companies().get(50).key().value(),
					set.companies().get(60).key().value(), set.companies().get(70).key().value(),
					set.companies().get(80).key().value(), set.companies().get(90).key().value());
		assertThat(users).extracting(LoadUser::username).doesNotHaveDuplicates().allMatch(name -> name.length() <= 100);
	}

	@Test
	void neverMakesMoreReportersThanCompanies() {
		assertThat(NationalLoad.users(set, 1_000).stream().filter(user -> user.role().equals("company_reporter")))
			.hasSize(100);
	}

	@Test
	void expectsEveryRowOfTheSetInTheDatabase() {
		assertThat(NationalLoad.expectedCounts(set)).containsEntry("park", 20L)
			.containsEntry("company", 100L)
			.containsEntry("yearly_facts", (long) set.facts().size())
			.containsEntry("stream", 500L)
			.containsEntry("tenancy", (long) set.tenancies().size());
	}

	@Test
	void writesTheKeyListsTheSimulationReads(@TempDir Path directory) throws IOException {
		List<LoadUser> users = NationalLoad.users(set, 10);

		NationalLoad.writeFeeders(set, users, directory);

		List<String> parks = Files.readAllLines(directory.resolve("load-parks.csv"));
		assertThat(parks).hasSize(21).first().isEqualTo("park,county");
		assertThat(parks.get(1))
			.isEqualTo(set.parks().get(0).key().value() + "," + set.parks().get(0).county().value());
		List<String> companies = Files.readAllLines(directory.resolve("load-companies.csv"));
		assertThat(companies).hasSize(101).allMatch(line -> line.split(",", -1).length == 3);
		long tenants = companies.stream().skip(1).filter(line -> !line.split(",", -1)[1].isEmpty()).count();
		assertThat(tenants).isEqualTo(set.tenancies().stream().map(t -> t.company().value()).distinct().count());
		List<String> written = Files.readAllLines(directory.resolve("load-users.csv"));
		assertThat(written).hasSize(users.size() + 1).allMatch(line -> line.split(",", -1).length == 5);
		assertThat(written).contains("load-fasilitator-%s,park_facilitator,,%s,"
			.formatted(set.parks().get(0).key().value(), set.parks().get(0).key().value()));
	}

}
