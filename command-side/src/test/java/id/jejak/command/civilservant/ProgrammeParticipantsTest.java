package id.jejak.command.civilservant;

import id.jejak.command.dispatch.ActorScope;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.EventMetadata;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.PlacedInPosition;
import id.jejak.kernel.civilservant.PositionKind;
import id.jejak.kernel.civilservant.Rank;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static id.jejak.command.civilservant.CareerFixtures.DECREE;
import static id.jejak.command.civilservant.CareerFixtures.NIP;
import static id.jejak.command.civilservant.CareerFixtures.POSITION;
import static id.jejak.command.civilservant.CareerFixtures.WORK_UNIT;
import static id.jejak.command.civilservant.CareerFixtures.registeredPns;
import static id.jejak.command.civilservant.CareerFixtures.retired;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Who may take part in a programme, answered from the person's own record as the event store holds it: the real
 * repository on an in-memory store, inside a unit of work as in the command bus.
 */
class ProgrammeParticipantsTest {

    private static final String OTHER_UNIT = "Dinas Kesehatan";

    private EmbeddedEventStore store;
    private ProgrammeParticipants participants;
    private long sequence;

    @BeforeEach
    void setUp() {
        store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        participants = new ProgrammeParticipants(EventSourcingRepository.builder(CivilServant.class)
                .eventStore(store).build());
        sequence = 0;
    }

    @Test
    void aCivilServantInServiceIsEnrolledByAnHrOfficerOfTheirUnit() {
        recorded(registeredPns(Rank.III_A, LocalDate.of(2020, 4, 1), Education.BACHELOR));

        assertThatCode(() -> enrol(NIP, WORK_UNIT)).doesNotThrowAnyException();
    }

    @Test
    void someoneNeverRegisteredIsNotFound() {
        assertThat(refusal(() -> enrol(NIP, "*"))).isEqualTo("CIVIL_SERVANT_NOT_FOUND");
    }

    @Test
    void aRetiredCivilServantIsRefused() {
        recorded(registeredPns(Rank.III_A, LocalDate.of(2020, 4, 1), Education.BACHELOR));
        recorded(retired(LocalDate.of(2025, 6, 1)));

        assertThat(refusal(() -> enrol(NIP, "*"))).isEqualTo("CIVIL_SERVANT_NOT_ACTIVE");
    }

    @Test
    void anHrOfficerOfAnotherUnitIsRefused() {
        recorded(registeredPns(Rank.III_A, LocalDate.of(2020, 4, 1), Education.BACHELOR));

        assertThat(refusal(() -> enrol(NIP, OTHER_UNIT))).isEqualTo("OUTSIDE_ACTOR_UNITS");
    }

    /** The unit that counts is the current position's: after a move, the new unit's officer enrols, the old one's not. */
    @Test
    void theUnitThatCountsIsThatOfTheCurrentPosition() {
        recorded(registeredPns(Rank.III_A, LocalDate.of(2020, 4, 1), Education.BACHELOR));
        recorded(new PlacedInPosition(NIP, PositionKind.FUNCTIONAL, POSITION, OTHER_UNIT, LocalDate.of(2025, 1, 2),
                DECREE, POSITION, WORK_UNIT));

        assertThatCode(() -> enrol(NIP, OTHER_UNIT)).doesNotThrowAnyException();
        assertThat(refusal(() -> enrol(NIP, WORK_UNIT))).isEqualTo("OUTSIDE_ACTOR_UNITS");
    }

    private void recorded(Object event) {
        store.publish(new GenericDomainEventMessage<>("CivilServant", NIP.value(), sequence++, event));
    }

    private void enrol(Nip nip, String actorUnit) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            participants.requireMayTakePart(nip, MetaData.from(Map.of(EventMetadata.ACTOR_ID, "hr.test",
                    EventMetadata.ACTOR_ROLE, "HR_OFFICER", ActorScope.ACTOR_UNITS, List.of(actorUnit))));
        } finally {
            unitOfWork.rollback();
        }
    }

    private static String refusal(ThrowingCallable enrolment) {
        RuleViolation violation = catchThrowableOfType(RuleViolation.class, enrolment);
        assertThat(violation).as("a refusal").isNotNull();
        return violation.details().code();
    }
}
