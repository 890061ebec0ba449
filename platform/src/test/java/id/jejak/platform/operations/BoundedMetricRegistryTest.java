package id.jejak.platform.operations;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedMetricRegistryTest {

    @Test
    void anEventProcessorIsTimedCountedAndItsLatencyKeptWithoutAxonsCapacityWindow() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();

        handle(new BoundedMetricRegistry(meters), EventProcessor.class, "career-history",
                GenericEventMessage.asEventMessage("placed"));

        assertThat(names(meters)).contains("eventProcessor.successTimer", "eventProcessor.processedCounter",
                "eventProcessor.latency").noneMatch(name -> name.contains("capacity"));
    }

    @Test
    void theCommandBusIsTimedAndCountedWithoutAxonsCapacityWindow() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();

        handle(new BoundedMetricRegistry(meters), CommandBus.class, "commandBus",
                GenericCommandMessage.asCommandMessage("register"));

        assertThat(names(meters)).contains("commandBus.successTimer", "commandBus.processedCounter")
                .noneMatch(name -> name.contains("capacity"));
    }

    @Test
    void axonsOwnRegistryKeepsTheCapacityWindowThatThisOneLeavesOut() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();

        handle(new GlobalMetricRegistry(meters), EventProcessor.class, "career-history",
                GenericEventMessage.asEventMessage("placed"));

        assertThat(names(meters)).contains("eventProcessor.capacity");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void handle(GlobalMetricRegistry registry, Class<?> component, String name, Message<?> message) {
        MessageMonitor monitor = registry.registerComponentWithDefaultTags(component, name);
        monitor.onMessageIngested(message).reportSuccess();
    }

    private static List<String> names(SimpleMeterRegistry meters) {
        return meters.getMeters().stream().map(Meter::getId).map(Meter.Id::getName).toList();
    }
}
