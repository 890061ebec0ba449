package id.jejak.query.projection;

import id.jejak.kernel.InvalidValueException;
import id.jejak.platform.messaging.StorePosition;
import id.jejak.platform.web.TemporarilyUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Duration;
import java.util.Map;

/**
 * A read sent with {@link StorePosition#WAIT_HEADER} waits until every projection of this node has processed the
 * store up to that position — the position a command's answer gave — so that a client reads what it has just
 * written. It waits at most {@code jejak.queries.position-wait} (5 s), then answers 503
 * {@code POSITION_NOT_REACHED} with {@code Retry-After}: the read would otherwise be older than the client knows.
 * A position counts as processed when a segment's token has passed it and does not list it as a gap (an event
 * committed after a later one was read).
 */
@Configuration(proxyBeanMethods = false)
class ReadYourWrites implements WebMvcConfigurer {

    private final EventProcessingConfiguration processing;
    private final Duration longestWait;

    ReadYourWrites(EventProcessingConfiguration processing,
                   @Value("${jejak.queries.position-wait:5s}") Duration longestWait) {
        this.processing = processing;
        this.longestWait = longestWait;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws InterruptedException {
                String wanted = request.getHeader(StorePosition.WAIT_HEADER);
                if (wanted != null) {
                    awaitPosition(position(wanted));
                }
                return true;
            }
        }).addPathPatterns("/api/**").order(Ordered.HIGHEST_PRECEDENCE + 1);
    }

    void awaitPosition(long position) throws InterruptedException {
        long deadline = System.nanoTime() + longestWait.toNanos();
        while (!reached(position)) {
            if (System.nanoTime() - deadline > 0) {
                throw new TemporarilyUnavailableException("POSITION_NOT_REACHED",
                        "the read models have not yet reached position {position}; send the read again shortly",
                        Map.of("position", position), Duration.ofSeconds(1));
            }
            Thread.sleep(20);
        }
    }

    boolean reached(long position) {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .allMatch(processor -> !processor.processingStatus().isEmpty()
                        && processor.processingStatus().values().stream()
                        .allMatch(segment -> passed(segment.getTrackingToken(), position)));
    }

    private static boolean passed(TrackingToken token, long position) {
        if (token == null) {
            return false;
        }
        TrackingToken current = WrappedToken.unwrapLowerBound(token);
        if (current instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return current.position().orElse(-1) >= position;
    }

    private static long position(String header) {
        try {
            long position = Long.parseLong(header.trim());
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, as any other bad value
        }
        throw new InvalidValueException("HEADER_INVALID", "the {header} header must be a position: a whole number",
                Map.of("header", StorePosition.WAIT_HEADER));
    }
}
