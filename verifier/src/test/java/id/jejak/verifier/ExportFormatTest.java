package id.jejak.verifier;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportFormatTest {

    @Test
    void storedBytesComeBackExactlyWhateverTheyHold() throws IOException {
        byte[] text = "{\"name\":\"Ni Luh Putu Ayu – \\\"Ayu\\\"\",\"note\":\"baris\\nbaru\\u0000\",\"emoji\":\"🙂\"}"
                .getBytes(StandardCharsets.UTF_8);
        byte[] raw = {'{', '"', 'a', '"', ':', '"', (byte) 0xc3, '"', '}', '\n', '\t', 0};
        List<LedgerEvent> events = List.of(
                event(1, text, null),
                event(2, raw, "".getBytes(StandardCharsets.UTF_8)),
                event(3, "{\"x\":\"\u007f\r\n\"}".getBytes(StandardCharsets.UTF_8), raw));

        var out = new ByteArrayOutputStream();
        try (var writer = new ExportWriter(out)) {
            writer.header(new ExportHeader(ExportHeader.FORMAT, Scope.PERSON, null, null, "198609262015051001",
                    "2026-01-01T00:00:00Z"));
            for (LedgerEvent event : events) {
                writer.event(event);
            }
        }
        String export = out.toString(StandardCharsets.UTF_8);
        List<LedgerEvent> read = new ArrayList<>();
        List<ExportHeader> headers = new ArrayList<>();
        ExportReader.read(new ByteArrayInputStream(out.toByteArray()), visitor(headers, read, new ArrayList<>()));

        assertThat(export.lines()).hasSize(4);
        assertThat(export).contains("\"payloadBase64\"").contains("\"metaDataBase64\"").endsWith("\n");
        assertThat(headers).singleElement().satisfies(header -> {
            assertThat(header.scope()).isEqualTo(Scope.PERSON);
            assertThat(header.nip()).isEqualTo("198609262015051001");
        });
        assertThat(read).hasSize(3);
        for (int i = 0; i < events.size(); i++) {
            assertThat(read.get(i).payload()).isEqualTo(events.get(i).payload());
            assertThat(read.get(i).metaData()).isEqualTo(events.get(i).metaData());
            assertThat(read.get(i).hash()).isEqualTo(events.get(i).hash());
            assertThat(read.get(i).previousHash()).isEqualTo(events.get(i).previousHash());
            assertThat(read.get(i).timeStamp()).isEqualTo(events.get(i).timeStamp());
        }
    }

    @Test
    void aCheckpointLineReadsBackAsTheSameSignedCheckpoint() throws IOException {
        TestLedger ledger = new TestLedger();
        ledger.append("A");
        ledger.skipGlobalIndex();
        ledger.append("B");
        Checkpoint checkpoint = ledger.seal();

        String line = ExportWriter.checkpointLine(checkpoint);
        Checkpoint read = ExportReader.readCheckpoint(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)));

        assertThat(line).startsWith("{\"checkpoint\":{\"sequence\":1,").endsWith("}\n");
        assertThat(read.signedBytes()).isEqualTo(checkpoint.signedBytes());
        assertThat(read.signature()).isEqualTo(checkpoint.signature());
        assertThat(read.interval()).isEqualTo(checkpoint.interval());
        assertThat(read.isSignedBy(ledger.key.publicKey())).isTrue();
    }

    @Test
    void aLineThatIsNotJsonIsAnErrorNamingTheLine() {
        byte[] export = ("{\"export\":{\"format\":\"jejak-ledger-export-v1\",\"scope\":\"full\"}}\n"
                + "{\"globalIndex\":1,\"aggregateIdentifier\":\"A\",\"sequenceNumber\":0}\n"
                + "{\"globalIndex\":2,\"aggr").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ExportReader.read(new ByteArrayInputStream(export),
                visitor(new ArrayList<>(), new ArrayList<>(), new ArrayList<>())))
                .isInstanceOf(IOException.class).hasMessageContaining("line 3");
    }

    private static LedgerEvent event(long globalIndex, byte[] payload, byte[] metaData) {
        return new LedgerEvent(globalIndex, "198609262015051001", globalIndex - 1, "CivilServant", "id-" + globalIndex,
                "id.jejak.kernel.Test", null, "2026-01-01T00:00:00.000Z", payload, metaData,
                globalIndex == 1 ? null : new byte[32], Canonical.sha256().digest(payload));
    }

    static ExportReader.Visitor visitor(List<ExportHeader> headers, List<LedgerEvent> events,
                                        List<Checkpoint> checkpoints) {
        return new ExportReader.Visitor() {
            @Override
            public void header(ExportHeader header) {
                headers.add(header);
            }

            @Override
            public void event(LedgerEvent event) {
                events.add(event);
            }

            @Override
            public void checkpoint(Checkpoint checkpoint) {
                checkpoints.add(checkpoint);
            }
        };
    }
}
