package id.jejak.query.history;

import id.jejak.kernel.Decree;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Retired;
import id.jejak.kernel.programme.ParticipantEnrolled;
import id.jejak.kernel.programme.ProgrammeCreated;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingKind;
import id.jejak.query.QuerySideTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Career history takes a person's events in the order they were recorded, whichever stream they come from: the one
 * thing that makes the unit stamped on a programme's enrolment the same in a rebuild as it was live.
 */
@QuerySideTest
class PersonOrderTest {

    private static final Nip BUDI = Nip.of("198609262015051001");
    private static final UUID PROGRAMME = UUID.fromString("3d5b8f0a-6c2e-4f71-9b1d-8e4a2c7f0b33");

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void aProgrammesEventAboutAPersonIsSequencedWithThePersonsOwnEvents() {
        var enrolment = new GenericDomainEventMessage<>("Programme", PROGRAMME.toString(), 1,
                new ParticipantEnrolled(PROGRAMME, BUDI, LocalDate.of(2025, 7, 1)));
        var retirement = new GenericDomainEventMessage<>("CivilServant", BUDI.value(), 7,
                new Retired(BUDI, LocalDate.of(2046, 10, 1), new Decree("882/PENS/2046", LocalDate.of(2046, 9, 1))));

        Object enrolmentSequence = policy().getSequenceIdentifierFor(enrolment);

        assertThat(enrolmentSequence).isEqualTo(policy().getSequenceIdentifierFor(retirement))
                .isEqualTo(BUDI.value());
    }

    @Test
    void anEventNamingNoPersonKeepsItsStreamsOrder() {
        var created = new GenericDomainEventMessage<>("Programme", PROGRAMME.toString(), 0,
                new ProgrammeCreated(PROGRAMME, "Pelatihan Kepemimpinan Pengawas", TrainingKind.CLASSROOM, "BPSDM",
                        "ID", 10, LocalDate.of(2025, 7, 7), LocalDate.of(2025, 7, 11), LessonHours.of(32)));

        assertThat(policy().getSequenceIdentifierFor(created)).isEqualTo(PROGRAMME.toString());
    }

    private SequencingPolicy<? super EventMessage<?>> policy() {
        return processing.sequencingPolicy(CareerHistoryProjection.NAME);
    }
}
