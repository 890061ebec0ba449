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

    /**
     * Two request records of one simple name would share one schema, and one command would be documented with the
     * other's fields: every field of every command's example must be a property of the schema its body names.
     */
    @Test
    void everyCommandsBodyIsDocumentedByASchemaOfItsOwn() {
        Map document = http.getForObject("/v3/api-docs", Map.class);
        Map<String, Map> schemas = (Map<String, Map>) ((Map) document.get("components")).get("schemas");
        Map<String, Map> paths = (Map<String, Map>) document.get("paths");

        paths.forEach((path, item) -> {
            Map post = (Map) item.get("post");
            if (post == null) {
                return;
            }
            Map json = (Map) ((Map) ((Map) post.get("requestBody")).get("content")).get("application/json");
            String reference = (String) ((Map) json.get("schema")).get("$ref");
            Map properties = (Map) schemas.get(reference.substring(reference.lastIndexOf('/') + 1)).get("properties");
            assertThat(properties).as("POST %s (%s)", path, reference)
                    .containsKeys(((Map) json.get("example")).keySet().toArray());
        });
        assertThat(schemas).containsKeys("PromotionProposalRequest", "SanctionProposalRequest",
                "DecisionRevocationRequest", "SanctionRevocationRequest");
    }

    @Test
    void aCommandIsDocumentedWith201AndItsLocationAndItsRefusalsAsProblems() {
        Map document = http.getForObject("/v3/api-docs", Map.class);
        Map promotions = (Map) ((Map) ((Map) document.get("paths"))
                .get("/api/v1/civil-servants/{nip}/promotions")).get("post");
        Map<String, Map> responses = (Map<String, Map>) promotions.get("responses");

        assertThat(responses).containsKeys("201", "400", "401", "403", "404", "409", "422", "503")
                .doesNotContainKey("200");
        assertThat((Map) responses.get("201").get("headers")).containsKey("Location");
        assertThat((Map) responses.get("503").get("headers")).containsKey("Retry-After");
        Map problem = (Map) ((Map) responses.get("422").get("content")).get("application/problem+json");
        assertThat((Map) problem.get("schema")).containsEntry("$ref", "#/components/schemas/Problem");
        assertThat((Map) ((Map) ((Map) ((Map) document.get("components")).get("schemas")).get("Problem"))
                .get("properties")).containsKeys("code", "detail", "facts", "errors");
    }

    @Test
    void everyOperationHasAFeatureTagASummaryAndANameAClientCanUse() {
        Map document = http.getForObject("/v3/api-docs", Map.class);
        List<String> tags = ((List<Map>) document.get("tags")).stream().map(tag -> (String) tag.get("name")).toList();
        List<Map> operations = ((Map<String, Map>) document.get("paths")).values().stream()
                .flatMap(item -> ((Map<String, Map>) item).values().stream()).toList();

        assertThat(operations).allSatisfy(operation -> {
            assertThat((String) operation.get("summary")).as("%s", operation.get("operationId")).isNotBlank();
            assertThat((List<String>) operation.get("tags")).hasSize(1).allSatisfy(tag -> assertThat(tags).contains(tag));
            assertThat((String) operation.get("operationId")).matches("[a-z][A-Za-z]+");
        });
        assertThat(operations).extracting(operation -> operation.get("operationId")).doesNotHaveDuplicates();
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
