package id.jejak.command.dispatch;

import id.jejak.platform.eventstore.EventStoreAutoConfiguration;
import id.jejak.platform.messaging.StorePosition;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * After a command, tells its HTTP answer ({@link StorePosition#HEADER}) the global index of its record's last event:
 * a position at or after the command's own events, for a read that must see them. One indexed row per command.
 * With the JDBC event store only: Axon Server numbers its events itself.
 */
@Component
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
class AppendedPosition {

    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();
    private final JdbcClient jdbc;

    AppendedPosition(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void tellTheAnswer(Object command) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)
                || request.getResponse() == null) {
            return;
        }
        HttpServletResponse response = request.getResponse();
        String record = targets.resolveTarget(GenericCommandMessage.asCommandMessage(command)).getIdentifier();
        jdbc.sql("select global_index from " + EventStoreAutoConfiguration.SCHEMA + ".domain_event_entry "
                        + "where aggregate_identifier = ? order by sequence_number desc limit 1")
                .param(record).query(Long.class).optional()
                .ifPresent(position -> response.setHeader(StorePosition.HEADER, String.valueOf(position)));
    }
}
