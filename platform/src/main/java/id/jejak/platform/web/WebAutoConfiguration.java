package id.jejak.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.apache.catalina.Lifecycle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication
public class WebAutoConfiguration {

    @Bean
    public ProblemFactory problemFactory(MessageSource messageSource) {
        return new ProblemFactory(messageSource);
    }

    @Bean
    public ProblemAdvice problemAdvice(ProblemFactory problemFactory) {
        return new ProblemAdvice(problemFactory);
    }

    @Bean
    public ProblemWriter problemWriter(ProblemFactory problemFactory, ObjectMapper objectMapper,
                                       LocaleResolver localeResolver) {
        return new ProblemWriter(problemFactory, objectMapper, localeResolver);
    }

    /** Replaces Spring Boot's error JSON, so that even a failure outside MVC answers problem+json with a code. */
    @Bean
    public ProblemErrorController problemErrorController(ProblemFactory problemFactory, ProblemWriter problemWriter) {
        return new ProblemErrorController(problemFactory, problemWriter);
    }

    /** Tomcat's own refusals (before the application) as problem+json too. */
    @Bean
    @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    static TomcatProblemReports tomcatProblemReports(ObjectProvider<ProblemFactory> problemFactory,
                                                     ObjectProvider<ProblemWriter> problemWriter,
                                                     ObjectProvider<ObjectMapper> objectMapper) {
        return new TomcatProblemReports(problemFactory, problemWriter, objectMapper);
    }

    /** A deadline for a request's headers, which Tomcat's own timeouts do not give ({@link HeaderDeadline}). */
    @Bean
    @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    static WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatHeaderDeadline(Environment environment) {
        Duration deadline = environment.getProperty("jejak.web.header-deadline", Duration.class,
                Duration.ofSeconds(10));
        return factory -> {
            HeaderDeadline headerDeadline = new HeaderDeadline(deadline);
            factory.setProtocol(HeaderDeadline.Protocol.class.getName());
            factory.addConnectorCustomizers(connector -> {
                if (connector.getProtocolHandler() instanceof HeaderDeadline.Protocol protocol) {
                    protocol.enforce(headerDeadline);
                    connector.addLifecycleListener(event -> {
                        if (Lifecycle.AFTER_STOP_EVENT.equals(event.getType())) {
                            headerDeadline.stop();
                        }
                    });
                }
            });
            factory.addEngineValves(headerDeadline.valve());
        };
    }

    @Bean
    public CorrelationIdFilter correlationIdFilter() {
        return new CorrelationIdFilter();
    }

    @Bean
    public BodySizeLimitFilter bodySizeLimitFilter(Environment environment, ProblemWriter problemWriter) {
        DataSize limit = Binder.get(environment).bind("jejak.web.max-body-size", DataSize.class)
                .orElse(DataSize.ofKilobytes(64));
        // a side that takes files (the command side's imports) names their paths and their own limit
        Binder binder = Binder.get(environment);
        return new BodySizeLimitFilter(limit, problemWriter,
                binder.bind("jejak.web.files.paths", Bindable.listOf(String.class)).orElse(List.of()),
                binder.bind("jejak.web.files.max-size", DataSize.class).orElse(limit));
    }

    @Bean
    public StrictTextModule strictTextModule() {
        return new StrictTextModule();
    }

    /**
     * A number or a boolean where the request should hold a text is a client's mistake, refused like any other wrong
     * type rather than turned into a text nobody typed.
     */
    @Bean
    public Jackson2ObjectMapperBuilderCustomizer noScalarsAsText() {
        return builder -> builder.postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    /** "Today" for a BKPSDM is a date in its own time zone, whatever the server's is. */
    @Bean
    @ConditionalOnMissingBean
    public Clock clock(Environment environment) {
        return Clock.system(ZoneId.of(environment.getProperty("jejak.time-zone", "Asia/Jakarta")));
    }
}
