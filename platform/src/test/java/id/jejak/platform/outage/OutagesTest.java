package id.jejak.platform.outage;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** A store out of reach is an outage (503, send again); a conflict or a bug is not, however deep it is wrapped. */
class OutagesTest {

    @Test
    void aBrokenConnectionIsAnOutageHoweverDeeplyWrapped() {
        var broken = new PSQLException("An I/O error occurred while sending to the backend.",
                PSQLState.CONNECTION_FAILURE);

        assertThat(Outages.isOutage(new IllegalStateException("append failed", new RuntimeException(broken))))
                .isTrue();
    }

    @Test
    void aPoolWithNoConnectionToGiveAndAServerShuttingDownAreOutages() {
        assertThat(Outages.isOutage(new CannotGetJdbcConnectionException("no connection",
                new SQLTransientConnectionException("request timed out after 1500ms")))).isTrue();
        assertThat(Outages.isOutage(new SQLException("terminating connection due to administrator command",
                "57P01"))).isTrue();
        assertThat(Outages.isOutage(new SQLException("the database system is starting up", "57P03"))).isTrue();
    }

    @Test
    void aDuplicateKeyOrAProgrammingErrorIsNoOutage() {
        assertThat(Outages.isOutage(new DuplicateKeyException("duplicate",
                new SQLException("duplicate key value", "23505")))).isFalse();
        assertThat(Outages.isOutage(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(Outages.isOutage(new NullPointerException())).isFalse();
    }
}
