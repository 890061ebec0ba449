package id.jejak.query.admin;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * How long the driver waits for the server's answer on one connection, raised for a rebuild's statements and put back
 * before the connection returns to the pool. Readers keep the short bound, so that a frozen database is answered 503
 * at once; a rebuild runs behind them, and failing it for a statement that waited a little longer (on a lock, on a
 * busy server) would throw away all it had built.
 */
final class NetworkTimeout {

    @FunctionalInterface
    interface Work {
        void run() throws SQLException;
    }

    private NetworkTimeout() {
    }

    static void raised(Connection connection, Duration bound, Work work) throws SQLException {
        int ordinary = connection.getNetworkTimeout();
        connection.setNetworkTimeout(Runnable::run, (int) bound.toMillis());
        try {
            work.run();
        } finally {
            connection.setNetworkTimeout(Runnable::run, ordinary);
        }
    }
}
