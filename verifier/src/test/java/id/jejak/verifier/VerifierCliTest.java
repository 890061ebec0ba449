package id.jejak.verifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class VerifierCliTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aVerifiedExportExitsWithZero() throws IOException {
        TestLedger ledger = ledger();

        int exit = run("--export", write("export.ndjson", ledger.export(Scope.FULL)).toString(),
                "--public-key", write("ledger.pub", LedgerKeys.pem(ledger.key.publicKey())).toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).startsWith("VERIFIED: 3 events, 1 of 1 checkpoints hold");
    }

    @Test
    void aBrokenExportExitsWithOneAndNamesTheFirstBrokenPoint() throws IOException {
        TestLedger ledger = ledger();
        ledger.events.remove(1);
        Checkpoint kept = ledger.checkpoints.get(0);

        int exit = run("--export", write("export.ndjson", ledger.export(Scope.FULL)).toString(),
                "--public-key", LedgerKeys.base64(ledger.key.publicKey()),
                "--checkpoint", write("kept.json", ExportWriter.checkpointLine(kept)).toString(), "--json");

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("\"status\" : \"BROKEN\"", "\"kind\" : \"MISSING_EVENT\"",
                "\"globalIndex\" : 2", "\"aggregateIdentifier\" : \"A\"", "\"sequenceNumber\" : 1");
    }

    @Test
    void theExportCanComeFromStandardInput() throws IOException {
        TestLedger ledger = ledger();

        int exit = VerifierCli.run(new String[]{"--export", "-", "--public-key",
                        LedgerKeys.base64(ledger.key.publicKey())}, new ByteArrayInputStream(ledger.export(Scope.FULL)),
                new PrintStream(out), new PrintStream(err));

        assertThat(exit).isZero();
    }

    @Test
    void missingArgumentsOrUnreadableInputAreUsageErrors() throws IOException {
        TestLedger ledger = ledger();
        String key = LedgerKeys.base64(ledger.key.publicKey());

        assertThat(run("--export", "x.ndjson")).isEqualTo(2);
        assertThat(run("--export", folder.resolve("none.ndjson").toString(), "--public-key", key)).isEqualTo(2);
        assertThat(run("--export", write("bad.ndjson", "not json").toString(), "--public-key", key)).isEqualTo(2);
        assertThat(run("--export", "x", "--public-key", "no-such-file.pub")).isEqualTo(2);
        assertThat(run("--frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("Usage:");
    }

    private static TestLedger ledger() {
        TestLedger ledger = new TestLedger();
        ledger.append("A");
        ledger.append("A");
        ledger.append("A");
        ledger.seal();
        return ledger;
    }

    private int run(String... args) {
        return VerifierCli.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out),
                new PrintStream(err));
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }
}
