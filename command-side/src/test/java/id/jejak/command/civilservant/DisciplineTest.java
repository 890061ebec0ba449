package id.jejak.command.civilservant;

import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.civilservant.Dismissed;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EducationRecorded;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.civilservant.RecordEducation;
import id.jejak.kernel.discipline.HeavySanctionProposed;
import id.jejak.kernel.discipline.HeavySanctionRejected;
import id.jejak.kernel.discipline.ImposeSanction;
import id.jejak.kernel.discipline.ProposeHeavySanction;
import id.jejak.kernel.discipline.RejectHeavySanction;
import id.jejak.kernel.discipline.RevokeSanction;
import id.jejak.kernel.discipline.SanctionImposed;
import id.jejak.kernel.discipline.SanctionLevel;
import id.jejak.kernel.discipline.SanctionRevoked;
import id.jejak.kernel.discipline.SanctionType;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static id.jejak.command.civilservant.CareerFixtures.APPROVER;
import static id.jejak.command.civilservant.CareerFixtures.DECREE;
import static id.jejak.command.civilservant.CareerFixtures.EXAMINER;
import static id.jejak.command.civilservant.CareerFixtures.NIP;
import static id.jejak.command.civilservant.CareerFixtures.PROPOSER;
import static id.jejak.command.civilservant.CareerFixtures.actedBy;
import static id.jejak.command.civilservant.CareerFixtures.allowanceCut;
import static id.jejak.command.civilservant.CareerFixtures.id;
import static id.jejak.command.civilservant.CareerFixtures.registeredPns;
import static id.jejak.command.civilservant.CareerFixtures.retired;
import static id.jejak.command.civilservant.CareerFixtures.sanctionImposed;
import static id.jejak.command.civilservant.CareerFixtures.violationOf;

/**
 * Disciplinary sanctions (PP 94/2021): the durations each type may run, the examination team a heavy one needs,
 * four eyes on a heavy one (proposed by one official, imposed or rejected by another), when it ends, dismissal as a
 * sanction, and revocation on appeal.
 */
class DisciplineTest {

