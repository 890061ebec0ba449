package id.jejak.platform.openapi;

import id.jejak.platform.messaging.StorePosition;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every operation can answer besides its success, documented once for all: the refusals as RFC 9457
 * problem+json with Jejak's {@code code}, {@code facts} and {@code errors[]}, 503 with {@code Retry-After}, and — on
 * the command side, where every POST records a decision — 201 with the {@code Location} the decision is read at and
 * the store's position after it; on the query side, the position a read may ask to wait for.
 */
class ProblemResponses implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";

    private final boolean postsCreate;

    ProblemResponses(boolean postsCreate) {
        this.postsCreate = postsCreate;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                document(path, method, operation)));
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        if (postsCreate && method == PathItem.HttpMethod.POST && responses.containsKey("200")) {
            ApiResponse created = responses.remove("200");
            created.setDescription("recorded; Location is where the record is read (on the query side)");
            created.addHeaderObject("Location", new Header().schema(new StringSchema().format("uri"))
                    .description("where the recorded decision is read"));
            created.addHeaderObject(StorePosition.HEADER, new Header().schema(new IntegerSchema().format("int64"))
                    .description("the store's position after this decision's events: send it as "
                            + StorePosition.WAIT_HEADER + " with a read that must see them"));
            responses.addApiResponse("201", created);
        }
        if (!postsCreate && method == PathItem.HttpMethod.GET && path.startsWith("/api/")) {
            operation.addParametersItem(new HeaderParameter().name(StorePosition.WAIT_HEADER).required(false)
                    .schema(new IntegerSchema().format("int64").minimum(java.math.BigDecimal.ZERO))
                    .description("answer only once the read models have reached this position (a command's "
                            + StorePosition.HEADER + "), waiting a few seconds at most; 503 otherwise"));
        }
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("400", "the request is malformed (VALIDATION_FAILED, PARAMETER_INVALID, …)");
        refusals.put("401", "no or wrong credentials (AUTHENTICATION_REQUIRED)");
        refusals.put("403", "the role may not do this, or the person is outside the officer's units");
        if (path.contains("{")) {
            refusals.put("404", "the path names something never recorded");
        }
        if (method == PathItem.HttpMethod.POST) {
            refusals.put("409", "already decided, or raced another decision; see code");
            refusals.put("422", "a rule refuses it; code names the rule, facts what it saw");
        }
        refusals.put("503", "the database is out of reach, or the read models have not reached the position asked:"
                + " send again after Retry-After seconds");
        refusals.forEach((status, description) -> {
            if (!responses.containsKey(status)) {
                ApiResponse refusal = new ApiResponse().description(description).content(new Content()
                        .addMediaType("application/problem+json", new MediaType()
                                .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
                if (status.equals("503")) {
                    refusal.addHeaderObject("Retry-After", new Header().schema(new IntegerSchema())
                            .description("seconds to wait before sending again"));
                }
                responses.addApiResponse(status, refusal);
            }
        });
        operation.setResponses(responses);
    }

    private static Schema<?> problemSchema() {
        ObjectSchema field = new ObjectSchema();
        field.addProperty("field", new StringSchema().description("the offending field's path"));
        field.addProperty("code", new StringSchema());
        field.addProperty("message", new StringSchema());
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details, with Jejak's rule code and the facts the rule saw");
        problem.addProperty("type", new StringSchema().format("uri").example("urn:jejak:problem:PROMOTION_MIN_YEARS_IN_RANK"));
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema().description("the message, in Indonesian or (Accept-Language: en) English"));
        problem.addProperty("instance", new StringSchema().format("uri"));
        problem.addProperty("code", new StringSchema().description("the stable rule code").example("PROMOTION_MIN_YEARS_IN_RANK"));
        problem.addProperty("facts", new ObjectSchema().additionalProperties(true).description("what the rule saw"));
        problem.addProperty("errors", new ArraySchema().items(field));
        problem.addProperty("errorId", new StringSchema().description("a server failure's id in the log"));
        problem.required(java.util.List.of("code", "status"));
        return problem;
    }
}
