package id.jejak.command;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator watches: metrics for admins only, readiness that includes the database and the processors,
 * liveness that does not, and one log line per request with its status and no personal data.
 */
@CommandSideTest
// tests turn metrics export off unless asked; here it is the point
@AutoConfigureObservability(tracing = false)
@ExtendWith(OutputCaptureExtension.class)
class OperationsTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void anAdminReadsThePrometheusMetricsOfRequestsAndCommands() {
        register("199103032016011003");

        ResponseEntity<String> metrics = http.withBasicAuth("admin", "demo")
                .getForEntity("/actuator/prometheus", String.class);

        assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metrics.getBody()).contains("http_server_requests_seconds_count", "commandBus",
                "hikaricp_connections_active");
    }

    @Test
    void noOneButAnAdminReadsTheMetrics() {
        assertThat(http.withBasicAuth("hr", "demo").getForEntity("/actuator/prometheus", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/actuator/metrics", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void readinessIncludesTheDatabaseAndTheProcessorsAndLivenessOnlyTheProcess() {
        ResponseEntity<String> readiness = http.withBasicAuth("admin", "demo")
                .getForEntity("/actuator/health/readiness", String.class);
        ResponseEntity<String> liveness = http.getForEntity("/actuator/health/liveness", String.class);

        assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(readiness.getBody()).contains("\"db\"", "\"processors\"");
        assertThat(liveness.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(liveness.getBody()).doesNotContain("\"db\"");
    }

    @Test
    void everyRequestIsLoggedOnceWithItsStatusAndWithoutTheNip(CapturedOutput output) {
        register("199104042016011004");

        assertThat(output.getOut()).contains("POST /api/v1/civil-servants 201 ")
                .doesNotContain("199104042016011004");
    }

    private void register(String nip) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = """
                {"nip":"%s","fullName":"Ratna Operasi","employmentType":"PNS","rank":"III/a",
                 "workUnit":"Dinas Pendidikan","position":"Analis","effectiveDate":"2020-01-02"}""".formatted(nip);
        assertThat(http.withBasicAuth("hr", "demo").exchange("/api/v1/civil-servants", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }
}
