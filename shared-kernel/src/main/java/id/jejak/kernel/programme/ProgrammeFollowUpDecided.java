package id.jejak.kernel.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The follow-up of a programme was decided, with the evaluation it rested on: how many participants rated the
 * programme and their average rating (1 to 5, two decimals) when it was decided.
 */
public record ProgrammeFollowUpDecided(
        UUID programmeId,
        FollowUpDecision decision,
        String curriculumChanges,
        String grounds,
        LocalDate decidedOn,
        int evaluations,
        BigDecimal averageRating,
        String decidedBy) {
}
