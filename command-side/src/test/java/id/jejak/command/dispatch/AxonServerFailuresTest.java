package id.jejak.command.dispatch;

import id.jejak.platform.web.TemporarilyUnavailableException;
import io.axoniq.axonserver.grpc.ErrorMessage;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.axonframework.axonserver.connector.ErrorCode;
import org.axonframework.axonserver.connector.command.AxonServerCommandDispatchException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failures built as Axon's connector builds them from what Axon Server sends: an error message with a code for a
 * handler's failure (the handler's exception and its causes as text), a gRPC status with the code in its trailers
 * for a refused append, a dispatch exception over a gRPC {@code UNAVAILABLE} when the server is away.
 */
class AxonServerFailuresTest {

    private static final String NIP = "198609262015051001";

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void anAppendRefusedForItsSequenceNumberOnAnotherNodeIsAConcurrentChange() {
        RuntimeException failure = remoteFailure(ErrorCode.COMMAND_EXECUTION_ERROR,
                "OUT_OF_RANGE: Invalid sequence number 7 for aggregate " + NIP + ", expected 8");

        RuntimeException translated = AxonServerFailures.translate(failure, () -> NIP);

        assertThat(translated).isInstanceOf(ConcurrencyException.class).hasMessageNotContaining(NIP);
        assertThat(AxonServerFailures.isConflict(failure)).isTrue();
    }

    @Test
    void anAppendRefusedWithAxonServersCodeOnThisNodeIsAConcurrentChange() {
        Metadata trailers = new Metadata();
        trailers.put(Metadata.Key.of("AxonIQ-ErrorCode", Metadata.ASCII_STRING_MARSHALLER), "AXONIQ-2000");
        RuntimeException failure = new StatusRuntimeException(
                Status.OUT_OF_RANGE.withDescription("Invalid sequence number 3 for aggregate " + NIP + ", expected 4"),
                trailers);

        assertThat(AxonServerFailures.translate(failure, () -> NIP)).isInstanceOf(ConcurrencyException.class);
        assertThat(AxonServerFailures.isConflict(failure)).isTrue();
    }

    @Test
    void aCreationRefusedBecauseTheStreamHasBegunIsTheJdbcStoresStreamCreationRefusalAndIsNotRetried() {
        RuntimeException failure = remoteFailure(ErrorCode.COMMAND_EXECUTION_ERROR,
                "OUT_OF_RANGE: Invalid sequence number 0 for aggregate " + NIP + ", expected 1");

        assertThat(AxonServerFailures.translate(failure, () -> NIP))
                .isInstanceOf(AggregateStreamCreationException.class).hasMessageNotContaining(NIP);
        assertThat(AxonServerFailures.isConflict(failure)).isFalse();
    }

    @Test
    void aRecordNotInTheStoreIsNotFoundAndNamesTheCommandsTarget() {
        RuntimeException failure = remoteFailure(ErrorCode.COMMAND_EXECUTION_NON_TRANSIENT_ERROR,
                "The aggregate was not found in the event store");

        RuntimeException translated = AxonServerFailures.translate(failure, () -> NIP);

        assertThat(translated).isInstanceOf(AggregateNotFoundException.class);
        assertThat(((AggregateNotFoundException) translated).getAggregateIdentifier()).isEqualTo(NIP);
    }

    @Test
    void aCommandThatCannotReachAxonServerIsAnOutageToRetryLater() {
        RuntimeException failure = new AxonServerCommandDispatchException(ErrorCode.COMMAND_DISPATCH_ERROR.errorCode(),
                "Exception while dispatching a command to AxonServer",
                Status.UNAVAILABLE.withDescription("io exception").asRuntimeException());

        RuntimeException translated = AxonServerFailures.translate(failure, () -> NIP);

        assertThat(translated).isInstanceOf(TemporarilyUnavailableException.class);
        assertThat(((TemporarilyUnavailableException) translated).retryAfter()).isPositive();
        assertThat(((TemporarilyUnavailableException) translated).code()).isEqualTo("STORE_UNAVAILABLE");
        assertThat(translated.getCause()).isNull();
        assertThat(AxonServerFailures.isConflict(failure)).isFalse();
    }

    @Test
    void noHandlerWhileTheCommandSidesSubscribeAgainAfterARestartIsAnOutage() {
        RuntimeException failure = (RuntimeException) ErrorCode.NO_HANDLER_FOR_COMMAND.convert(ErrorMessage.newBuilder()
                .setErrorCode(ErrorCode.NO_HANDLER_FOR_COMMAND.errorCode())
                .setMessage("No Handler for command: id.jejak.command.civilservant.AssignTraining").build());

        assertThat(AxonServerFailures.translate(failure, () -> NIP))
                .isInstanceOf(TemporarilyUnavailableException.class);
    }

    @Test
    void aHandlerThatLostAxonServerWhileAppendingIsAnOutage() {
        RuntimeException failure = remoteFailure(ErrorCode.COMMAND_EXECUTION_ERROR,
                "UNAVAILABLE: Connection closed after GOAWAY");

        assertThat(AxonServerFailures.translate(failure, () -> NIP))
                .isInstanceOf(TemporarilyUnavailableException.class);
    }

    @Test
    void aRulesRefusalFromAnotherNodePassesAsItCame() {
        RuntimeException failure = remoteFailure(ErrorCode.COMMAND_EXECUTION_ERROR,
                "the training is not on the record");

        assertThat(AxonServerFailures.translate(failure, () -> NIP)).isSameAs(failure);
        assertThat(AxonServerFailures.isConflict(failure)).isFalse();
    }

    @Test
    void theJdbcStoresOwnFailuresPassAsTheyCame() {
        RuntimeException conflict = new ConcurrencyException("An event for aggregate [x] at sequence [3] was already "
                + "inserted");
        RuntimeException unexpected = new IllegalStateException("UNAVAILABLE: not from Axon Server");

        assertThat(AxonServerFailures.translate(conflict, () -> NIP)).isSameAs(conflict);
        assertThat(AxonServerFailures.translate(unexpected, () -> NIP)).isSameAs(unexpected);
        assertThat(AxonServerFailures.isConflict(conflict)).isTrue();
    }

    @Test
    void theGatewaySendsAgainACommandThatLostTheRaceInAxonServerButNotOneThatWasRefused() {
        var scheduler = new ConcurrencyRetryScheduler(executor, 5);
        var command = GenericCommandMessage.asCommandMessage("command");
        List<Class<? extends Throwable>[]> oneFailure = List.of(new Class[][]{{CommandExecutionException.class}});

        boolean raceRetried = scheduler.scheduleRetry(command, remoteFailure(ErrorCode.COMMAND_EXECUTION_ERROR,
                "OUT_OF_RANGE: Invalid sequence number 7 for aggregate " + NIP + ", expected 8"), oneFailure, () -> { });
        boolean refusalRetried = scheduler.scheduleRetry(command, remoteFailure(ErrorCode.COMMAND_EXECUTION_ERROR,
                "the training is not on the record"), oneFailure, () -> { });

        assertThat(raceRetried).isTrue();
        assertThat(refusalRetried).isFalse();
    }

    /** What the dispatching node's connector makes of a handler's failure sent back through Axon Server. */
    private static RuntimeException remoteFailure(ErrorCode code, String message) {
        return (RuntimeException) code.convert(ErrorMessage.newBuilder()
                .setErrorCode(code.errorCode()).setLocation("command-side-2").setMessage(message)
                .addDetails(message).build(), () -> null);
    }
}
