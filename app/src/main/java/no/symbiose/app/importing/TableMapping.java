package no.symbiose.app.importing;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import no.symbiose.app.referencedata.ReferenceCodes;

/**
 * How one table travels between a file and the database. An import parses each row into
 * the engine's record (whose rules decide validity), stages the record's normalised
 * values in a temporary table, runs set-based checks there (duplicate keys, references,
 * the viewer's scope), and only then upserts into the registry, all in one transaction.
 */
abstract class TableMapping {

	/** A column of the staging table and its SQL type. */
	record StageColumn(String name, String type) {
	}

	/**
	 * A set-based check over {@code import_stage}: {@code sql} selects {@code row_no},
	 * {@code value} and {@code arg} of each offending row; the error goes to
	 * {@code column}.
	 */
	record Check(String sql, String column, String messageKey) {
	}

	abstract Table table();

	abstract List<StageColumn> stageColumns();

	/**
	 * The row's staged values in {@link #stageColumns()} order, or null when the row has
	 * errors.
	 */
	abstract @Nullable List<@Nullable Object> parse(RowValues row, ReferenceCodes reference);

	/**
	 * SQL expression over {@code import_stage} naming a row's natural key, for duplicate
	 * detection.
	 */
	abstract String keyExpression();

	/** References and uniqueness the database must confirm. */
	abstract List<Check> checks();

	/**
	 * Statements that upsert {@code import_stage} into the registry and record each
	 * inserted or changed natural key in {@code import_changed(key, inserted)}. A row
	 * equal to the stored one is not touched, so its {@code version} stays.
	 */
	abstract List<String> upserts();

	/**
	 * Selects the table's columns, named as in the file, filtered by the viewer's :view
	 * parameters.
	 */
	abstract String exportSql(String visibility);

	/** Which column an engine rule that spans several cells concerns. */
	abstract Map<String, String> ruleColumns();

	final String stageDdl() {
		return "create temp table import_stage (row_no bigint not null, "
				+ stageColumns().stream().map(c -> c.name() + " " + c.type()).collect(Collectors.joining(", "))
				+ ") on commit drop";
	}

	final String stageInsert() {
		return "insert into import_stage (row_no, "
				+ stageColumns().stream().map(StageColumn::name).collect(Collectors.joining(", ")) + ") values (?, "
				+ stageColumns().stream().map(c -> "cast(? as " + c.type() + ")").collect(Collectors.joining(", "))
				+ ")";
	}

	/**
	 * An upsert of {@code target} that leaves identical rows alone:
	 * {@code update ... where (old)
	 * is distinct from (new)}, and {@code xmax = 0} tells an insert from an update.
	 */
	static String upsert(String target, String select, List<String> conflict, List<String> data, String keyReturned,
			boolean hasUpdatedAt) {
		String columns = String.join(", ", conflict) + ", " + String.join(", ", data);
		String set = data.stream().map(c -> c + " = excluded." + c).collect(Collectors.joining(", "));
		String old = data.stream().map(c -> target + "." + c).collect(Collectors.joining(", "));
		String excluded = data.stream().map(c -> "excluded." + c).collect(Collectors.joining(", "));
		return """
				with up as (
				  insert into %1$s (%2$s)
				  %3$s
				  on conflict (%4$s) do update set %5$s, version = %1$s.version + 1%6$s
				  where (%7$s) is distinct from (%8$s)
				  returning %9$s as key, (xmax = 0) as inserted)
				insert into import_changed (key, inserted) select key, inserted from up""".formatted(target, columns,
				select, String.join(", ", conflict), set, hasUpdatedAt ? ", updated_at = now()" : "", old, excluded,
				keyReturned);
	}

	/**
	 * An {@link #upsert} of a company's rows ({@code yearly_facts}, {@code stream}),
	 * keyed by {@code company_id} and {@code keys}; the company is found by the staged
	 * {@code company_key}.
	 */
	static String upsertOfCompany(String target, List<String> keys, List<String> data) {
		List<String> staged = Stream.concat(keys.stream(), data.stream()).map(c -> "s." + c).toList();
		List<String> conflict = Stream.concat(Stream.of("company_id"), keys.stream()).toList();
		return upsert(target,
				"select c.id, " + String.join(", ", staged)
						+ " from import_stage s join company c on c.company_key = s.company_key order by s.row_no",
				conflict, data, conflict.stream().map(c -> target + "." + c).collect(Collectors.joining(" || ' ' || ")),
				false);
	}

	static @Nullable String keyOf(@Nullable Enum<?> value) {
		return (value == null) ? null : value.name().toLowerCase(java.util.Locale.ROOT);
	}

}
