package nl.huisverbod.audit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * What a database administrator can do that the application cannot: connect as the owner, switch the
 * append-only triggers off for the session, and change the audit tables directly.
 */
final class Superuser implements AutoCloseable {

    private final Connection connection;

    Superuser(EmbeddedPostgres pg) throws SQLException {
        this.connection = pg.getPostgresDatabase().getConnection();
        try (var s = connection.createStatement()) {
            s.execute("set session_replication_role = replica"); // no triggers for this session
        }
    }

    int update(String sql, Object... params) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        }
    }

    Connection connection() {
        return connection;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
