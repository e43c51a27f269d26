package no.symbiose.app.audit;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import no.symbiose.app.RegistryFixtures.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AuditLogTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	RegistryFixtures fixtures;

	Row park;

	Row otherPark;

	Row tenant;

	String facilitator;

	@BeforeEach
	void givenTwoParksATenantAndAFacilitator() {
		this.fixtures = new RegistryFixtures(this.jdbc);
		this.park = this.fixtures.aPark();
		this.otherPark = this.fixtures.aPark();
		this.tenant = this.fixtures.aTenantOf(this.park);
		this.fixtures.stream(this.tenant, 2024, "slag", "private");
		this.facilitator = this.fixtures.facilitator(this.park);
	}

	@AfterEach
	void clearSecurityContext() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aStreamChangedThroughTheApiIsLoggedOnceWithItsWriterAndTheChangedFieldsOnly() throws Exception {
		String key = this.tenant.key() + "/2024/slag";

		this.mvc
			.perform(as(this.facilitator, "PARK_FACILITATOR",
					put("/api/v1/companies/" + this.tenant.key() + "/streams/2024/slag"))
				.content("""
						{"direction": "side_stream", "name": "Slagg", "materialClass": "slag", "quantity": 1500,
						 "unit": "t/yr", "confidentiality": "private", "version": 0}"""))
			.andExpect(status().isOk());

		List<Map<String, Object>> updates = this.jdbc.sql("""
				select actor, actor_role, cast(before as text) as before, cast(after as text) as after,
				       cast(park_ids as text) as parks
				from audit_log where table_name = 'stream' and record_key = :key and operation = 'update'""")
			.param("key", key)
			.query()
			.listOfRows();
		// the fixture wrote 1 000 t/yr; only the quantity changed (version does not
		// count)
		assertThat(updates).hasSize(1);
		assertThat(updates.get(0)).containsEntry("actor", this.facilitator)
			.containsEntry("actor_role", "park_facilitator")
			.containsEntry("before", "{\"quantity\": 1000}")
			.containsEntry("after", "{\"quantity\": 1500}")
			.containsEntry("parks", "{" + this.park.id() + "}");
	}

	@Test
	void aWriteThatChangesNothingIsNotLogged() {
		long before = count();

		this.jdbc.sql("update stream set quantity = quantity, version = version + 1 where company_id = :c")
			.param("c", this.tenant.id())
			.update();

		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aSynergyMoveIsLoggedForTheParksOfBothCompanies() throws Exception {
		Row receiver = this.fixtures.aTenantOf(this.otherPark);
		long synergy = this.jdbc.sql("""
				insert into synergy (supply_company_id, demand_company_id, rule_id, title)
				values (:s, :d, 'audit-test', 'Slagg → Sement') returning id""")
			.param("s", this.tenant.id())
			.param("d", receiver.id())
			.query(Long.class)
			.single();
		String admin = this.fixtures.admin();

		this.mvc.perform(as(admin, "NATIONAL_ADMIN", post("/api/v1/synergies/" + synergy + "/state")).content("""
				{"state": "contacted", "reason": "Ringt", "version": 0}""")).andExpect(status().isOk());

		Map<String, Object> move = this.jdbc
			.sql("""
					select actor, cast(before as text) as before, cast(after as text) as after, cast(park_ids as text) as parks
					from audit_log where table_name = 'synergy' and record_key like :key and operation = 'update'""")
			.param("key", "#" + synergy + " %")
			.query()
			.singleRow();
		assertThat(move).containsEntry("actor", admin);
		assertThat((String) move.get("before")).contains("\"state\": \"identified\"");
		assertThat((String) move.get("after")).contains("\"state\": \"contacted\"")
			.contains("\"state_reason\": \"Ringt\"");
		// the supplier is a tenant of the park, the receiver of the other park
		assertThat(move.get("parks")).isEqualTo("{" + Math.min(this.park.id(), this.otherPark.id()) + ","
				+ Math.max(this.park.id(), this.otherPark.id()) + "}");
		// the move's event is logged too
		assertThat(
				countWhere("table_name = 'synergy_event' and after ->> 'to_state' = 'contacted' and record_key like '#"
						+ synergy + " %'"))
			.isEqualTo(1);
	}

	@Test
	void aSynergysTitleNamingAPrivateStreamNeverReachesTheOtherParksFacilitator() throws Exception {
		Row receiver = this.fixtures.aTenantOf(this.otherPark);
		String otherFacilitator = this.fixtures.facilitator(this.otherPark);
		long synergy = this.jdbc.sql("""
				insert into synergy (supply_company_id, demand_company_id, rule_id, title)
				values (:s, :d, 'audit-test', 'Hemmelig slaggblanding X-17 → Sement') returning id""")
			.param("s", this.tenant.id())
			.param("d", receiver.id())
			.query(Long.class)
			.single();

		String seen = this.mvc
			.perform(get("/api/v1/audit").param("table", "synergy")
				.param("size", "200")
				.with(user(otherFacilitator).roles("PARK_FACILITATOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		// the entry is there, named by the two companies, public registry facts
		assertThat(seen).contains("#" + synergy + " " + this.tenant.key() + " → " + receiver.key())
			.doesNotContain("Hemmelig slaggblanding");
		assertThat(countWhere("record_key like '%Hemmelig%' or cast(after as text) like '%Hemmelig%'")).isZero();
	}

	@Test
	void aParkTargetSetThroughAPageFormIsLoggedWithTheFacilitatorAsWriter() throws Exception {
		this.mvc
			.perform(post("/mal/park/" + this.park.key() + "/mal").param("indicator", "land-use")
				.param("kind", "absolute")
				.param("value", "93")
				.with(user(this.facilitator).roles("PARK_FACILITATOR"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		Map<String, Object> target = this.jdbc.sql("""
				select actor, after ->> 'target_value' as value, cast(park_ids as text) as parks from audit_log
				where table_name = 'park_target' and operation = 'insert' and record_key = :key""")
			.param("key", this.park.key() + "/land-use")
			.query()
			.singleRow();
		assertThat(target).containsEntry("actor", this.facilitator)
			.containsEntry("value", "93")
			.containsEntry("parks", "{" + this.park.id() + "}");
	}

	@Test
	void anImportIsLoggedWithTheImportingUser() throws Exception {
		String admin = this.fixtures.admin();
		String parkKey = RegistryFixtures.unique("audit-import-");
		String csv = String.join(",", no.symbiose.app.importing.Table.PARKS.columns()) + "\n" + parkKey
				+ ",Importert park,industripark,,40,4001,59.12,9.62,100,80,10.5,,,quay;rail,,test\n";

		this.mvc
			.perform(multipart("/api/v1/import/parks")
				.file(new MockMultipartFile("file", "parks.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(user(admin).roles("NATIONAL_ADMIN"))
				.with(csrf()))
			.andExpect(status().isOk());

		Map<String, Object> insert = this.jdbc.sql("""
				select actor, actor_role, after ->> 'name' as name from audit_log
				where table_name = 'park' and operation = 'insert' and record_key = :key""")
			.param("key", parkKey)
			.query()
			.singleRow();
		assertThat(insert).containsEntry("actor", admin)
			.containsEntry("actor_role", "national_admin")
			.containsEntry("name", "Importert park");
	}

	@Test
	void aPooledConnectionTakenWithoutALoginDoesNotCarryThePreviousUser() throws Exception {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("someone", null,
					List.of(new SimpleGrantedAuthority("ROLE_PARK_FACILITATOR"))));
		int firstBackend;
		try (Connection connection = this.dataSource.getConnection()) {
			firstBackend = backend(connection);
			assertThat(setting(connection, "symbiose.actor")).isEqualTo("someone");
			assertThat(setting(connection, "symbiose.actor_role")).isEqualTo("park_facilitator");
		}
		SecurityContextHolder.clearContext();

		try (Connection connection = this.dataSource.getConnection()) {
			// the pool hands this thread the connection it just returned
			assertThat(backend(connection)).isEqualTo(firstBackend);
			assertThat(setting(connection, "symbiose.actor")).isEqualTo("system");
			assertThat(setting(connection, "symbiose.actor_role")).isEmpty();
		}
		// and a fixture's write outside any request is the system's
		Row company = this.fixtures.aCompany();
		assertThat(this.jdbc.sql("select actor from audit_log where table_name = 'company' and record_key = :key")
			.param("key", company.key())
			.query(String.class)
			.single()).isEqualTo("system");
	}

	@Test
	void theFacilitatorReadsTheEntriesOfTheirParkAndNotThoseOfAnother() throws Exception {
		Row stranger = this.fixtures.aTenantOf(this.otherPark);
		this.fixtures.stream(stranger, 2024, "other-slag", "private");

		this.mvc.perform(as(this.facilitator, "PARK_FACILITATOR", get("/api/v1/audit?table=stream&size=500")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].recordKey", hasItem(this.tenant.key() + "/2024/slag")))
			.andExpect(jsonPath("$.items[*].recordKey", not(hasItem(stranger.key() + "/2024/other-slag"))))
			.andExpect(jsonPath("$.items[*].parks[*]", everyItem(org.hamcrest.Matchers.is(this.park.key()))));
		// asking for the other park finds nothing rather than its entries
		this.mvc.perform(as(this.facilitator, "PARK_FACILITATOR", get("/api/v1/audit?park=" + this.otherPark.key())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(0));
		// the page shows the same, the stream's change before → after per field
		this.mvc
			.perform(get("/endringslogg").param("table", "stream")
				.with(user(this.facilitator).roles("PARK_FACILITATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(this.tenant.key() + "/2024/slag")))
			.andExpect(content().string(not(org.hamcrest.Matchers.containsString(stranger.key()))));
	}

	@Test
	void reportersCountyOfficersAndVisitorsAreRefused() throws Exception {
		String reporter = this.fixtures.reporter(this.tenant);
		String officer = this.fixtures.countyOfficer("40");

		this.mvc.perform(as(reporter, "COMPANY_REPORTER", get("/api/v1/audit"))).andExpect(status().isForbidden());
		this.mvc.perform(as(officer, "COUNTY_OFFICER", get("/api/v1/audit"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/audit")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/endringslogg").with(user(reporter).roles("COMPANY_REPORTER")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/endringslogg")).andExpect(status().is3xxRedirection());
	}

	@Test
	void badFiltersAnswer400NamingEachAndChangeNothing() throws Exception {
		String admin = this.fixtures.admin();
		long before = count();

		this.mvc
			.perform(as(admin, "NATIONAL_ADMIN",
					get("/api/v1/audit?park=no-such-park&table=passwords&from=2025-13-01&to=2024-01-01&size=0")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("park", "table", "from", "size")));
		this.mvc.perform(as(admin, "NATIONAL_ADMIN", get("/api/v1/audit?from=2025-02-01&to=2025-01-01")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("to")));
		this.mvc.perform(get("/endringslogg?table=passwords").with(user(admin).roles("NATIONAL_ADMIN")))
			.andExpect(status().isBadRequest());

		assertThat(count()).isEqualTo(before);
	}

	@Test
	void theLogCannotBeChangedOrDeleted() {
		long id = this.jdbc.sql("select max(id) from audit_log").query(Long.class).single();

		assertThatThrownBy(() -> this.jdbc.sql("update audit_log set actor = 'someone else' where id = :id")
			.param("id", id)
			.update()).rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_log where id = :id").param("id", id).update())
			.rootCause()
			.hasMessageContaining("append-only");
		assertThat(countWhere("id = " + id)).isEqualTo(1);
	}

	@Test
	void aDeletedCompanyIsLoggedWithTheParksItWasATenantOf() throws Exception {
		Row leaving = this.fixtures.aTenantOf(this.park);
		String admin = this.fixtures.admin();

		this.mvc
			.perform(as(admin, "NATIONAL_ADMIN",
					org.springframework.test.web.servlet.request.MockMvcRequestBuilders
						.delete("/api/v1/companies/" + leaving.key())))
			.andExpect(status().isNoContent());

		assertThat(this.jdbc.sql("""
				select cast(park_ids as text) from audit_log
				where table_name = 'company' and operation = 'delete' and record_key = :key and actor = :admin""")
			.param("key", leaving.key())
			.param("admin", admin)
			.query(String.class)
			.single()).isEqualTo("{" + this.park.id() + "}");
	}

	private MockHttpServletRequestBuilder as(String username, String role, MockHttpServletRequestBuilder request) {
		return request.with(user(username).roles(role)).with(csrf()).contentType(MediaType.APPLICATION_JSON);
	}

	private long count() {
		return this.jdbc.sql("select count(*) from audit_log").query(Long.class).single();
	}

	private long countWhere(String condition) {
		return this.jdbc.sql("select count(*) from audit_log where " + condition).query(Long.class).single();
	}

	private static int backend(Connection connection) throws Exception {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select pg_backend_pid()")) {
			rs.next();
			return rs.getInt(1);
		}
	}

	private static String setting(Connection connection, String name) throws Exception {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select current_setting('" + name + "', true)")) {
			rs.next();
			return rs.getString(1);
		}
	}

}
