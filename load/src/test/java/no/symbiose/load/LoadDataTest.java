package no.symbiose.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoadDataTest {

	@TempDir
	Path directory;

	@Test
	void givesEachVirtualUserOfARoleTheNextUserInTurn() throws IOException {
		LoadData data = LoadData.read(write(), 1);

		Iterator<Map<String, Object>> reporters = data.circular("company_reporter");

		assertThat(List.of(reporters.next().get("username"), reporters.next().get("username"),
				reporters.next().get("username")))
			.containsExactly("load-rapportor-syn-00001", "load-rapportor-syn-00003", "load-rapportor-syn-00001");
	}

	@Test
	void leavesEmptyCellsOutOfTheRow() throws IOException {
		LoadData data = LoadData.read(write(), 1);

		Map<String, String> officer = data.users("county_officer").get(0);

		assertThat(officer).containsEntry("county", "40").doesNotContainKeys("park", "company");
		assertThat(data.tenants()).extracting(company -> company.get("company")).containsExactly("syn:00001");
	}

	@Test
	void drawsTheSameRandomRowsForTheSameSeedWithThePrefix() throws IOException {
		LoadData data = LoadData.read(write(), 7);

		List<Object> first = draw(data, 10);
		List<Object> second = draw(data, 10);

		assertThat(first).isEqualTo(second)
			.hasSize(10)
			.allMatch(park -> park.equals("syn-park-001") || park.equals("syn-park-002"));
		assertThat(first).contains("syn-park-001", "syn-park-002");
	}

	@Test
	void refusesARoleWithoutUsersAndARowWithTheWrongNumberOfCells() throws IOException {
		LoadData data = LoadData.read(write(), 1);

		assertThatThrownBy(() -> data.circular("national_admin")).hasMessageContaining("no user with role");
		Files.writeString(this.directory.resolve("load-parks.csv"), "park,county\nsyn-park-001\n");
		assertThatThrownBy(() -> LoadData.read(this.directory, 1)).hasMessageContaining("line 2: 1 cells for 2");
	}

	@Test
	void writesAStreamFileWithAPointAsDecimalSeparator() {
		String file = LoadData.streamFile("syn:00001", 2024, 1234.56);

		assertThat(file.lines().toList()).hasSize(2);
		assertThat(file.lines().toList().get(1)).startsWith("syn:00001,2024,load-heat,excess_heat,")
			.contains(",1234.6,MWh/yr,");
		assertThat(file.lines().toList().get(1).split(",", -1)).hasSize(file.lines().toList().get(0).split(",").length);
	}

	private static List<Object> draw(LoadData data, int count) {
		Iterator<Map<String, Object>> parks = data.random(data.parks(), "visit_", 3).get();
		List<Object> drawn = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Map<String, Object> row = parks.next();
			assertThat(row).containsKeys("visit_park", "visit_county");
			drawn.add(row.get("visit_park"));
		}
		return drawn;
	}

	private Path write() throws IOException {
		Files.writeString(this.directory.resolve("load-users.csv"), """
				username,role,county,park,company
				load-fylke-40,county_officer,40,,
				load-fasilitator-syn-park-001,park_facilitator,,syn-park-001,
				load-rapportor-syn-00001,company_reporter,,,syn:00001
				load-rapportor-syn-00003,company_reporter,,,syn:00003
				""");
		Files.writeString(this.directory.resolve("load-parks.csv"), """
				park,county
				syn-park-001,40
				syn-park-002,18
				""");
		Files.writeString(this.directory.resolve("load-companies.csv"), """
				company,park,county
				syn:00001,syn-park-001,40
				syn:00003,,
				""");
		return this.directory;
	}

}
