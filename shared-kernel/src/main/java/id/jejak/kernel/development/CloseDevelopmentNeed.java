package id.jejak.kernel.development;

import id.jejak.kernel.civilservant.Nip;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Close a need by the development that met it: a training or programme the named person completed. */
public record CloseDevelopmentNeed(
        @TargetAggregateIdentifier UUID needId,
        Nip nip,
        DevelopmentKind kind,
        UUID developmentId) {
}
