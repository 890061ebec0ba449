package id.jejak.command.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.jejak.command.dispatch.CommandContext;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The command side's OpenAPI document: an example body for every command (kept in
 * {@code openapi/command-examples.json}, one per method and path, so the controllers stay free of documentation
 * noise), the optional Idempotency-Key header on each, and the actor left out — it is the signed-in user, never a
 * parameter.
 */
@Configuration(proxyBeanMethods = false)
class CommandApiDocument {

    static final String EXAMPLES = "openapi/command-examples.json";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CommandContext.class);
    }

    @Bean
    OpenApiCustomizer commandExamples() {
        Map<String, Object> examples = examples();
        return openApi -> openApi.getPaths().forEach((path, item) -> {
            Operation post = item.getPost();
            if (post == null) {
                return;
            }
            post.addParametersItem(new HeaderParameter().name("Idempotency-Key").required(false)
                    .schema(new StringSchema().pattern("^[A-Za-z0-9._:-]{1,100}$"))
                    .description("sent again with the same key and body, the command is answered as the first time "
                            + "without being recorded twice"));
            Object example = examples.get("POST " + path);
            if (post.getRequestBody() != null && example != null) {
                Content content = post.getRequestBody().getContent();
                MediaType json = content.computeIfAbsent("application/json", type -> new MediaType());
                json.setExample(example);
            }
        });
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> examples() {
        try (InputStream in = new ClassPathResource(EXAMPLES).getInputStream()) {
            return new ObjectMapper().readValue(in, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the command examples are part of the build", e);
        }
    }
}
