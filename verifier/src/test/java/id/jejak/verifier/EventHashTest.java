package id.jejak.verifier;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class EventHashTest {

    private static final LedgerEvent EVENT = new LedgerEvent(7, "198609262015051001", 2, "CivilServant",
            "5f0c1b7e-4c1e-4c55-9d43-5a1f8f6f2c11", "id.jejak.kernel.training.TrainingAssigned", null,
            "2026-03-02T03:04:05.678Z", "{\"title\":\"Latsar – Angkatan Ⅱ\"}".getBytes(StandardCharsets.UTF_8),
            null, Hex.decode("00".repeat(31) + "01"), null);

    @Test
    void theCanonicalFormIsLengthPrefixedFieldsInTheDocumentedOrder() throws IOException {
        var expected = new ByteArrayOutputStream();
        var out = new DataOutputStream(expected);
        text(out, "jejak-ledger-event-v1");
        text(out, "198609262015051001");
        out.writeLong(2);
        text(out, "CivilServant");
        text(out, "5f0c1b7e-4c1e-4c55-9d43-5a1f8f6f2c11");
        text(out, "id.jejak.kernel.training.TrainingAssigned");
        out.writeInt(-1); // no payload revision
        text(out, "2026-03-02T03:04:05.678Z");
        text(out, "{\"title\":\"Latsar – Angkatan Ⅱ\"}");
        out.writeInt(-1); // no metadata
        out.writeInt(32);
        out.write(EVENT.previousHash());

        assertThat(new EventHash().canonicalForm(EVENT)).isEqualTo(expected.toByteArray());
        assertThat(new EventHash().of(EVENT)).isEqualTo(Canonical.sha256().digest(expected.toByteArray()));
    }

    @Test
    void everyFieldButTheGlobalIndexAndTheStoredHashChangesTheHash() {
        byte[] original = new EventHash().of(EVENT);
        List<UnaryOperator<LedgerEvent>> changes = List.of(
                e -> new LedgerEvent(1, e.aggregateIdentifier(), e.sequenceNumber(), e.type(), e.eventIdentifier(),
                        e.payloadType(), e.payloadRevision(), e.timeStamp(), e.payload(), e.metaData(),
                        e.previousHash(), Hex.decode("ff")));
        for (UnaryOperator<LedgerEvent> change : changes) {
            assertThat(new EventHash().of(change.apply(EVENT))).isEqualTo(original);
        }
        List<LedgerEvent> altered = List.of(
                new LedgerEvent(7, "198609262015051002", 2, "CivilServant", EVENT.eventIdentifier(),
                        EVENT.payloadType(), null, EVENT.timeStamp(), EVENT.payload(), null, EVENT.previousHash(), null),
                new LedgerEvent(7, EVENT.aggregateIdentifier(), 3, "CivilServant", EVENT.eventIdentifier(),
                        EVENT.payloadType(), null, EVENT.timeStamp(), EVENT.payload(), null, EVENT.previousHash(), null),
                new LedgerEvent(7, EVENT.aggregateIdentifier(), 2, null, EVENT.eventIdentifier(),
                        EVENT.payloadType(), null, EVENT.timeStamp(), EVENT.payload(), null, EVENT.previousHash(), null),
                new LedgerEvent(7, EVENT.aggregateIdentifier(), 2, "CivilServant", "other", EVENT.payloadType(),
                        null, EVENT.timeStamp(), EVENT.payload(), null, EVENT.previousHash(), null),
                new LedgerEvent(7, EVENT.aggregateIdentifier(), 2, "CivilServant", EVENT.eventIdentifier(),
                        "id.jejak.kernel.Other", null, EVENT.timeStamp(), EVENT.payload(), null,
                        EVENT.previousHash(), null),
                new LedgerEvent(7, EVENT.aggregateIdentifier(), 2, "CivilServant", EVENT.eventIdentifier(),
                        EVENT.payloadType(), "1", EVENT.timeStamp(), EVENT.payload(), null, EVENT.previousHash(),
                        null),
                new LedgerEvent(7, EVENT.aggregateIdentifier(), 2, "CivilServant", EVENT.eventIdentifier(),
                        EVENT.payloadType(), null, "2026-03-02T03:04:05.679Z", EVENT.payload(), null,
                        EVENT.previousHash(), null),
                new LedgerEvent(7, EVENT.aggregateIdentifier(), 2, "CivilServant", EVENT.eventIdentifier(),
                        EVENT.payloadType(), null, EVENT.timeStamp(), "{}".getBytes(StandardCharsets.UTF_8), null,
                        EVENT.previousHash(), null),
                new LedgerEvent(7, EVENT.aggregateIdentifier(), 2, "CivilServant", EVENT.eventIdentifier(),
                        EVENT.payloadType(), null, EVENT.timeStamp(), EVENT.payload(), new byte[0],
                        EVENT.previousHash(), null),
                new LedgerEvent(7, EVENT.aggregateIdentifier(), 2, "CivilServant", EVENT.eventIdentifier(),
                        EVENT.payloadType(), null, EVENT.timeStamp(), EVENT.payload(), null, null, null));
        for (LedgerEvent event : altered) {
            assertThat(new EventHash().of(event)).as(event.toString()).isNotEqualTo(original);
        }
    }

    @Test
    void anEmptyValueAndNoValueAreDifferent() {
        assertThat(new Canonical().text("").toByteArray()).containsExactly(0, 0, 0, 0);
        assertThat(new Canonical().text(null).toByteArray()).containsExactly(0xff, 0xff, 0xff, 0xff);
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }
}
