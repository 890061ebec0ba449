package id.jejak.apiclient;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code requests.http} as a user runs it with httpyac, here through the JDK's HTTP client so CI needs no Node:
 * every request answers the status it asserts, and the whole file does so twice in a row on the same store.
 */
@ExtendWith(RunningJejak.class)
class RequestsHttpTest {

    @Test
    void everyRequestOfRequestsHttpAnswersWhatItAssertsTwiceInARowOnOneStore(RunningJejak.Jejak jejak)
            throws Exception {
        var file = new HttpFile(Files.readString(Path.of("..", "requests.http")),
                Map.of("commandRoot", jejak.commandSide(), "queryRoot", jejak.querySide()));

        List<HttpFile.Outcome> first = file.run();
        untilTheRebuildTheFileEndsWithIsOver(jejak);
        List<HttpFile.Outcome> second = file.run();

        assertThat(first).hasSizeGreaterThan(70);
        assertThat(first).filteredOn(outcome -> !outcome.failures().isEmpty()).isEmpty();
        assertThat(second).hasSameSizeAs(first);
        assertThat(second).filteredOn(outcome -> !outcome.failures().isEmpty()).isEmpty();
    }

    /** The file's last request rebuilds the career history, whose reads answer 503 until it has caught up. */
    private static void untilTheRebuildTheFileEndsWithIsOver(RunningJejak.Jejak jejak) {
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(60)).until(() -> !http.send(HttpRequest.newBuilder(URI.create(
                                jejak.querySide() + "/api/v1/admin/projections/career-history"))
                        .header("Authorization", RunningJejak.Jejak.basic("admin")).build(),
                HttpResponse.BodyHandlers.ofString()).body().contains("\"REBUILDING\""));
    }
}
