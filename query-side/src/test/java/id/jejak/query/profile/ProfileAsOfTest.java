package id.jejak.query.profile;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.Decree;
import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EducationRecorded;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.PlacedInPosition;
import id.jejak.kernel.civilservant.PositionKind;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.correction.DecisionRevoked;
import id.jejak.kernel.discipline.SanctionImposed;
import id.jejak.kernel.discipline.SanctionLevel;
import id.jejak.kernel.discipline.SanctionRevoked;
import id.jejak.kernel.discipline.SanctionType;
import id.jejak.kernel.performance.EvaluationKind;
import id.jejak.kernel.performance.PerformanceEvaluated;
import id.jejak.kernel.performance.PerformanceEvaluationCorrected;
import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.performance.Rating;
import id.jejak.kernel.promotion.PromotionGranted;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingCompleted;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The two clocks of a profile: {@code asOf} picks the business date, {@code knownAt} what had been recorded by then.
 * A decision recorded late with an earlier effective date changes the answer for that date, but not for a
 * {@code knownAt} before it was recorded; a revocation or correction works the same way.
 */
class ProfileAsOfTest {

    private static final Nip NIP = Nip.of("198203172006041001");
    private static final Instant T0 = Instant.parse("2020-01-10T02:00:00Z");

    private final List<ProfileAsOf.RecordedEvent> recorded = new ArrayList<>();

    @Test
    void aBackdatedPromotionChangesThePastOnlyFromTheMomentItWasRecorded() {
        record("registered", registered(), T0);
        Instant promotionRecorded = Instant.parse("2024-09-01T03:00:00Z");
        record("promotion", promotion(LocalDate.of(2024, 4, 1)), promotionRecorded);

        assertThat(rankOn(LocalDate.of(2024, 6, 1), Instant.parse("2025-01-01T00:00:00Z"))).isEqualTo("III/c");
        assertThat(rankOn(LocalDate.of(2024, 6, 1), promotionRecorded.minusSeconds(1))).isEqualTo("III/b");
        assertThat(rankOn(LocalDate.of(2024, 3, 31), Instant.parse("2025-01-01T00:00:00Z"))).isEqualTo("III/b");
        assertThat(profile(LocalDate.of(2024, 6, 1), promotionRecorded).rank().since())
                .isEqualTo(LocalDate.of(2024, 4, 1));
    }

    @Test
    void aRevokedPromotionCountsUntilTheRevocationWasRecorded() {
        record("registered", registered(), T0);
        record("promotion", promotion(LocalDate.of(2024, 4, 1)), Instant.parse("2024-03-20T03:00:00Z"));
        Instant revocationRecorded = Instant.parse("2024-11-05T03:00:00Z");
        record("revocation", new DecisionRevoked(NIP, "promotion", "PromotionGranted", LocalDate.of(2024, 11, 1),
                "BKN", new Decree("BKN-88/2024", LocalDate.of(2024, 11, 1))), revocationRecorded);

        assertThat(rankOn(LocalDate.of(2024, 6, 1), revocationRecorded.minusSeconds(1))).isEqualTo("III/c");
        assertThat(rankOn(LocalDate.of(2024, 6, 1), revocationRecorded)).isEqualTo("III/b");
    }

    @Test
    void aPlacementTakesEffectOnItsDateNotWhenItWasRecorded() {
        record("registered", registered(), T0);
        record("placement", new PlacedInPosition(NIP, PositionKind.SUPERVISOR, "Kepala Seksi Perencanaan",
                "Bappeda", LocalDate.of(2025, 1, 2), new Decree("821/2024", LocalDate.of(2024, 12, 20)),
                "Analis Perencanaan", "Bappeda"), Instant.parse("2024-12-21T03:00:00Z"));
        Instant now = Instant.parse("2025-06-01T00:00:00Z");

        assertThat(profile(LocalDate.of(2025, 1, 1), now).position().title()).isEqualTo("Analis Perencanaan");
        assertThat(profile(LocalDate.of(2025, 1, 2), now).position().title()).isEqualTo("Kepala Seksi Perencanaan");
        assertThat(profile(LocalDate.of(2025, 1, 2), now).position().kind()).isEqualTo("SUPERVISOR");
    }

