package id.jejak.query.openapi;

import id.jejak.query.QuerySideTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query side's OpenAPI document as a client generator reads it: every operation tagged by feature, summarised,
 * named, with its refusals as problems; CSV and NDJSON answers declared; the rebuild's 202; no Java type of a streamed answer.
 */
@QuerySideTest
@SuppressWarnings({"rawtypes", "unchecked"})
class QueryApiDocumentTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void everyOperationHasAFeatureTagASummaryANameAndItsRefusals() {
        Map document = http.getForObject("/v3/api-docs", Map.class);
        List<String> tags = ((List<Map>) document.get("tags")).stream().map(tag -> (String) tag.get("name")).toList();
        List<Map> operations = ((Map<String, Map>) document.get("paths")).values().stream()
                .flatMap(item -> ((Map<String, Map>) item).values().stream()).toList();

        assertThat(operations).hasSizeGreaterThanOrEqualTo(19).allSatisfy(operation -> {
            assertThat((String) operation.get("summary")).as("%s", operation.get("operationId")).isNotBlank();
            assertThat((List<String>) operation.get("tags")).hasSize(1).allSatisfy(tag -> assertThat(tags).contains(tag));
            assertThat((String) operation.get("operationId")).matches("[a-z][A-Za-z]+");
            assertThat((Map) operation.get("responses")).containsKeys("401", "403", "503");
        });
    }

    @Test
    void theTrailDeclaresItsCsvAndTheRebuildItsAcceptance() {
        Map<String, Map> paths = (Map<String, Map>) http.getForObject("/v3/api-docs", Map.class).get("paths");
        Map trail = (Map) paths.get("/api/v1/decision-trail").get("get");
        Map rebuild = (Map) paths.get("/api/v1/admin/projections/{projection}/rebuild").get("post");

        assertThat((Map) ((Map) ((Map) trail.get("responses")).get("200")).get("content"))
                .containsKeys("application/json", "text/csv");
        assertThat((Map) rebuild.get("responses")).containsKey("202").doesNotContainKey("200");
        Map export = (Map) ((Map) ((Map) ((Map) paths.get("/api/v1/audit/export").get("get")).get("responses"))
                .get("200")).get("content");
        assertThat(export).containsOnlyKeys("application/x-ndjson");
    }
}
