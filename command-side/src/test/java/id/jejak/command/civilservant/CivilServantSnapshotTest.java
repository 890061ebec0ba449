package id.jejak.command.civilservant;

import id.jejak.kernel.award.AwardGranted;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.discipline.SanctionImposed;
import id.jejak.kernel.performance.Predicate;
import id.jejak.platform.eventstore.EventStoreAutoConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static id.jejak.command.civilservant.CareerFixtures.DECREE;
import static id.jejak.command.civilservant.CareerFixtures.NIP;
import static id.jejak.command.civilservant.CareerFixtures.allowanceCut;
import static id.jejak.command.civilservant.CareerFixtures.annual;
import static id.jejak.command.civilservant.CareerFixtures.annualId;
import static id.jejak.command.civilservant.CareerFixtures.eligibility;
import static id.jejak.command.civilservant.CareerFixtures.granted;
import static id.jejak.command.civilservant.CareerFixtures.id;
import static id.jejak.command.civilservant.CareerFixtures.predicates;
import static id.jejak.command.civilservant.CareerFixtures.proposed;
import static id.jejak.command.civilservant.CareerFixtures.registeredPns;
import static id.jejak.command.civilservant.CareerFixtures.revoked;
import static id.jejak.command.civilservant.CareerFixtures.trainingAssigned;
import static id.jejak.command.civilservant.CareerFixtures.trainingCompleted;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A snapshot stands in for the events before it, so it must restore the whole record: every field of the civil
 * servant and of the records it keeps, none left at its default.
 */
class CivilServantSnapshotTest {

    private final Serializer snapshots = JacksonSerializer.builder()
            .objectMapper(EventStoreAutoConfiguration.messageJson()).build();

    @Test
    void aSnapshotRestoresTheRecordTheEventsBuilt() {
        LocalDate rankSince = LocalDate.of(2019, 4, 1);
        SanctionImposed cut = allowanceCut(id("cut"), 6, LocalDate.of(2022, 2, 1));
        var facts = eligibility(Rank.III_A, rankSince, Education.BACHELOR, Rank.III_D,
                predicates(2024, Predicate.BAIK, 2023, Predicate.BAIK), false);
        CivilServant original = replay(
                registeredPns(Rank.III_A, rankSince, Education.BACHELOR),
                trainingAssigned(id("latsar"), LocalDate.of(2023, 3, 1), true),
                trainingCompleted(id("latsar"), LocalDate.of(2023, 4, 1)),
                annual(2023, Predicate.BAIK),
                annual(2024, Predicate.BAIK),
                new AwardGranted(NIP, id("award"), "Pegawai Teladan 2024", List.of(annualId(2024)),
                        LocalDate.of(2025, 1, 15), DECREE),
                cut,
                revoked("revoked-decision", "SanctionImposed", LocalDate.of(2022, 3, 1)),
                proposed(id("promotion"), Rank.III_A, Rank.III_B, LocalDate.of(2025, 4, 1), facts),
                granted(id("promotion"), Rank.III_A, Rank.III_B, LocalDate.of(2025, 4, 1), facts));

        SerializedObject<byte[]> snapshot = snapshots.serialize(original, byte[].class);
        CivilServant restored = snapshots.deserialize(snapshot);

        assertThat(restored).usingRecursiveComparison().isEqualTo(original);
        assertThat(new String(snapshot.getData())).as("the snapshot holds the record, not an empty object")
                .contains("III/b", id("latsar").toString(), id("award").toString(), id("cut").toString(), id("promotion").toString());
    }

    private static CivilServant replay(Object... events) {
        var model = AnnotatedAggregateMetaModelFactory.inspectAggregate(CivilServant.class);
        EventSourcedAggregate<CivilServant> aggregate = EventSourcedAggregate.initialize(new CivilServant(), model,
                null, NoSnapshotTriggerDefinition.TRIGGER);
        List<GenericDomainEventMessage<?>> messages = new ArrayList<>();
        for (int sequence = 0; sequence < events.length; sequence++) {
            messages.add(new GenericDomainEventMessage<>("CivilServant", NIP.value(), sequence, events[sequence]));
        }
        aggregate.initializeState(DomainEventStream.of(messages.toArray(GenericDomainEventMessage[]::new)));
        return aggregate.getAggregateRoot();
    }
}
