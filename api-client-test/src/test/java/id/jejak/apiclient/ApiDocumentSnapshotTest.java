package id.jejak.apiclient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clients of this module are generated (in {@code generate-test-sources}, before anything runs) from the
 * snapshots in {@code src/test/resources/openapi/}; this keeps each snapshot equal to what its side serves at
 * {@code /v3/api-docs}, so a client is only ever generated from the live document. A change to the API fails here
 * until the snapshot is written again: {@code -Djejak.openapi.update-snapshots=true} writes it.
 */
@ExtendWith(RunningJejak.class)
class ApiDocumentSnapshotTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Path SNAPSHOTS = Path.of("src/test/resources/openapi");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"command-side", "query-side"})
    void theClientIsGeneratedFromTheDocumentTheSideServes(String side, RunningJejak.Jejak jejak) throws Exception {
        String base = side.equals("command-side") ? jejak.commandSide() : jejak.querySide();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        ObjectNode live = (ObjectNode) JSON.readTree(answer.body());
        // the server's address is this run's random port, not part of the contract
        live.remove("servers");
        Path snapshot = SNAPSHOTS.resolve(side + ".json");
        Path served = Files.createDirectories(Path.of("target/openapi")).resolve(side + ".json");
        Files.writeString(served, JSON.writeValueAsString(live) + "\n");
        if (Boolean.getBoolean("jejak.openapi.update-snapshots")) {
            Files.copy(served, snapshot, StandardCopyOption.REPLACE_EXISTING);
        }

        JsonNode kept = JSON.readTree(snapshot.toFile());

        assertThat(kept.equals(live)).as("%s no longer matches the %s's /v3/api-docs (kept in %s): write it again "
                + "with -Djejak.openapi.update-snapshots=true and review the difference", snapshot, side, served)
                .isTrue();
    }
}
