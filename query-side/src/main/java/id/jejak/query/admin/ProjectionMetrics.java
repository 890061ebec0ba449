package id.jejak.query.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.function.ToDoubleFunction;

/**
 * Each projection's standing as gauges a dashboard charts: how many events it is behind the head of the store, how
 * far through the store it is (a rebuild's progress), and whether it is being rebuilt. Read from the database at
 * each scrape, as the admin API reads them, so every node reports the cluster's state. Registered once the
 * processors exist.
 */
@Component
class ProjectionMetrics {

    private final ProjectionRebuilds projections;
    private final EventProcessingConfiguration processing;
    private final MeterRegistry registry;

    ProjectionMetrics(ProjectionRebuilds projections, EventProcessingConfiguration processing, MeterRegistry registry) {
        this.projections = projections;
        this.processing = processing;
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        processing.eventProcessors().keySet().forEach(projection -> {
            gauge("jejak.projection.lag", projection, "events", "events between the projection and the head",
                    status -> Math.max(0, status.head() - status.position()));
            gauge("jejak.projection.progress", projection, null,
                    "how far through the store the projection is, 0 to 1: a rebuild's progress",
                    ProjectionRebuilds.ProjectionStatus::progress);
            gauge("jejak.projection.rebuilding", projection, null, "1 while the projection is being rebuilt",
                    status -> ProjectionRebuilds.REBUILDING.equals(status.state()) ? 1 : 0);
        });
    }

    private void gauge(String name, String projection, String unit, String description,
                       ToDoubleFunction<ProjectionRebuilds.ProjectionStatus> value) {
        Gauge.builder(name, () -> value.applyAsDouble(projections.status(projection)))
                .tag("projection", projection).baseUnit(unit).description(description).register(registry);
    }
}
