package id.jejak.query.profile;

import id.jejak.career.discipline.Sanction;
import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.ConfirmedAsPns;
import id.jejak.kernel.civilservant.Dismissed;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EducationRecorded;
import id.jejak.kernel.civilservant.IdentityCorrected;
import id.jejak.kernel.civilservant.PlacedInPosition;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.civilservant.Retired;
import id.jejak.kernel.correction.DecisionRevoked;
import id.jejak.kernel.discipline.SanctionImposed;
import id.jejak.kernel.discipline.SanctionRevoked;
import id.jejak.kernel.performance.EvaluationKind;
import id.jejak.kernel.performance.PerformanceEvaluated;
import id.jejak.kernel.performance.PerformanceEvaluationCorrected;
import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.programme.ProgrammeParticipationCompleted;
import id.jejak.kernel.promotion.PromotionGranted;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingCompleted;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A civil servant as they stood on a date ({@code asOf}, business time) according to what had been recorded by a
 * moment ({@code knownAt}, system time). It folds the person's recorded events, read back as the kernel's event
 * records: those recorded after {@code knownAt} are unknown; revocations and corrections known by then apply to
 * what they name; the rest apply in the order of their effective dates, up to {@code asOf}.
 */
final class ProfileAsOf {

    /**
     * One recorded event about the person, as the career-history table keeps it; {@code event} is null for a type
     * this version cannot read, which still tells when the record last changed.
     */
    record RecordedEvent(String eventId, CareerEvent event, LocalDate effectiveDate, Instant recordedAt,
                         long globalIndex) {
    }

    private ProfileAsOf() {
    }

