package no.symbiose.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the fuzz tests check of every input, whatever it was: the data tables before and
 * after (row count and the sum of each row's 64-bit hash, as {@code AccessMatrixTest}
 * does, so no sort is needed), a transaction that is always rolled back so accepted
 * inputs leave nothing in the shared test database, and messages a person can read.
 */
public final class FuzzChecks {

	/** Reference data: loaded by migrations, never written by a request. */
	private static final List<String> STATIC_TABLES = List.of("flyway_schema_history", "county", "municipality",
			"ewc_code", "nace_code", "emission_factor");

	/**
	 * A message key left untranslated: {@code import.notXlsx},
	 * {@code problem.field.type}.
	 */
	private static final Pattern MESSAGE_KEY = Pattern.compile("[a-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)+");

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final String checksumSql;

	private String lastBefore;

	public FuzzChecks(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		List<String> tables = jdbc
			.sql("select table_name from information_schema.tables where table_schema = 'public'"
					+ " and table_type = 'BASE TABLE' order by table_name")
			.query(String.class)
			.list()
			.stream()
			.filter(t -> !STATIC_TABLES.contains(t))
			.toList();
		List<String> parts = new ArrayList<>();
		for (String table : tables) {
			parts.add("'%s=' || (select count(*) || ':' || coalesce(sum(hashtextextended(t::text, 0)), 0) from %s t)"
				.formatted(table, table));
		}
		this.checksumSql = "select concat_ws(' ', " + String.join(", ", parts) + ")";
	}

	/**
	 * Every data table's count and hash sum, {@code table=count:sum} separated by spaces.
	 */
	public String checksum() {
		return this.jdbc.sql(this.checksumSql).query(String.class).single();
	}

	/**
	 * Runs one input in a transaction that is rolled back, and checks the database: when
	 * the input was refused, the transaction must not have changed a table before the
	 * refusal; in any case nothing may remain afterwards (checked against the state
	 * before the next input, so it costs no extra query).
	 * @param work runs the input and says whether it was refused
	 */
	public <T> T inRolledBackTransaction(String what, Outcome<T> work) {
		String before = checksum();
		if (this.lastBefore != null) {
			assertThat(changedTables(this.lastBefore, before))
				.as("tables changed outside the rolled-back transaction of the previous input, before %s", what)
				.isEmpty();
		}
		this.lastBefore = before;
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<RuntimeException> thrown = new AtomicReference<>();
		this.transactions.executeWithoutResult(status -> {
			try {
				T answer = work.run();
				result.set(answer);
				if (work.refused(answer)) {
					String after;
					try {
						after = checksum();
					}
					catch (DataAccessException aborted) {
						// a failed statement aborted the transaction: it can only be
						// rolled back, so the refusal changed nothing
						after = before;
					}
					assertThat(changedTables(before, after)).as("tables changed by a refused input: %s", what)
						.isEmpty();
				}
			}
			catch (RuntimeException ex) {
				thrown.set(ex);
			}
			catch (Exception ex) {
				thrown.set(new IllegalStateException(ex));
			}
			catch (AssertionError ex) {
				status.setRollbackOnly();
				throw ex;
			}
			status.setRollbackOnly();
		});
		if (thrown.get() != null) {
			throw thrown.get();
		}
		return result.get();
	}

	/** Runs one input and says whether the answer was a refusal. */
	public interface Outcome<T> {

		T run() throws Exception;

		boolean refused(T answer);

	}

	/** The tables whose count or hash sum differ. */
	public static List<String> changedTables(String before, String after) {
		Map<String, String> a = parse(before);
		Map<String, String> b = parse(after);
		return a.keySet()
			.stream()
			.filter(t -> !a.get(t).equals(b.get(t)))
			.map(t -> t + " " + a.get(t) + " → " + b.get(t))
			.toList();
	}

	private static Map<String, String> parse(String checksum) {
		Map<String, String> tables = new TreeMap<>();
		for (String part : checksum.split(" ")) {
			int eq = part.indexOf('=');
			tables.put(part.substring(0, eq), part.substring(eq + 1));
		}
		return tables;
	}

	/**
	 * A message a person can act on: not blank, not a message key the messages files
	 * lack, no placeholder left unfilled.
	 */
	public static void assertReadable(String what, String message) {
		assertReadable(what, message, null);
	}

	/**
	 * A message a person can act on, that may quote the input it is about (which may
	 * itself look like a placeholder or a key).
	 */
	public static void assertReadable(String what, String message, @Nullable String input) {
		assertThat(message).as("%s: message", what).isNotBlank();
		if (input != null && !input.isEmpty()) {
			message = message.replace(input, "«input»");
			java.util.regex.Matcher placeholder = Pattern.compile("\\{\\d+}").matcher(message);
			while (placeholder.find()) {
				if (input.contains(placeholder.group())) {
					message = message.replace(placeholder.group(), "«input»");
				}
			}
		}
		assertThat(MESSAGE_KEY.matcher(message.strip()).matches())
			.as("%s: \"%s\" is a message key without text", what, message)
			.isFalse();
		assertThat(message).as("%s: unfilled placeholder", what).doesNotContainPattern("\\{\\d+}");
		assertThat(message.toLowerCase(Locale.ROOT)).as("%s: a Java exception for a message", what)
			.doesNotContain("exception")
			.doesNotContain("java.");
	}

}
