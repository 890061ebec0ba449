package id.jejak.command.dispatch;

import id.jejak.command.idempotency.IdempotentCommit;
import id.jejak.kernel.Decree;
import id.jejak.kernel.EventMetadata;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Sends a decision to its aggregate with the context every event it causes must carry: who decided and in which
 * role, why, and the correlation id of the request. The actor's units go with the command only, for the record to
 * check; they are the actor's, not the decision's, so events do not keep them.
 */
@Component
public class CommandDispatcher {

    private static final long TIMEOUT_SECONDS = 30;
    private static final CommandTargetResolver TARGETS = AnnotationCommandTargetResolver.builder().build();

    private final CommandGateway gateway;
    private final Optional<AppendedPosition> appendedPosition;

    CommandDispatcher(CommandGateway gateway, Optional<AppendedPosition> appendedPosition) {
        this.gateway = gateway;
        this.appendedPosition = appendedPosition;
    }

    public <R> R dispatch(Object command, CommandContext context, String reason) {
        return dispatch(command, context, reason, null);
    }

    /** As {@link #dispatch(Object, CommandContext, String)}, for a decision resting on a decree. */
    public <R> R dispatch(Object command, CommandContext context, String reason, Decree legalBasis) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(EventMetadata.ACTOR_ID, context.actor().id());
        metadata.put(EventMetadata.ACTOR_ROLE, context.role().name());
        metadata.put(ActorScope.ACTOR_UNITS, ActorScope.metadataValue(context.units()));
        if (context.correlationId() != null) {
            metadata.put(EventMetadata.CORRELATION_ID, context.correlationId());
        }
        if (legalBasis != null) {
            metadata.put(EventMetadata.LEGAL_BASIS, legalBasis.toString());
        }
        if (StringUtils.hasText(reason)) {
            metadata.put(EventMetadata.REASON, reason.trim());
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(IdempotentCommit.REQUEST_ATTRIBUTE,
                RequestAttributes.SCOPE_REQUEST) instanceof IdempotentCommit.Claim claim) {
            metadata.putAll(claim.metadata());
        }
        CommandMessage<Object> message = GenericCommandMessage.asCommandMessage(command)
                .andMetaData(MetaData.from(metadata));
        R result;
        try {
            result = gateway.sendAndWait(message, TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (RuntimeException failure) {
            throw AxonServerFailures.translate(failure,
                    () -> TARGETS.resolveTarget(message).getIdentifier());
        }
        appendedPosition.ifPresent(position -> position.tellTheAnswer(command));
        return result;
    }
}
