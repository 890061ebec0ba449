package id.jejak.query.web;

import id.jejak.query.QuerySideTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parameters PostgreSQL cannot take — a NUL in a text, a date beyond its range — are the client's mistake: 400 naming
 * the parameter, not a 500 from the database, and the service answers the next request as usual.
 */
@QuerySideTest
@SuppressWarnings({"rawtypes", "unchecked"})
class ParameterLimitsTest {

    TestRestTemplate http;

    /** Signed in: an auditor reads the trail, the findings and the reports. */
    @Autowired
    void signIn(TestRestTemplate anonymous) {
        http = anonymous.withBasicAuth("auditor", "demo");
    }

    @ParameterizedTest
    @CsvSource({
            "/api/v1/decision-trail?unit=Dinas%00Kominfo, unit",
            "/api/v1/decision-trail?actor=%00, actor",
            "/api/v1/decision-trail?approver=ppk%00, approver",
            "/api/v1/decision-trail?type=PromotionGranted%00, type",
            "/api/v1/findings?unit=%00BAPPEDA, unit",
            "/api/v1/reports/lesson-hours?year=2025&unit=Bappeda%00, unit",
            "/api/v1/reports/promotion-eligibility?date=%2B9999999-04-01, date",
            "/api/v1/reports/promotion-eligibility?date=1899-10-01, date",
            "/api/v1/audit/export?from=%2B9999999-01-01T00:00:00Z, from"})
    void aParameterPostgresqlCannotTakeIsRefusedByName(String path, String parameter) {
        ResponseEntity<Map> refused = get(path);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).containsEntry("code", "PARAMETER_INVALID")
                .containsEntry("facts", Map.of("parameter", parameter));
        assertThat(get("/api/v1/decision-trail?unit=Dinas%20Kominfo").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** The trail binds its filters together, and refuses a bad one as it refuses an unknown kind. */
    @Test
    void aTrailDateBeyondTheYearsIsRefusedByName() {
        ResponseEntity<Map> refused = get("/api/v1/decision-trail?from=%2B9999999-01-01");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).containsEntry("code", "VALIDATION_FAILED");
        assertThat((List<Map>) refused.getBody().get("errors")).singleElement()
                .satisfies(error -> assertThat(error).containsEntry("field", "from"));
    }

    @Test
    void textsWithTabsAndDatesWithinTheYearsAreAnswered() {
        assertThat(get("/api/v1/decision-trail?from=1900-01-01&to=9999-12-31&unit=Dinas%09Kominfo")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("/api/v1/reports/promotion-eligibility?date=9999-10-01").getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    /** As sent: a URI template would encode the percent signs again. */
    private ResponseEntity<Map> get(String path) {
        return http.getForEntity(URI.create(http.getRootUri() + path), Map.class);
    }
}
