package id.jejak.platform.openapi;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.workunit.SatisfactionIndex;
import id.jejak.kernel.workunit.UnitCode;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import java.math.BigDecimal;

/**
 * The OpenAPI 3 document of each side (title and description from {@code jejak.openapi.*}), with both ways to sign
 * in as security schemes, and the kernel's value objects shown as the plain JSON values they are written as.
 */
@AutoConfiguration
@ConditionalOnWebApplication
@ConditionalOnClass(OpenAPI.class)
public class OpenApiAutoConfiguration {

    static {
        SpringDocUtils.getConfig()
                .replaceWithSchema(Nip.class, new StringSchema().pattern("^\\d{18}$").example("198609262015051001")
                        .description("NIP: 18 digits (birth date, appointment month, sex, sequence)"))
                .replaceWithSchema(Rank.class, new StringSchema().example("III/a")
                        .description("golongan/ruang, I/a to IV/e"))
                .replaceWithSchema(LessonHours.class, new IntegerSchema().minimum(BigDecimal.ONE).example(24)
                        .description("lesson hours (JP)"))
                .replaceWithSchema(SatisfactionIndex.class, new NumberSchema().minimum(BigDecimal.ZERO)
                        .maximum(new BigDecimal("100")).example(new BigDecimal("82.47")).description("IKM"))
                .replaceWithSchema(UnitCode.class, new StringSchema().pattern("^[A-Za-z][A-Za-z0-9.-]{1,39}$")
                        .example("DINKES"));
    }

    /** {@code jejak.openapi.posts-create}: the command side, where every POST records a decision and answers 201. */
    @Bean
    OpenApiCustomizer problemResponses(Environment environment) {
        return new ProblemResponses(environment.getProperty("jejak.openapi.posts-create", Boolean.class, false));
    }

    /** {@code jejak.openapi.operations}: the side's file of tags, operation ids, summaries and descriptions. */
    @Bean
    @ConditionalOnProperty("jejak.openapi.operations")
    OpenApiCustomizer operationDocs(Environment environment) {
        return new OperationDocs(environment.getRequiredProperty("jejak.openapi.operations"));
    }

    @Bean
    public OpenAPI jejakOpenApi(Environment environment) {
        return new OpenAPI()
                .info(new Info()
                        .title(environment.getProperty("jejak.openapi.title", "Jejak"))
                        .description(environment.getProperty("jejak.openapi.description", ""))
                        .contact(new Contact()
                                .name(environment.getProperty("jejak.openapi.contact.name",
                                        "the operators of this Jejak installation"))
                                .email(environment.getProperty("jejak.openapi.contact.email")))
                        .version("v1"))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description("demo users of the embedded default run (README)"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("a token of the configured issuer (jejak.security.mode=jwt)")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
