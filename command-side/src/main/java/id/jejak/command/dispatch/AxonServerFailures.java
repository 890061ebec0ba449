package id.jejak.command.dispatch;

import id.jejak.platform.outage.OutageLog;
import id.jejak.platform.outage.Outages;
import id.jejak.platform.web.TemporarilyUnavailableException;
import io.axoniq.axonserver.connector.AxonServerException;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import org.axonframework.axonserver.connector.ErrorCode;
import org.axonframework.axonserver.connector.command.AxonServerCommandDispatchException;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.messaging.RemoteHandlingException;
import org.axonframework.messaging.RemoteNonTransientHandlingException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads a failure that came back through Axon Server in the JDBC store's terms, so that both stores give the same
 * answers: a lost race is a {@link ConcurrencyException} (retried, then 409), a record begun twice an
 * {@link AggregateStreamCreationException}, an unknown record an {@link AggregateNotFoundException} (404), and Axon
 * Server out of reach a 503 with {@code Retry-After}. Axon Server reports these as error codes ({@code AXONIQ-2000}
 * and so on) on its own exception types or on a gRPC status; a handler on another node sends its failure back as
 * text only (the messages of its exception's causes), so the text is read too.
 */
final class AxonServerFailures {

    enum Meaning {
        /** Another decision appended to the record first; sent again, the command meets the record as it now is. */
        CONFLICT,
        /** The record's stream already exists: a creating command for a record someone else began. */
        STREAM_TAKEN,
        NOT_FOUND,
        /** Nothing was recorded because the store could not be reached; the same request later may succeed. */
        UNREACHABLE,
        /** Not Axon Server's, or nothing it names: passed on as it is. */
        OTHER
    }

    private static final Metadata.Key<String> ERROR_CODE =
            Metadata.Key.of("AxonIQ-ErrorCode", Metadata.ASCII_STRING_MARSHALLER);

    private static final Set<String> CONFLICT_CODES = Set.of(
            ErrorCode.INVALID_EVENT_SEQUENCE.errorCode(), ErrorCode.CONCURRENCY_EXCEPTION.errorCode());

    /**
     * The command never reached a handler, or the store could not take its events: a connection that failed, no
     * event store leader, and no handler — which is what Axon Server answers in the seconds after it restarted,
     * before the command sides have subscribed again.
     */
    private static final Set<String> UNREACHABLE_CODES = Set.of(
            ErrorCode.CONNECTION_FAILED.errorCode(), ErrorCode.NO_EVENT_STORE_MASTER_AVAILABLE.errorCode(),
            ErrorCode.COMMAND_DISPATCH_ERROR.errorCode(), ErrorCode.NO_HANDLER_FOR_COMMAND.errorCode());

    private static final Set<Status.Code> UNREACHABLE_STATUSES = Set.of(
            Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED);

    /** Axon Server's message for an append whose sequence number is not the next one of the stream. */
    private static final Pattern WRONG_SEQUENCE = Pattern.compile("Invalid sequence number (\\d+) for aggregate");

    /** Axon's message for a stream with no events, the only text a remote handler's not-found leaves. */
    private static final String NOT_IN_STORE = "The aggregate was not found in the event store";

    private static final OutageLog outageLog = new OutageLog();

    private AxonServerFailures() {
    }

    static Meaning meaning(Throwable failure) {
        Set<String> codes = new HashSet<>();
        Set<Status.Code> statuses = new HashSet<>();
        List<String> texts = new ArrayList<>();
        boolean fromAxonServer = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException
                    || cause instanceof AggregateNotFoundException) {
                // already in the JDBC store's terms (a handler on this node, or Axon's own conversion)
                return Meaning.OTHER;
            }
            if (cause instanceof NoHandlerForCommandException) {
                codes.add(ErrorCode.NO_HANDLER_FOR_COMMAND.errorCode());
            }
            if (cause instanceof org.axonframework.axonserver.connector.AxonServerException axon) {
                codes.add(axon.code());
                texts.addAll(axon.details());
                fromAxonServer = true;
            }
            if (cause instanceof AxonServerException connector) {
                codes.add(connector.getErrorCategory().errorCode());
                texts.addAll(connector.getDetails());
                fromAxonServer = true;
            }
            if (cause instanceof AxonServerCommandDispatchException dispatch) {
                codes.add(dispatch.getErrorCode());
                texts.addAll(dispatch.getExceptionDescriptions());
                fromAxonServer = true;
            }
            if (cause instanceof RemoteHandlingException remote) {
                texts.addAll(remote.getExceptionDescriptions());
                fromAxonServer = true;
            }
            if (cause instanceof RemoteNonTransientHandlingException remote) {
                texts.addAll(remote.getExceptionDescriptions());
                fromAxonServer = true;
            }
            Status status = cause instanceof StatusRuntimeException grpc ? grpc.getStatus()
                    : cause instanceof StatusException grpc ? grpc.getStatus() : null;
            Metadata trailers = cause instanceof StatusRuntimeException grpc ? grpc.getTrailers()
                    : cause instanceof StatusException grpc ? grpc.getTrailers() : null;
            if (status != null) {
                statuses.add(status.getCode());
                if (trailers != null && trailers.get(ERROR_CODE) != null) {
                    codes.add(trailers.get(ERROR_CODE));
                }
                fromAxonServer = true;
            }
            if (cause.getMessage() != null) {
                texts.add(cause.getMessage());
            }
        }
        if (!fromAxonServer && !codes.contains(ErrorCode.NO_HANDLER_FOR_COMMAND.errorCode())) {
            return Meaning.OTHER;
        }
        return meaning(codes, statuses, texts);
    }

    private static Meaning meaning(Set<String> codes, Set<Status.Code> statuses, List<String> texts) {
        boolean wrongSequence = texts.stream().anyMatch(text -> WRONG_SEQUENCE.matcher(text).find()
                || CONFLICT_CODES.stream().anyMatch(text::contains));
        if (wrongSequence || codes.stream().anyMatch(CONFLICT_CODES::contains)) {
            boolean streamTaken = texts.stream().map(WRONG_SEQUENCE::matcher)
                    .anyMatch(matcher -> matcher.find() && matcher.group(1).equals("0"));
            return streamTaken ? Meaning.STREAM_TAKEN : Meaning.CONFLICT;
        }
        if (texts.stream().anyMatch(NOT_IN_STORE::equals)) {
            return Meaning.NOT_FOUND;
        }
        boolean unreachable = codes.stream().anyMatch(UNREACHABLE_CODES::contains)
                || statuses.stream().anyMatch(UNREACHABLE_STATUSES::contains)
                || texts.stream().anyMatch(text -> UNREACHABLE_STATUSES.stream()
                .anyMatch(status -> text.startsWith(status.name() + ":")));
        return unreachable ? Meaning.UNREACHABLE : Meaning.OTHER;
    }

    /**
     * The failure as the JDBC store would have raised it, or the failure itself when Axon Server names nothing
     * known. Messages name no record: Axon Server's own quote the aggregate identifier, a NIP.
     *
     * @param target the identifier of the record the command was sent to, asked for only when it is unknown
     */
    static RuntimeException translate(RuntimeException failure, Supplier<String> target) {
        return switch (meaning(failure)) {
            case CONFLICT -> new ConcurrencyException(
                    "Axon Server refused the events: another decision appended to the record first", failure);
            case STREAM_TAKEN -> new AggregateStreamCreationException(
                    "Axon Server refused the events: the record's stream has already begun", failure);
            case NOT_FOUND -> new AggregateNotFoundException(target.get(), NOT_IN_STORE, failure);
            case UNREACHABLE -> unreachable(failure);
            case OTHER -> failure;
        };
    }

    private static TemporarilyUnavailableException unreachable(RuntimeException failure) {
        outageLog.unavailable(failure);
        // no cause: an advice that answers the cause (a CommandExecutionException) would otherwise answer this too
        return new TemporarilyUnavailableException("STORE_UNAVAILABLE",
                "the event store cannot be reached right now; send the request again in {retryAfter} seconds",
                Map.of("retryAfter", Outages.RETRY_AFTER.toSeconds()), Outages.RETRY_AFTER);
    }

    /** Whether sending the command again may succeed: it lost a race with another decision on the same record. */
    static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return meaning(failure) == Meaning.CONFLICT;
    }
}
