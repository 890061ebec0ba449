package id.jejak.command.dispatch;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Sends a command again when another node appended to the same record first, which the event store's unique key
 * (aggregate, sequence number) detects, or Axon Server's check of the sequence number. Only that race is retried: a
 * rule's refusal would refuse again. The node that handled the command dropped the record from its cache when the
 * append failed, so the command sent again meets the record as the store has it.
 */
class ConcurrencyRetryScheduler implements RetryScheduler {

    private final ScheduledExecutorService executor;
    private final int maxRetries;

    ConcurrencyRetryScheduler(ScheduledExecutorService executor, int maxRetries) {
        this.executor = executor;
        this.maxRetries = maxRetries;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        if (!AxonServerFailures.isConflict(lastFailure) || failures.size() > maxRetries) {
            return false;
        }
        // a little jitter, so that two nodes that collided once do not collide again in step
        long delay = 10L * failures.size() + ThreadLocalRandom.current().nextLong(10);
        executor.schedule(commandDispatch, delay, TimeUnit.MILLISECONDS);
        return true;
    }
}
