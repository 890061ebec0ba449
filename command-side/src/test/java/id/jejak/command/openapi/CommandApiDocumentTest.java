package id.jejak.command.openapi;

import id.jejak.command.CommandSideTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command side's OpenAPI document: open in demo mode, both ways to sign in, and for every command an example
 * body, the optional Idempotency-Key — and no actor parameter, since the actor is the signed-in user.
 */
@CommandSideTest
@SuppressWarnings({"rawtypes", "unchecked"})
class CommandApiDocumentTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void everyCommandHasAnExampleBodyAndTheOptionalIdempotencyKey() {
        ResponseEntity<Map> document = http.getForEntity("/v3/api-docs", Map.class);

        assertThat(document.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Map> paths = (Map<String, Map>) document.getBody().get("paths");
        List<Map> commands = paths.values().stream().map(item -> (Map) item.get("post")).filter(post -> post != null)
                .toList();
        assertThat(commands).hasSizeGreaterThanOrEqualTo(30).allSatisfy(post -> {
            assertThat(post).as("%s", post.get("operationId")).containsKey("requestBody");
            Map content = (Map) ((Map) post.get("requestBody")).get("content");
            assertThat(content).as("%s", post.get("operationId")).containsKey("application/json");
            assertThat((Map) content.get("application/json")).as("%s", post.get("operationId"))
                    .containsKey("example");
            assertThat((List<Map>) post.get("parameters")).extracting(parameter -> parameter.get("name"))
                    .contains("Idempotency-Key").doesNotContain("context", "X-Actor-Id");
        });
        assertThat(CommandApiDocument.examples().keySet()).allSatisfy(key ->
                assertThat(paths).containsKey(key.substring("POST ".length())));
    }

    @Test
    void theDocumentNamesBothWaysToSignInAndTheKernelsValuesAsPlainJson() {
        Map document = http.getForObject("/v3/api-docs", Map.class);

        assertThat((Map) document.get("info")).containsEntry("title", "Jejak command side");
        Map components = (Map) document.get("components");
        assertThat((Map) components.get("securitySchemes")).containsKeys("basic", "bearer");
        Map registration = (Map) ((Map) components.get("schemas")).get("RegisterCivilServantRequest");
        assertThat((Map) ((Map) registration.get("properties")).get("nip")).containsEntry("type", "string");
    }

    @Test
    void swaggerUiIsServed() {
        assertThat(http.getForEntity("/swagger-ui/index.html", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }
}
