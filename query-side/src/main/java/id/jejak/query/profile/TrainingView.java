package id.jejak.query.profile;

import java.time.Instant;
import java.time.LocalDate;

/** One training as it stands now: planned, and completed once its completion is recorded. */
public record TrainingView(String trainingId, String title, String kind, String organiser, int plannedLessonHours,
                           LocalDate startDate, LocalDate completedOn, Integer earnedLessonHours,
                           String certificateNumber, Instant updatedAt) {
}
