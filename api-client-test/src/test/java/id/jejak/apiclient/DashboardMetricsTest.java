package id.jejak.apiclient;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The metrics README lists for a dashboard, each served to an admin by the side that has it. */
@ExtendWith(RunningJejak.class)
class DashboardMetricsTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anAdminScrapesEveryMetricTheDashboardCharts(RunningJejak.Jejak jejak) throws Exception {
        HttpResponse<String> registered = send(HttpRequest.newBuilder(URI.create(jejak.commandSide()
                        + "/api/v1/civil-servants"))
                .header("Authorization", RunningJejak.Jejak.basic("hr")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"nip":"199007072015031007","fullName":"Dewi Lestari","employmentType":"PNS","rank":"III/a",
                         "workUnit":"Dinas Sosial","position":"Penyuluh Sosial","effectiveDate":"2020-01-02"}""")));
        HttpResponse<String> read = send(HttpRequest.newBuilder(URI.create(jejak.querySide()
                        + "/api/v1/civil-servants/199007072015031007/history"))
                .header("Authorization", RunningJejak.Jejak.basic("hr"))
                .header("Jejak-Min-Position", registered.headers().firstValue("Jejak-Position").orElseThrow()));

        String commandSide = scrape(jejak.commandSide());
        String querySide = scrape(jejak.querySide());

        assertThat(registered.statusCode()).isEqualTo(201);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(commandSide).contains("http_server_requests_seconds_count", "commandBus_successTimer_seconds_count",
                "commandBus_failureCounter_total", "eventStore_successTimer_seconds_count",
                "hikaricp_connections_active", "hikaricp_connections_pending", "jvm_memory_used_bytes");
        assertThat(querySide).contains("http_server_requests_seconds_count", "eventProcessor_latency",
                "eventProcessor_processedCounter_total", "jejak_projection_lag_events{projection=\"career-history\"",
                "jejak_projection_progress{projection=\"career-history\"",
                "jejak_projection_rebuilding{projection=\"career-history\"", "hikaricp_connections_active");
    }

    private String scrape(String side) throws Exception {
        HttpResponse<String> metrics = send(HttpRequest.newBuilder(URI.create(side + "/actuator/prometheus"))
                .header("Authorization", RunningJejak.Jejak.basic("admin")));
        assertThat(metrics.statusCode()).isEqualTo(200);
        return metrics.body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