    private static final UUID SANCTION = id("sanction");
    private static final UUID PROPOSAL = id("sanction-proposal");
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
            "ALLOWANCE_CUT,           12"})
    void aLightOrMediumSanctionForAnAllowedDurationIsImposedDirectlyUntilItsEnd(SanctionType type, int months) {
        fixture.given(registered())
                .when(impose(SANCTION, type, months, EFFECTIVE, TEAM))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SanctionImposed(NIP, SANCTION, type, type.level(), months, EFFECTIVE,
                        EFFECTIVE.plusMonths(months), DECREE, TEAM));
    }

    @ParameterizedTest(name = "{0} for {1} months")
    @CsvSource({
            "DEMOTION,                12",
            "RELEASE_FROM_POSITION,   12"})
    void aHeavySanctionForAnAllowedDurationIsImposedByAnotherOfficialAsProposed(SanctionType type, int months) {
        fixture.given(registered(), heavyProposed(type, months, TEAM))
                .when(imposeProposed(type, months, null), actedBy(APPROVER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SanctionImposed(NIP, SANCTION, type, type.level(), months, EFFECTIVE,
                        EFFECTIVE.plusMonths(months), DECREE, TEAM, PROPOSAL, PROPOSER, APPROVER));
    }

    @ParameterizedTest(name = "{0} for {1} months")
    @CsvSource({
            "ORAL_REPRIMAND,          1",
            "WRITTEN_REPRIMAND,       1",
            "WRITTEN_DISSATISFACTION, 1",
            "ALLOWANCE_CUT,           0",
            "ALLOWANCE_CUT,           3",
            "ALLOWANCE_CUT,           7",
            "ALLOWANCE_CUT,           18"})
    void aSanctionForADurationItsTypeDoesNotAllowIsRefused(SanctionType type, int months) {
        fixture.given(registered())
                .when(impose(SANCTION, type, months, EFFECTIVE, TEAM))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("SANCTION_DURATION_NOT_ALLOWED"));
    }

    @ParameterizedTest(name = "{0} for {1} months")
    @CsvSource({
            "DEMOTION,                6",
            "DEMOTION,                0",
            "RELEASE_FROM_POSITION,   6",
            "DISMISSAL,               12"})
    void aHeavySanctionProposedForADurationItsTypeDoesNotAllowIsRefused(SanctionType type, int months) {
        fixture.given(registered())
                .when(propose(type, months, TEAM), actedBy(PROPOSER))
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
    void aHeavySanctionProposedWithoutExaminationTeamIsRefused(SanctionType heavy) {
        fixture.given(registered())
                .when(propose(heavy, heavy == SanctionType.DISMISSAL ? 0 : 12, null), actedBy(PROPOSER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("EXAMINATION_TEAM_REQUIRED"));
    }

    @Test
    void aHeavySanctionProposedWithAnEmptyExaminationTeamIsRefused() {
        fixture.given(registered())
                .when(propose(SanctionType.DEMOTION, 12, List.of()), actedBy(PROPOSER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("EXAMINATION_TEAM_REQUIRED"));
    }

    @Test
    void aHeavySanctionWithAnExaminationTeamOfOneIsProposed() {
        fixture.given(registered())
                .when(propose(SanctionType.DEMOTION, 12, List.of(EXAMINER)), actedBy(PROPOSER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new HeavySanctionProposed(NIP, PROPOSAL, SanctionType.DEMOTION, 12, EFFECTIVE,
                        List.of(EXAMINER), PROPOSER));
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
                .when(propose(SanctionType.DEMOTION, 12, List.of(EXAMINER, NIP)), actedBy(PROPOSER))
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

    // --- four eyes on a heavy sanction ----------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = SanctionType.class, names = {"DEMOTION", "RELEASE_FROM_POSITION", "DISMISSAL"})
    void aHeavySanctionImposedWithoutAProposalIsRefused(SanctionType heavy) {
        fixture.given(registered())
                .when(impose(SANCTION, heavy, heavy == SanctionType.DISMISSAL ? 0 : 12, EFFECTIVE, TEAM),
                        actedBy(APPROVER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("HEAVY_SANCTION_PROPOSAL_REQUIRED"));
    }

    @ParameterizedTest
    @EnumSource(value = SanctionType.class, names = {"ORAL_REPRIMAND", "WRITTEN_REPRIMAND",
            "WRITTEN_DISSATISFACTION", "ALLOWANCE_CUT"})
    void aLightOrMediumSanctionIsNotProposed(SanctionType type) {
        fixture.given(registered())
                .when(propose(type, type == SanctionType.ALLOWANCE_CUT ? 6 : 0, TEAM), actedBy(PROPOSER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("SANCTION_PROPOSAL_NOT_HEAVY"));
    }

    @Test
    void aProposalUnderTheIdOfOneAlreadyRecordedIsRefused() {
        fixture.given(registered(), heavyProposed(SanctionType.DEMOTION, 12, TEAM))
                .when(propose(SanctionType.RELEASE_FROM_POSITION, 12, TEAM), actedBy(PROPOSER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("SANCTION_PROPOSAL_ALREADY_RECORDED"));
    }

    @Test
    void aProposalUnderAnIdOfItsOwnIsRecordedBesideAnEarlierOne() {
        UUID second = id("second-proposal");

        fixture.given(registered(), heavyProposed(SanctionType.DEMOTION, 12, TEAM))
                .when(new ProposeHeavySanction(NIP, second, SanctionType.RELEASE_FROM_POSITION, 12, EFFECTIVE, TEAM),
                        actedBy(PROPOSER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new HeavySanctionProposed(NIP, second, SanctionType.RELEASE_FROM_POSITION, 12,
                        EFFECTIVE, TEAM, PROPOSER));
    }

    @Test
    void theProposerOfAHeavySanctionCannotImposeIt() {
        fixture.given(registered(), heavyProposed(SanctionType.DEMOTION, 12, TEAM))
                .when(imposeProposed(SanctionType.DEMOTION, 12, null), actedBy(PROPOSER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("FOUR_EYES_PROPOSER_CANNOT_DECIDE"));
    }

    @Test
    void theProposerOfAHeavySanctionCannotRejectIt() {
        fixture.given(registered(), heavyProposed(SanctionType.DEMOTION, 12, TEAM))
                .when(reject(), actedBy(PROPOSER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("FOUR_EYES_PROPOSER_CANNOT_DECIDE"));
    }

    @Test
    void anotherOfficialRejectsAHeavySanctionProposal() {
        fixture.given(registered(), heavyProposed(SanctionType.DEMOTION, 12, TEAM))
                .when(reject(), actedBy(APPROVER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new HeavySanctionRejected(NIP, PROPOSAL, EFFECTIVE, "Berita acara belum lengkap",
                        PROPOSER, APPROVER));
    }

    @ParameterizedTest(name = "{0} for {1} months, team given: {2}")
    @CsvSource({
            "RELEASE_FROM_POSITION, 12, false",
            "DEMOTION,              0,  false",
            "DEMOTION,              12, true"})
    void aHeavySanctionImposedOtherwiseThanProposedIsRefused(SanctionType type, int months, boolean otherTeam) {
        fixture.given(registered(), heavyProposed(SanctionType.DEMOTION, 12, TEAM))
                .when(imposeProposed(type, months, otherTeam ? List.of(CareerFixtures.COACH) : null),
                        actedBy(APPROVER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("SANCTION_NOT_AS_PROPOSED"));
    }

    @Test
    void aRejectedProposalIsNotImposed() {
        fixture.given(registered(), heavyProposed(SanctionType.DEMOTION, 12, TEAM),
                        new HeavySanctionRejected(NIP, PROPOSAL, EFFECTIVE, "Berita acara belum lengkap", PROPOSER,
                                APPROVER))
                .when(imposeProposed(SanctionType.DEMOTION, 12, null), actedBy("approver.lain"))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("SANCTION_PROPOSAL_ALREADY_DECIDED"));
    }

    @Test
    void anImposedProposalIsNotImposedAgain() {
        fixture.given(registered(), heavyProposed(SanctionType.DEMOTION, 12, TEAM),
                        new SanctionImposed(NIP, SANCTION, SanctionType.DEMOTION, SanctionLevel.HEAVY, 12, EFFECTIVE,
                                EFFECTIVE.plusMonths(12), DECREE, TEAM, PROPOSAL, PROPOSER, APPROVER))
                .when(new ImposeSanction(NIP, id("again"), SanctionType.DEMOTION, 12, EFFECTIVE, DECREE, null,
                        PROPOSAL), actedBy("approver.lain"))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("SANCTION_PROPOSAL_ALREADY_DECIDED"));
    }

    @Test
    void anUnknownProposalIsNotFound() {
        fixture.given(registered())
                .when(imposeProposed(SanctionType.DEMOTION, 12, null), actedBy(APPROVER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("SANCTION_PROPOSAL_NOT_FOUND"));
    }

    // --- dismissal as a sanction ----------------------------------------------------------------------------------

    @Test
    void aDismissalSanctionEmitsSanctionImposedAndDismissed() {
        fixture.given(registered(), heavyProposed(SanctionType.DISMISSAL, 0, TEAM))
                .when(imposeProposed(SanctionType.DISMISSAL, 0, null), actedBy(APPROVER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SanctionImposed(NIP, SANCTION, SanctionType.DISMISSAL, SanctionLevel.HEAVY, 0,
                                EFFECTIVE, EFFECTIVE, DECREE, TEAM, PROPOSAL, PROPOSER, APPROVER),
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

    private static ProposeHeavySanction propose(SanctionType type, int months, List<Nip> examinationTeam) {
        return new ProposeHeavySanction(NIP, PROPOSAL, type, months, EFFECTIVE, examinationTeam);
    }

    private static HeavySanctionProposed heavyProposed(SanctionType type, int months, List<Nip> examinationTeam) {
        return new HeavySanctionProposed(NIP, PROPOSAL, type, months, EFFECTIVE, examinationTeam, PROPOSER);
    }

    private static ImposeSanction imposeProposed(SanctionType type, int months, List<Nip> examinationTeam) {
        return new ImposeSanction(NIP, SANCTION, type, months, EFFECTIVE, DECREE, examinationTeam, PROPOSAL);
    }

    private static RejectHeavySanction reject() {
        return new RejectHeavySanction(NIP, PROPOSAL, EFFECTIVE, "Berita acara belum lengkap");
    }
}