    static CivilServantProfile fold(String nip, List<RecordedEvent> history, LocalDate asOf, Instant knownAt,
                                    int requiredLessonHours) {
        List<RecordedEvent> known = history.stream().filter(event -> !event.recordedAt().isAfter(knownAt)).toList();
        var amendments = new Amendments(new HashSet<>(), new HashSet<>(), new HashMap<>());
        for (RecordedEvent recorded : known) {
            if (recorded.event() instanceof DecisionRevoked revocation) {
                amendments.revoked().add(revocation.revokedEventId());
            } else if (recorded.event() instanceof SanctionRevoked revocation) {
                amendments.revokedSanctions().add(revocation.sanctionId());
            } else if (recorded.event() instanceof PerformanceEvaluationCorrected correction) {
                amendments.latestVersions().put(correction.evaluationId(),
                        new Version(recorded.eventId(), correction.predicate()));
            }
        }
        var state = new State();
        known.stream()
                .filter(event -> !amendments.revoked().contains(event.eventId()))
                .filter(event -> event.effectiveDate() == null || !event.effectiveDate().isAfter(asOf))
                .sorted(Comparator.comparing(RecordedEvent::effectiveDate,
                        Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(RecordedEvent::globalIndex))
                .forEach(event -> state.apply(event, asOf, amendments));
        if (state.fullName == null) {
            return null;
        }
        return new CivilServantProfile(nip, asOf, knownAt, state.fullName, state.employmentType, state.status,
                state.rank == null ? null : new CivilServantProfile.RankView(state.rank.code(), state.rank.title(),
                        state.rankSince),
                new CivilServantProfile.PositionView(state.positionKind, state.position, state.workUnit,
                        state.positionSince),
                state.education == null ? null : state.education.name(), List.copyOf(state.sanctions),
                state.annualPredicates.descendingMap().entrySet().stream().limit(2)
                        .map(entry -> new CivilServantProfile.PredicateView(entry.getKey(), entry.getValue()))
                        .toList(),
                new CivilServantProfile.LessonHoursView(asOf.getYear(), state.lessonHours, requiredLessonHours,
                        state.completedTrainings),
                state.lastRecordedAt);
    }

    /**
     * What the revocations and corrections known by then say of the other events.
     *
     * @param revoked           events revoked as decisions
     * @param revokedSanctions  sanction ids revoked on appeal
     * @param latestVersions    each corrected evaluation's last correction, by evaluation id
     */
    private record Amendments(Set<String> revoked, Set<UUID> revokedSanctions, Map<UUID, Version> latestVersions) {
    }

    /** An evaluation's predicate as the event that last recorded it says. */
    private record Version(String eventId, Predicate predicate) {
    }

    /** What the fold has learned so far. */
    private static final class State {
        String fullName;
        String employmentType;
        String status;
        Rank rank;
        LocalDate rankSince;
        String positionKind;
        String position;
        String workUnit;
        LocalDate positionSince;
        Education education;
        final List<CivilServantProfile.SanctionView> sanctions = new ArrayList<>();
        final TreeMap<Integer, String> annualPredicates = new TreeMap<>();
        int lessonHours;
        int completedTrainings;
        Instant lastRecordedAt;

        void apply(RecordedEvent recorded, LocalDate asOf, Amendments amendments) {
            lastRecordedAt = lastRecordedAt == null || recorded.recordedAt().isAfter(lastRecordedAt)
                    ? recorded.recordedAt() : lastRecordedAt;
            CareerEvent event = recorded.event();
            if (event instanceof CivilServantRegistered registered) {
                fullName = registered.fullName();
                employmentType = registered.employmentType().name();
                status = "ACTIVE";
                rank = registered.rank();
                rankSince = registered.rankSince();
                position = registered.position();
                workUnit = registered.workUnit();
                positionSince = recorded.effectiveDate();
                education = higher(education, registered.education());
            } else if (event instanceof ConfirmedAsPns) {
                employmentType = "PNS";
            } else if (event instanceof IdentityCorrected corrected) {
                fullName = corrected.fullName();
            } else if (event instanceof EducationRecorded educated) {
                education = higher(education, educated.education());
            } else if (event instanceof PlacedInPosition placed) {
                positionKind = placed.kind() == null ? null : placed.kind().name();
                position = placed.title();
                workUnit = placed.workUnit();
                positionSince = recorded.effectiveDate();
            } else if (event instanceof PromotionGranted granted) {
                rank = granted.toRank();
                rankSince = recorded.effectiveDate();
            } else if (event instanceof Retired) {
                status = "RETIRED";
            } else if (event instanceof Dismissed) {
                status = "DISMISSED";
            } else if (event instanceof SanctionImposed imposed) {
                var sanction = Sanction.imposed(imposed.sanctionId(), imposed.type(), recorded.effectiveDate(),
                        imposed.months(), imposed.endsOn());
                if (!amendments.revokedSanctions().contains(imposed.sanctionId()) && sanction.inForceOn(asOf)) {
                    sanctions.add(new CivilServantProfile.SanctionView(imposed.sanctionId().toString(),
                            imposed.type().name(), imposed.level() == null ? null : imposed.level().name(),
                            recorded.effectiveDate(), sanction.endsOn()));
                }
            } else if (event instanceof PerformanceEvaluated evaluated) {
                // the command side revokes an evaluation by naming its current version, then forgets all of it
                Version current = amendments.latestVersions().getOrDefault(evaluated.evaluationId(),
                        new Version(recorded.eventId(), evaluated.predicate()));
                if (evaluated.kind() == EvaluationKind.ANNUAL && !amendments.revoked().contains(current.eventId())) {
                    annualPredicates.put(evaluated.year(), current.predicate().name());
                }
            } else if (event instanceof TrainingCompleted completed) {
                addLessonHours(recorded, completed.earnedLessonHours(), asOf);
            } else if (event instanceof ProgrammeParticipationCompleted completed) {
                addLessonHours(recorded, completed.earnedLessonHours(), asOf);
            }
        }

        private void addLessonHours(RecordedEvent recorded, LessonHours earned, LocalDate asOf) {
            if (recorded.effectiveDate().getYear() == asOf.getYear() && earned != null) {
                lessonHours += earned.value();
                completedTrainings++;
            }
        }

        /**
         * The highest of two: the command side records no education below the one it has, but the fold meets them by
         * effective date, and a degree graduated before the registration comes before the registration's own.
         */
        private static Education higher(Education folded, Education recorded) {
            if (folded == null || recorded == null) {
                return folded == null ? recorded : folded;
            }
            return recorded.compareTo(folded) > 0 ? recorded : folded;
        }
    }
}
