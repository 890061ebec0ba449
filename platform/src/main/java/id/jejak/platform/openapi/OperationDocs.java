package id.jejak.platform.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeSet;

/**
 * Each operation's tag (its feature), operation id, summary and description, read from one file per side
 * ({@code jejak.openapi.operations}, keyed by method and path) so that the controllers stay free of documentation
 * noise and a generated client gets names a person would choose ({@code proposePromotion}, not {@code propose_1}).
 * An entry may give the success status when it is not 200 ({@code "status": "202"}), and the media types a
 * handler writes itself ({@code "answers"}), which its return type cannot tell.
 */
class OperationDocs implements OpenApiCustomizer {

    /**
     * @param answers media types the success answers with, besides or (with {@code replace}) instead of what the
     *                handler's return type says, each with what it holds: a CSV, an NDJSON stream, a JSON object
     *                written by hand
     */
    record Entry(String tag, String operationId, String summary, String description, String status,
                 Map<String, String> answers, boolean replace) {
    }

    record Docs(Map<String, String> tags, Map<String, Entry> operations) {
    }

    private final Docs docs;

    OperationDocs(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            this.docs = new ObjectMapper().readValue(in, Docs.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the operations' documentation " + resource + " is part of the build", e);
        }
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        TreeSet<String> used = new TreeSet<>();
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            Entry entry = docs.operations().get(method.name() + " " + path);
            if (entry != null) {
                document(operation, entry);
                used.add(entry.tag());
            }
        }));
        openApi.setTags(used.stream().map(name -> new Tag().name(name).description(docs.tags().get(name))).toList());
        if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
            // the Java type of a streamed answer, which no client ever sees
            openApi.getComponents().getSchemas().remove("StreamingResponseBody");
        }
    }

    private static void document(Operation operation, Entry entry) {
        operation.setTags(java.util.List.of(entry.tag()));
        operation.setOperationId(entry.operationId());
        operation.setSummary(entry.summary());
        operation.setDescription(entry.description() == null ? entry.summary() : entry.description());
        if (entry.status() != null && operation.getResponses() != null
                && operation.getResponses().containsKey("200")) {
            ApiResponse success = operation.getResponses().remove("200");
            operation.getResponses().addApiResponse(entry.status(), success);
        }
        if (entry.answers() != null && operation.getResponses() != null) {
            ApiResponse success = operation.getResponses().get(entry.status() == null ? "200" : entry.status());
            Content content = entry.replace() || success.getContent() == null ? new Content() : success.getContent();
            entry.answers().forEach((media, holds) -> content.addMediaType(media, new MediaType().schema(
                    (media.equals("application/json") ? new ObjectSchema() : new StringSchema()).description(holds))));
            success.setContent(content);
        }
    }
}