    @Test
    void aSanctionIsActiveFromItsDateUntilTheDayBeforeItEndsUnlessRevoked() {
        record("registered", registered(), T0);
        UUID sanction = UUID.randomUUID();
        record("sanction", new SanctionImposed(NIP, sanction, SanctionType.ALLOWANCE_CUT, SanctionLevel.MEDIUM, 6,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 1), new Decree("862/2024", LocalDate.of(2024, 12, 1)),
                List.of()), Instant.parse("2024-12-02T03:00:00Z"));
        Instant now = Instant.parse("2025-12-01T00:00:00Z");

        assertThat(profile(LocalDate.of(2024, 12, 31), now).activeSanctions()).isEmpty();
        assertThat(profile(LocalDate.of(2025, 6, 30), now).activeSanctions()).extracting("type")
                .containsExactly("ALLOWANCE_CUT");
        assertThat(profile(LocalDate.of(2025, 7, 1), now).activeSanctions()).isEmpty();

        record("appeal", new SanctionRevoked(NIP, sanction, LocalDate.of(2025, 3, 1), "BPASN",
                new Decree("BPASN-3/2025", LocalDate.of(2025, 3, 1))), Instant.parse("2025-03-02T03:00:00Z"));
        assertThat(profile(LocalDate.of(2025, 2, 1), now).activeSanctions()).isEmpty();
        assertThat(profile(LocalDate.of(2025, 2, 1), Instant.parse("2025-03-01T00:00:00Z")).activeSanctions())
                .hasSize(1);
    }

    @Test
    void theLastTwoAnnualPredicatesFollowCorrectionsOnceRecorded() {
        Instant corrected = Instant.parse("2025-02-10T00:00:00Z");
        recordTwoYears2024CorrectedAt(corrected);
        LocalDate asOf = LocalDate.of(2025, 3, 1);

        assertThat(profile(asOf, corrected.minusSeconds(1)).annualPredicates()).extracting("predicate")
                .containsExactly("BUTUH_PERBAIKAN", "SANGAT_BAIK");
        assertThat(profile(asOf, corrected).annualPredicates()).extracting("year", "predicate")
                .containsExactly(tuple(2024, "BAIK"), tuple(2023, "SANGAT_BAIK"));
    }

    /** The command side revokes a corrected evaluation by naming its correction, the version it knows. */
    @Test
    void aCorrectedEvaluationRevokedByItsCorrectionCountsUntilTheRevocationWasRecorded() {
        recordTwoYears2024CorrectedAt(Instant.parse("2025-02-10T00:00:00Z"));
        Instant revoked = Instant.parse("2025-04-01T00:00:00Z");
        record("r2024", new DecisionRevoked(NIP, "c2024", "PerformanceEvaluationCorrected", LocalDate.of(2025, 3, 28),
                "BKN", new Decree("BKN-12/2025", LocalDate.of(2025, 3, 28))), revoked);
        LocalDate asOf = LocalDate.of(2025, 6, 1);

        assertThat(profile(asOf, revoked.minusSeconds(1)).annualPredicates()).extracting("year", "predicate")
                .containsExactly(tuple(2024, "BAIK"), tuple(2023, "SANGAT_BAIK"));
        assertThat(profile(asOf, revoked).annualPredicates()).extracting("year", "predicate")
                .containsExactly(tuple(2023, "SANGAT_BAIK"));
    }

    @Test
    void lessonHoursCountTheYearOfTheDateUpToThatDate() {
        record("registered", registered(), T0);
        record("t1", new TrainingCompleted(NIP, UUID.randomUUID(), LessonHours.of(12), LocalDate.of(2025, 3, 1),
                null), Instant.parse("2025-03-02T00:00:00Z"));
        record("t2", new TrainingCompleted(NIP, UUID.randomUUID(), LessonHours.of(9), LocalDate.of(2025, 9, 1),
                null), Instant.parse("2025-09-02T00:00:00Z"));
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        assertThat(profile(LocalDate.of(2025, 6, 30), now).lessonHours().earned()).isEqualTo(12);
        assertThat(profile(LocalDate.of(2025, 12, 31), now).lessonHours().earned()).isEqualTo(21);
        assertThat(profile(LocalDate.of(2026, 1, 1), now).lessonHours().earned()).isZero();
    }

    @Test
    void anEducationGraduatedBeforeTheRegistrationIsNotUndoneByIt() {
        record("registered", new CivilServantRegistered(NIP, "Rina Marpaung", EmploymentType.PNS, Rank.III_B,
                LocalDate.of(2019, 4, 1), null, "Bappeda", "Analis Perencanaan", LocalDate.of(2019, 4, 1)), T0);
        record("bachelor", new EducationRecorded(NIP, Education.BACHELOR, "Universitas Sumatera Utara",
                LocalDate.of(2004, 8, 20)), T0.plusSeconds(60));
        record("master", new EducationRecorded(NIP, Education.MASTER, "Universitas Gadjah Mada",
                LocalDate.of(2021, 2, 10)), T0.plusSeconds(120));

        assertThat(profile(LocalDate.of(2020, 1, 1), T0.plusSeconds(120)).education()).isEqualTo("BACHELOR");
        assertThat(profile(LocalDate.of(2025, 1, 1), T0.plusSeconds(120)).education()).isEqualTo("MASTER");
        assertThat(profile(LocalDate.of(2025, 1, 1), T0).education()).isNull();
    }

    @Test
    void anEventOfATypeThisVersionCannotReadStillDatesTheRecordButChangesNothingElse() {
        record("registered", registered(), T0);
        Instant later = Instant.parse("2025-05-05T00:00:00Z");
        recorded.add(new ProfileAsOf.RecordedEvent("unknown", null, LocalDate.of(2025, 5, 1), later, 2));

        CivilServantProfile profile = profile(LocalDate.of(2025, 6, 1), later);
        assertThat(profile.lastRecordedAt()).isEqualTo(later);
        assertThat(profile.rank().code()).isEqualTo("III/b");
    }

    @Test
    void nobodyIsKnownBeforeTheirRegistrationWasRecorded() {
        record("registered", registered(), T0);

        assertThat(ProfileAsOf.fold(NIP.value(), recorded, LocalDate.of(2025, 1, 1), T0.minusSeconds(1), 20))
                .isNull();
    }

    /**
     * Registered; 2023 evaluated Sangat Baik; 2024 Butuh Perbaikan ({@code e2024}), corrected to Baik at
     * {@code correctedAt} ({@code c2024}).
     */
    private void recordTwoYears2024CorrectedAt(Instant correctedAt) {
        record("registered", registered(), T0);
        UUID evaluation2024 = UUID.randomUUID();
        record("e2023", annual(UUID.randomUUID(), 2023, Predicate.SANGAT_BAIK), Instant.parse("2024-01-10T00:00:00Z"));
        record("e2024", annual(evaluation2024, 2024, Predicate.BUTUH_PERBAIKAN),
                Instant.parse("2025-01-10T00:00:00Z"));
        record("c2024", new PerformanceEvaluationCorrected(NIP, evaluation2024, "e2024", EvaluationKind.ANNUAL, 2024,
                LocalDate.of(2024, 12, 31), Rating.AS_EXPECTED, Rating.AS_EXPECTED, Predicate.BAIK, "matrix-v1",
                "Atasan pejabat penilai"), correctedAt);
    }

    private String rankOn(LocalDate asOf, Instant knownAt) {
        return profile(asOf, knownAt).rank().code();
    }

    private CivilServantProfile profile(LocalDate asOf, Instant knownAt) {
        return ProfileAsOf.fold(NIP.value(), recorded, asOf, knownAt, 20);
    }

    private void record(String eventId, CareerEvent event, Instant recordedAt) {
        recorded.add(new ProfileAsOf.RecordedEvent(eventId, event, event.effectiveDate(), recordedAt,
                recorded.size() + 1));
    }

    private static CivilServantRegistered registered() {
        return new CivilServantRegistered(NIP, "Rina Marpaung", EmploymentType.PNS, Rank.III_B,
                LocalDate.of(2019, 4, 1), Education.BACHELOR, "Bappeda", "Analis Perencanaan",
                LocalDate.of(2019, 4, 1));
    }

    private static PromotionGranted promotion(LocalDate effectiveDate) {
        return new PromotionGranted(NIP, UUID.randomUUID(), Rank.III_B, Rank.III_C, effectiveDate,
                new Decree("823/KP/2024", effectiveDate.minusDays(10)), "hr.ani", "ppk.budi", null);
    }

    private static PerformanceEvaluated annual(UUID evaluationId, int year, Predicate predicate) {
        return new PerformanceEvaluated(NIP, evaluationId, EvaluationKind.ANNUAL, year, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), Nip.of("197501012000031001"), Rating.AS_EXPECTED, Rating.AS_EXPECTED,
                predicate, "matrix-v1");
    }
}
