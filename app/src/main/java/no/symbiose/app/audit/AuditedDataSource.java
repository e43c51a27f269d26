package no.symbiose.app.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Tells the database who is writing: every connection handed out carries the current
 * {@link AuditActor} in the session settings {@code symbiose.actor} and
 * {@code symbiose.actor_role}, which the audit triggers of V11 read. It is set at every
 * checkout, whoever had the pooled connection before, so a connection never carries the
 * previous user's name into the next write. The setting is made while the connection is
 * in auto-commit (the pool's default; transactions begin after the checkout), so a
 * rolled-back transaction does not undo it. A physical connection that already carries
 * the same actor is not told again: most checkouts are reads by the same actor, and each
 * telling is a round trip to the database.
 */
final class AuditedDataSource extends DelegatingDataSource implements AutoCloseable {

	private static final String SET_ACTOR = "select set_config('symbiose.actor', ?, false),"
			+ " set_config('symbiose.actor_role', ?, false)";

	AuditedDataSource(DataSource target) {
		super(target);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return withActor(obtainTargetDataSource().getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return withActor(obtainTargetDataSource().getConnection(username, password));
	}

	/** The actor each physical connection carries, as last set. */
	private static final Map<Object, String> CARRIED = Collections.synchronizedMap(new WeakHashMap<>());

	private static Connection withActor(Connection connection) throws SQLException {
		AuditActor actor = AuditActor.current();
		String role = (actor.roleKey() != null) ? actor.roleKey() : "";
		String carried = actor.name() + '\u0000' + role;
		Object physical = connection.isWrapperFor(PGConnection.class) ? connection.unwrap(PGConnection.class)
				: connection;
		if (carried.equals(CARRIED.get(physical))) {
			return connection;
		}
		try (PreparedStatement statement = connection.prepareStatement(SET_ACTOR)) {
			statement.setString(1, actor.name());
			statement.setString(2, role);
			statement.execute();
			CARRIED.put(physical, carried);
			return connection;
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
	}

	/** Closes the pool it wraps, as the pool's own bean would be closed. */
	@Override
	public void close() throws Exception {
		if (obtainTargetDataSource() instanceof AutoCloseable closeable) {
			closeable.close();
		}
	}

}
