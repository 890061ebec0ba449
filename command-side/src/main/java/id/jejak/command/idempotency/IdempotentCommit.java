package id.jejak.command.idempotency;

import id.jejak.command.rules.Refusal;
import id.jejak.command.rules.RuleViolation;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Marks an {@code Idempotency-Key} as committed in the very transaction that appends the command's events, so that
 * "recorded" and "the key's request was recorded" are one fact. Of two executions under one key — a request whose
 * node crashed after committing, a slow one whose key a retry took over — the first to commit wins and the other is
 * rolled back with 409 {@code IDEMPOTENCY_KEY_ALREADY_RECORDED}: a decision is never recorded twice.
 */
@Component
public class IdempotentCommit implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** The request attribute the filter sets and the dispatcher copies into the command's metadata. */
    public static final String REQUEST_ATTRIBUTE = IdempotentCommit.class.getName();
    public static final String ACTOR = "idempotencyActor";
    public static final String KEY = "idempotencyKey";

    /** The actor and key of a request sent under an {@code Idempotency-Key}. */
    public record Claim(String actor, String key) {

        public Map<String, String> metadata() {
            return Map.of(ACTOR, actor, KEY, key);
        }
    }

    private final IdempotencyKeys keys;

    IdempotentCommit(IdempotencyKeys keys) {
        this.keys = keys;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        MetaData metadata = unitOfWork.getMessage().getMetaData();
        if (metadata.get(ACTOR) instanceof String actor && metadata.get(KEY) instanceof String key) {
            unitOfWork.onPrepareCommit(committing -> {
                if (!keys.markCommitted(actor, key)) {
                    throw new RuleViolation(Refusal.CONFLICT, "IDEMPOTENCY_KEY_ALREADY_RECORDED",
                            "the request with this Idempotency-Key was already recorded", Map.of());
                }
            });
        }
        return chain.proceed();
    }
}
