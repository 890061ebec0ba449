package id.jejak.command.development;

import id.jejak.command.rules.Refusal;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.development.DevelopmentKind;

import java.util.Map;
import java.util.UUID;

/** The one rule a need's closure and a plan item's realisation share: only a completed development counts. */
final class DevelopmentCompletion {

    private DevelopmentCompletion() {
    }

    /** Refuses a training not completed on the person's record, or a programme they did not attend. */
    static void require(PersonRecords persons, ProgrammeRecords programmes, Nip nip, DevelopmentKind kind,
                        UUID developmentId) {
        boolean completed = kind == DevelopmentKind.TRAINING
                ? persons.trainingCompleted(nip, developmentId)
                : programmes.attended(developmentId, nip);
        if (!completed) {
            throw new RuleViolation(Refusal.REFUSED, "DEVELOPMENT_NOT_COMPLETED",
                    "only a development the person completed meets a need",
                    Map.of("nip", nip, "kind", kind, "developmentId", developmentId));
        }
    }
}
