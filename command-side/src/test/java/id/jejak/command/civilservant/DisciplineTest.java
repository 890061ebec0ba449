package id.jejak.command.civilservant;

import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.civilservant.Dismissed;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EducationRecorded;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.civilservant.RecordEducation;
import id.jejak.kernel.discipline.ImposeSanction;
import id.jejak.kernel.discipline.RevokeSanction;
import id.jejak.kernel.discipline.SanctionImposed;
import id.jejak.kernel.discipline.SanctionLevel;
import id.jejak.kernel.discipline.SanctionRevoked;
import id.jejak.kernel.discipline.SanctionType;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static id.jejak.command.civilservant.CareerFixtures.DECREE;
import static id.jejak.command.civilservant.CareerFixtures.EXAMINER;
import static id.jejak.command.civilservant.CareerFixtures.NIP;
import static id.jejak.command.civilservant.CareerFixtures.allowanceCut;
import static id.jejak.command.civilservant.CareerFixtures.id;
import static id.jejak.command.civilservant.CareerFixtures.registeredPns;
import static id.jejak.command.civilservant.CareerFixtures.retired;
import static id.jejak.command.civilservant.CareerFixtures.sanctionImposed;
import static id.jejak.command.civilservant.CareerFixtures.violationOf;

/**
 * Disciplinary sanctions (PP 94/2021): the durations each type may run, the examination team a heavy one needs,
 * when it ends, dismissal as a sanction, and revocation on appeal.
 */
class DisciplineTest {

    private static final UUID SANCTION = id("sanction");
    private static final LocalDate EFFECTIVE = LocalDate.of(2025, 1, 6);
    private static final List<Nip> TEAM = List.of(EXAMINER);

