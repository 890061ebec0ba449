package id.jejak.platform.outage;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Set;

/**
 * Whether a failure is the store being out of reach — stopped, restarting, frozen, or its connections broken — rather
 * than a fault of the request or of the code. Such a failure is answered 503 with {@code Retry-After}: the client
 * sends the same request again (with the same {@code Idempotency-Key}) and it succeeds once the store is back.
 */
public final class Outages {

    /** How long a client is asked to wait before sending again: the embedded database restarts within seconds. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    /**
     * PostgreSQL's SQL states of an unreachable or restarting server: class 08 (connection exception), 57P01-57P03
     * (shut down by an administrator, crashed, not accepting connections yet), 53300 (too many connections).
     */
    private static final Set<String> SERVER_GONE = Set.of("57P01", "57P02", "57P03", "53300");

    private Outages() {
    }

    public static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof QueryTimeoutException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof SQLTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || SERVER_GONE.contains(sql.getSQLState()))) {
                return true;
            }
            if (cause instanceof java.net.SocketException || cause instanceof java.net.SocketTimeoutException
                    || cause instanceof java.io.EOFException) {
                return true;
            }
            if (cause instanceof IOException io && io.getClass().getName().startsWith("org.postgresql")) {
                return true;
            }
        }
        return false;
    }
}
