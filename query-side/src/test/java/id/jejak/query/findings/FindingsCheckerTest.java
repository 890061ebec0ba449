package id.jejak.query.findings;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a test of the findings rules needs: histories recorded in the store, and the checker that judges them. */
abstract class FindingsCheckerTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FindingsChecker checker;

    Histories histories;

    @BeforeEach
    void recordHistories() {
        histories = new Histories(eventStore, jdbc);
    }
}
