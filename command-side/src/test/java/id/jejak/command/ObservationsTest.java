package id.jejak.command;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Each request is observed once, as an HTTP request; not once more for every security filter it passes. */
@CommandSideTest
class ObservationsTest {

    @Autowired
    ObservationRegistry observations;

    @Test
    void httpRequestsAreObservedButNotEachSecurityFilter() {
        assertThat(observed("http.server.requests")).isTrue();
        assertThat(observed("spring.security.filterchains")).isFalse();
        assertThat(observed("spring.security.authorizations")).isFalse();
    }

    private boolean observed(String name) {
        return !Observation.createNotStarted(name, observations).isNoop();
    }
}
