package id.jejak.command.civilservant;

import id.jejak.command.dispatch.ActorScope;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.EventMetadata;
import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EducationRecorded;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.PlaceInPosition;
import id.jejak.kernel.civilservant.PlacedInPosition;
import id.jejak.kernel.civilservant.PositionKind;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.civilservant.RecordEducation;
import id.jejak.kernel.civilservant.RegisterCivilServant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static id.jejak.command.civilservant.CareerFixtures.DECREE;
import static id.jejak.command.civilservant.CareerFixtures.FULL_NAME;
import static id.jejak.command.civilservant.CareerFixtures.NIP;
import static id.jejak.command.civilservant.CareerFixtures.POSITION;
import static id.jejak.command.civilservant.CareerFixtures.WORK_UNIT;
import static id.jejak.command.civilservant.CareerFixtures.registeredPns;
import static id.jejak.command.civilservant.CareerFixtures.violationOf;

/**
 * An HR officer decides only about the people of the units they act for (OWASP API1, object level): the record
 * checks the actor's units, which the dispatcher puts in each command's metadata, against the person's unit.
 */
class ActorUnitsTest {

    private static final LocalDate GRADUATED = LocalDate.of(2024, 8, 30);

    private AggregateTestFixture<CivilServant> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CivilServant.class);
    }

    @Test
    void anHrOfficerOfThePersonsUnitDecides() {
        fixture.given(registered())
                .when(education(), hrOfficer(WORK_UNIT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new EducationRecorded(NIP, Education.MASTER, "Universitas Padjadjaran", GRADUATED));
    }

    @Test
    void anHrOfficerOfAnotherUnitIsRefusedAndNothingIsRecorded() {
        fixture.given(registered())
                .when(education(), hrOfficer("Dinas Kesehatan"))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("OUTSIDE_ACTOR_UNITS"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"badan kepegawaian daerah kota bandung", "  Badan  Kepegawaian Daerah Kota Bandung "})
    void unitsAreMatchedRegardlessOfCaseAndSpacing(String unit) {
        fixture.given(registered())
                .when(education(), hrOfficer(unit))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anHrOfficerOfTheWholeAgencyDecidesAboutAnyone() {
        fixture.given(registered())
                .when(education(), hrOfficer("*"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anHrOfficerWithoutUnitsDecidesAboutNobody() {
        fixture.given(registered())
                .when(education(), metadata("HR_OFFICER", List.of()))
                .expectNoEvents()
                .expectException(violationOf("OUTSIDE_ACTOR_UNITS"));
    }

    @Test
    void anApprovingOfficialDecidesForTheWholeAgency() {
        fixture.given(registered())
                .when(education(), metadata("APPROVING_OFFICIAL", List.of("Dinas Kesehatan")))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anHrOfficerRegistersSomeoneOnlyIntoTheirUnits() {
        fixture.givenNoPriorActivity()
                .when(registration(), hrOfficer("Dinas Kesehatan"))
                .expectNoEvents()
                .expectException(violationOf("OUTSIDE_ACTOR_UNITS"));
    }

    @Test
    void anHrOfficerRegistersSomeoneIntoTheirUnit() {
        fixture.givenNoPriorActivity()
                .when(registration(), hrOfficer(WORK_UNIT))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                org.hamcrest.Matchers.instanceOf(CivilServantRegistered.class))));
    }

    @Test
    void placingSomeoneInAnotherUnitNeedsThatUnitToo() {
        fixture.given(registered())
                .when(placement("Dinas Kesehatan"), hrOfficer(WORK_UNIT))
                .expectNoEvents()
                .expectException(violationOf("OUTSIDE_ACTOR_UNITS"));
    }

    @Test
    void anOfficerOfBothUnitsMovesSomeoneBetweenThem() {
        fixture.given(registered())
                .when(placement("Dinas Kesehatan"), metadata("HR_OFFICER", List.of(WORK_UNIT, "Dinas Kesehatan")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PlacedInPosition(NIP, PositionKind.FUNCTIONAL, "Analis SDM Aparatur",
                        "Dinas Kesehatan", LocalDate.of(2025, 1, 2), DECREE, POSITION, WORK_UNIT));
    }

    @Test
    void aCommandFromInsideTheSystemWithoutAnActorIsNotBound() {
        fixture.given(registered())
                .when(education())
                .expectSuccessfulHandlerExecution();
    }

    private static Object registered() {
        return registeredPns(Rank.III_A, LocalDate.of(2021, 4, 1), Education.BACHELOR);
    }

    private static RecordEducation education() {
        return new RecordEducation(NIP, Education.MASTER, "Universitas Padjadjaran", GRADUATED);
    }

    private static RegisterCivilServant registration() {
        return new RegisterCivilServant(NIP, FULL_NAME, EmploymentType.PNS, Rank.III_A, null, Education.BACHELOR,
                WORK_UNIT, POSITION, LocalDate.of(2023, 1, 2));
    }

    private static PlaceInPosition placement(String unit) {
        return new PlaceInPosition(NIP, PositionKind.FUNCTIONAL, "Analis SDM Aparatur", unit, LocalDate.of(2025, 1, 2),
                DECREE);
    }

    private static Map<String, Object> hrOfficer(String unit) {
        return metadata("HR_OFFICER", List.of(unit));
    }

    private static Map<String, Object> metadata(String role, List<String> units) {
        return Map.of(EventMetadata.ACTOR_ID, "hr.test", EventMetadata.ACTOR_ROLE, role, ActorScope.ACTOR_UNITS,
                units);
    }
}
