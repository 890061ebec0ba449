package id.jejak.command.civilservant;

import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.award.AwardGranted;
import id.jejak.kernel.award.GrantAward;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.performance.Predicate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static id.jejak.command.civilservant.CareerFixtures.DECREE;
import static id.jejak.command.civilservant.CareerFixtures.NIP;
import static id.jejak.command.civilservant.CareerFixtures.annual;
import static id.jejak.command.civilservant.CareerFixtures.annualId;
import static id.jejak.command.civilservant.CareerFixtures.fact;
import static id.jejak.command.civilservant.CareerFixtures.givenEventIds;
import static id.jejak.command.civilservant.CareerFixtures.id;
import static id.jejak.command.civilservant.CareerFixtures.periodic;
import static id.jejak.command.civilservant.CareerFixtures.registeredPns;
import static id.jejak.command.civilservant.CareerFixtures.revoked;
import static id.jejak.command.civilservant.CareerFixtures.violationOf;

/** Awards (penghargaan) rest on recorded evaluations. */
class AwardTest {

    private static final UUID AWARD = id("award");
    private static final UUID SEMESTER = id("semester-2025");
    private static final LocalDate GRANTED_ON = LocalDate.of(2026, 1, 15);

    private AggregateTestFixture<CivilServant> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CivilServant.class);
    }

    @Test
    void anAwardOnARecordedEvaluationIsGranted() {
        fixture.given(registered(), annual(2025, Predicate.SANGAT_BAIK))
                .when(grant(List.of(annualId(2025))))
                .expectSuccessfulHandlerExecution()
                .expectEvents(granted(List.of(annualId(2025))));
    }

    @Test
    void anAwardOnSeveralRecordedEvaluationsIsGranted() {
        fixture.given(registered(), periodic(SEMESTER, 2025, Predicate.SANGAT_BAIK),
                        annual(2025, Predicate.SANGAT_BAIK))
                .when(grant(List.of(SEMESTER, annualId(2025))))
                .expectSuccessfulHandlerExecution()
                .expectEvents(granted(List.of(SEMESTER, annualId(2025))));
    }

    @Test
    void theSameAwardIsNotGrantedTwice() {
        fixture.given(registered(), annual(2025, Predicate.SANGAT_BAIK), granted(List.of(annualId(2025))))
                .when(grant(List.of(annualId(2025))))
                .expectNoEvents()
                .expectException(violationOf("AWARD_ALREADY_GRANTED"));
    }

    @Test
    void anAwardOnAnUnknownEvaluationIsRefused() {
        fixture.given(registered(), annual(2025, Predicate.SANGAT_BAIK))
                .when(grant(List.of(id("unknown-evaluation"))))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("AWARD_BASIS_UNKNOWN"))
                .expectException(fact("unknownEvaluations", List.of(id("unknown-evaluation"))));
    }

    @Test
    void anAwardOnARecordedAndAnUnknownEvaluationIsRefused() {
        fixture.given(registered(), annual(2025, Predicate.SANGAT_BAIK))
                .when(grant(List.of(annualId(2025), id("unknown-evaluation"))))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("AWARD_BASIS_UNKNOWN"))
                .expectException(fact("unknownEvaluations", List.of(id("unknown-evaluation"))));
    }

    @Test
    void anAwardOnNoEvaluationIsRefused() {
        fixture.given(registered(), annual(2025, Predicate.SANGAT_BAIK))
                .when(grant(List.of()))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("AWARD_BASIS_UNKNOWN"));
    }

    @Test
    void anAwardOnARevokedEvaluationIsRefused() {
        TestExecutor<CivilServant> given = fixture.given(registered(), annual(2025, Predicate.SANGAT_BAIK));
        String evaluation = givenEventIds(fixture).get(1);

        given.andGiven(revoked(evaluation, "PerformanceEvaluated", LocalDate.of(2026, 1, 5)))
                .when(grant(List.of(annualId(2025))))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("AWARD_BASIS_UNKNOWN"));
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private static Object registered() {
        return registeredPns(Rank.III_A, LocalDate.of(2021, 4, 1), Education.BACHELOR);
    }

    private static GrantAward grant(List<UUID> basis) {
        return new GrantAward(NIP, AWARD, "Pegawai Teladan 2025", basis, GRANTED_ON, DECREE);
    }

    private static AwardGranted granted(List<UUID> basis) {
        return new AwardGranted(NIP, AWARD, "Pegawai Teladan 2025", basis, GRANTED_ON, DECREE);
    }
}