    private AggregateTestFixture<CivilServant> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CivilServant.class);
    }

    // --- durations ------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} for {1} months")
    @CsvSource({
            "ORAL_REPRIMAND,          0",
            "WRITTEN_REPRIMAND,       0",
            "WRITTEN_DISSATISFACTION, 0",
            "ALLOWANCE_CUT,           6",
            "ALLOWANCE_CUT,           9",
            "ALLOWANCE_CUT,           12",
            "DEMOTION,                12",
            "RELEASE_FROM_POSITION,   12"})
    void aSanctionForAnAllowedDurationIsImposedUntilItsEnd(SanctionType type, int months) {
        fixture.given(registered())
                .when(impose(SANCTION, type, months, EFFECTIVE, TEAM))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SanctionImposed(NIP, SANCTION, type, type.level(), months, EFFECTIVE,
                        EFFECTIVE.plusMonths(months), DECREE, TEAM));
    }

    @ParameterizedTest(name = "{0} for {1} months")
    @CsvSource({
            "ORAL_REPRIMAND,          1",
            "WRITTEN_REPRIMAND,       1",
            "WRITTEN_DISSATISFACTION, 1",
            "ALLOWANCE_CUT,           0",
            "ALLOWANCE_CUT,           3",
            "ALLOWANCE_CUT,           7",
            "ALLOWANCE_CUT,           18",
            "DEMOTION,                6",
            "DEMOTION,                0",
            "RELEASE_FROM_POSITION,   6",
            "DISMISSAL,               12"})
    void aSanctionForADurationItsTypeDoesNotAllowIsRefused(SanctionType type, int months) {
        fixture.given(registered())
                .when(impose(SANCTION, type, months, EFFECTIVE, TEAM))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("SANCTION_DURATION_NOT_ALLOWED"));
    }

    @Test
    void aSanctionEndsOnItsEffectiveDatePlusItsMonths() {
        fixture.given(registered())
                .when(impose(SANCTION, SanctionType.ALLOWANCE_CUT, 9, LocalDate.of(2025, 3, 17), null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SanctionImposed(NIP, SANCTION, SanctionType.ALLOWANCE_CUT, SanctionLevel.MEDIUM, 9,
                        LocalDate.of(2025, 3, 17), LocalDate.of(2025, 12, 17), DECREE, List.of()));
    }

    @Test
    void aSanctionFromTheLastDayOfAMonthEndsOnTheLastDayOfAShorterMonth() {
        fixture.given(registered())
                .when(impose(SANCTION, SanctionType.ALLOWANCE_CUT, 6, LocalDate.of(2025, 8, 31), null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SanctionImposed(NIP, SANCTION, SanctionType.ALLOWANCE_CUT, SanctionLevel.MEDIUM, 6,
                        LocalDate.of(2025, 8, 31), LocalDate.of(2026, 2, 28), DECREE, List.of()));
    }

    @Test
    void imposingTheSameSanctionTwiceIsRefused() {
        fixture.given(registered(), allowanceCut(SANCTION, 6, EFFECTIVE))
                .when(impose(SANCTION, SanctionType.ALLOWANCE_CUT, 6, EFFECTIVE, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("SANCTION_ALREADY_IMPOSED"));
    }

    // --- the examination team -------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = SanctionType.class, names = {"DEMOTION", "RELEASE_FROM_POSITION", "DISMISSAL"})
    void aHeavySanctionWithoutExaminationTeamIsRefused(SanctionType heavy) {
        fixture.given(registered())
                .when(impose(SANCTION, heavy, heavy == SanctionType.DISMISSAL ? 0 : 12, EFFECTIVE, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("EXAMINATION_TEAM_REQUIRED"));
    }

    @Test
    void aHeavySanctionWithAnEmptyExaminationTeamIsRefused() {
        fixture.given(registered())
                .when(impose(SANCTION, SanctionType.DEMOTION, 12, EFFECTIVE, List.of()))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("EXAMINATION_TEAM_REQUIRED"));
    }

    @Test
    void aHeavySanctionWithAnExaminationTeamOfOneIsAllowed() {
        fixture.given(registered())
                .when(impose(SANCTION, SanctionType.DEMOTION, 12, EFFECTIVE, List.of(EXAMINER)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SanctionImposed(NIP, SANCTION, SanctionType.DEMOTION, SanctionLevel.HEAVY, 12,
                        EFFECTIVE, EFFECTIVE.plusMonths(12), DECREE, List.of(EXAMINER)));
    }

    @ParameterizedTest
    @EnumSource(value = SanctionType.class, names = {"ORAL_REPRIMAND", "WRITTEN_REPRIMAND",
            "WRITTEN_DISSATISFACTION", "ALLOWANCE_CUT"})
    void aLightOrMediumSanctionWithoutExaminationTeamIsAllowed(SanctionType type) {
        int months = type == SanctionType.ALLOWANCE_CUT ? 6 : 0;

        fixture.given(registered())
                .when(impose(SANCTION, type, months, EFFECTIVE, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SanctionImposed(NIP, SANCTION, type, type.level(), months, EFFECTIVE,
                        EFFECTIVE.plusMonths(months), DECREE, List.of()));
    }

    @Test
    void theExaminedPersonOnTheirOwnExaminationTeamIsRefused() {
        fixture.given(registered())
                .when(impose(SANCTION, SanctionType.DEMOTION, 12, EFFECTIVE, List.of(EXAMINER, NIP)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("EXAMINER_IS_EXAMINED"));
    }

    @Test
    void theExaminedPersonOnTheTeamOfALightSanctionIsRefusedToo() {
        fixture.given(registered())
                .when(impose(SANCTION, SanctionType.WRITTEN_REPRIMAND, 0, EFFECTIVE, List.of(NIP)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("EXAMINER_IS_EXAMINED"));
    }

    // --- dismissal as a sanction ----------------------------------------------------------------------------------

    @Test
    void aDismissalSanctionEmitsSanctionImposedAndDismissed() {
        fixture.given(registered())
                .when(impose(SANCTION, SanctionType.DISMISSAL, 0, EFFECTIVE, TEAM))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SanctionImposed(NIP, SANCTION, SanctionType.DISMISSAL, SanctionLevel.HEAVY, 0,
                                EFFECTIVE, EFFECTIVE, DECREE, TEAM),
                        new Dismissed(NIP, EFFECTIVE, DECREE, true));
    }

    @Test
    void afterADismissalSanctionNoFurtherSanctionMayBeImposed() {
        fixture.given(registered(), sanctionImposed(SANCTION, SanctionType.DISMISSAL, 0, EFFECTIVE, TEAM),
                        new Dismissed(NIP, EFFECTIVE, DECREE, true))
                .when(impose(id("another"), SanctionType.ALLOWANCE_CUT, 6, EFFECTIVE.plusDays(1), null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("CIVIL_SERVANT_NOT_ACTIVE"));
    }

    @Test
    void revokingADismissalSanctionOnAppealReinstatesTheCivilServant() {
        fixture.given(registered(), sanctionImposed(SANCTION, SanctionType.DISMISSAL, 0, EFFECTIVE, TEAM),
                        new Dismissed(NIP, EFFECTIVE, DECREE, true),
                        new SanctionRevoked(NIP, SANCTION, LocalDate.of(2025, 6, 2), "BKN", DECREE))
                .when(new RecordEducation(NIP, Education.MASTER, "Institut Teknologi Bandung",
                        LocalDate.of(2025, 8, 30)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new EducationRecorded(NIP, Education.MASTER, "Institut Teknologi Bandung",
                        LocalDate.of(2025, 8, 30)));
    }

    // --- revocation on appeal -------------------------------------------------------------------------------------

    @Test
    void revokingASanctionOnAppealEmitsSanctionRevoked() {
        fixture.given(registered(), allowanceCut(SANCTION, 6, EFFECTIVE))
                .when(new RevokeSanction(NIP, SANCTION, LocalDate.of(2025, 3, 3), "Badan Pertimbangan ASN", DECREE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SanctionRevoked(NIP, SANCTION, LocalDate.of(2025, 3, 3), "Badan Pertimbangan ASN",
                        DECREE));
    }

    @Test
    void revokingAnUnknownSanctionIsRefused() {
        fixture.given(registered(), allowanceCut(SANCTION, 6, EFFECTIVE))
                .when(new RevokeSanction(NIP, id("unknown"), LocalDate.of(2025, 3, 3), "Badan Pertimbangan ASN",
                        DECREE))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("SANCTION_NOT_FOUND"));
    }

    @Test
    void revokingASanctionASecondTimeIsRefused() {
        fixture.given(registered(), allowanceCut(SANCTION, 6, EFFECTIVE),
                        new SanctionRevoked(NIP, SANCTION, LocalDate.of(2025, 3, 3), "Badan Pertimbangan ASN", DECREE))
                .when(new RevokeSanction(NIP, SANCTION, LocalDate.of(2025, 4, 1), "Badan Pertimbangan ASN", DECREE))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("SANCTION_ALREADY_REVOKED"));
    }

    @Test
    void revokingASanctionOnAppealIsAllowedAfterRetirement() {
        fixture.given(registered(), allowanceCut(SANCTION, 6, EFFECTIVE), retired(LocalDate.of(2025, 2, 1)))
                .when(new RevokeSanction(NIP, SANCTION, LocalDate.of(2025, 3, 3), "Badan Pertimbangan ASN", DECREE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SanctionRevoked(NIP, SANCTION, LocalDate.of(2025, 3, 3), "Badan Pertimbangan ASN",
                        DECREE));
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private static Object registered() {
        return registeredPns(Rank.III_A, LocalDate.of(2021, 4, 1), Education.BACHELOR);
    }

    private static ImposeSanction impose(UUID sanctionId, SanctionType type, int months, LocalDate effectiveDate,
                                         List<Nip> examinationTeam) {
        return new ImposeSanction(NIP, sanctionId, type, months, effectiveDate, DECREE, examinationTeam);
    }
}
