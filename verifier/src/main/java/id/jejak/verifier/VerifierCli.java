package id.jejak.verifier;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

/**
 * The auditors' command line: reads an NDJSON export, the ledger's public key and any checkpoints kept from earlier,
 * and says whether the ledger holds — or where it first breaks. Exit code 0 verified, 1 broken, 2 usage or input
 * error.
 */
public final class VerifierCli {

    static final int VERIFIED = 0;
    static final int BROKEN = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT = """
            Usage: java -jar jejak-verifier.jar --export <file|-> --public-key <file|base64> \\
                       [--public-key …] [--checkpoint <file> …] [--json]

              --export       the NDJSON export (GET /api/v1/audit/export on the query side); - reads standard input
              --public-key   the ledger's Ed25519 public key: a PEM file, a file with its base64, or the base64 itself
                             (X.509); repeat it for checkpoints signed by earlier keys
              --checkpoint   a checkpoint kept from earlier (GET /api/v1/audit/checkpoints/{sequence}); proves that
                             nothing it sealed has changed since. May be repeated.
              --json         print the report as JSON instead of text

            Exit code: 0 verified, 1 broken (the first broken point is printed), 2 usage or unreadable input.
            """;

    private VerifierCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** What {@link #main} does, with its streams given and its exit code returned. */
    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        String export = null;
        List<String> keys = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        boolean json = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--export", "--public-key", "--checkpoint" -> {
                    if (i + 1 >= args.length) {
                        return usage(err, arg + " needs a value");
                    }
                    String value = args[++i];
                    if (arg.equals("--export")) {
                        export = value;
                    } else if (arg.equals("--public-key")) {
                        keys.add(value);
                    } else {
                        kept.add(value);
                    }
                }
                case "--json" -> json = true;
                case "--help", "-h" -> {
                    out.print(USAGE_TEXT);
                    return USAGE;
                }
                default -> {
                    return usage(err, "unknown argument " + arg);
                }
            }
        }
        if (export == null || keys.isEmpty()) {
            return usage(err, "--export and --public-key are required");
        }
        List<PublicKey> publicKeys = new ArrayList<>();
        List<Checkpoint> checkpoints = new ArrayList<>();
        try {
            for (String key : keys) {
                publicKeys.add(LedgerKeys.publicKey(textOf(key)));
            }
            for (String file : kept) {
                try (InputStream in = Files.newInputStream(Path.of(file))) {
                    checkpoints.add(ExportReader.readCheckpoint(in));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            err.println("jejak-verifier: " + e.getMessage());
            return USAGE;
        }
        VerificationReport report;
        try (InputStream in = export.equals("-") ? stdin : Files.newInputStream(Path.of(export))) {
            report = verify(new BufferedInputStream(in, 1 << 16), publicKeys, checkpoints);
        } catch (IOException | InvalidPathException e) {
            err.println("jejak-verifier: cannot read the export: " + e.getMessage());
            return USAGE;
        }
        out.println(json ? toJson(report) : report.summary());
        return report.verified() ? VERIFIED : BROKEN;
    }

    /** Reads the export and verifies it, header, events and checkpoints in the order they come. */
    public static VerificationReport verify(InputStream export, List<PublicKey> keys, List<Checkpoint> kept)
            throws IOException {
        Verifier verifier = new Verifier(keys, kept);
        ExportReader.read(export, new ExportReader.Visitor() {
            @Override
            public void header(ExportHeader header) {
                verifier.scope(header.scope());
            }

            @Override
            public void event(LedgerEvent event) {
                verifier.event(event);
            }

            @Override
            public void checkpoint(Checkpoint checkpoint) {
                verifier.checkpoint(checkpoint);
            }
        });
        return verifier.finish();
    }

    /** A key given as a file (PEM or base64), or as the base64 itself. */
    private static String textOf(String keyOrFile) throws IOException {
        try {
            Path path = Path.of(keyOrFile);
            if (Files.isRegularFile(path)) {
                return Files.readString(path, StandardCharsets.US_ASCII);
            }
        } catch (InvalidPathException e) {
            // not a file name: the key itself
        }
        if (keyOrFile.matches("[A-Za-z0-9+/=]{40,}")) {
            return keyOrFile;
        }
        throw new IOException("no public key file " + keyOrFile);
    }

    static String toJson(VerificationReport report) {
        var text = new StringWriter();
        try (JsonGenerator json = ExportWriter.JSON.createGenerator(text).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeStringField("status", report.status().name());
            json.writeStringField("scope", report.scope().name().toLowerCase());
            json.writeNumberField("events", report.events());
            json.writeNumberField("checkpoints", report.checkpoints());
            json.writeNumberField("checkpointsVerified", report.checkpointsVerified());
            if (report.lastCheckpoint() != null) {
                json.writeNumberField("lastCheckpoint", report.lastCheckpoint());
                json.writeNumberField("sealedUpToGlobalIndex", report.sealedUpToGlobalIndex());
            }
            json.writeNumberField("unsealedEvents", report.unsealedEvents());
            json.writeNumberField("keptCheckpoints", report.keptCheckpoints());
            json.writeNumberField("breaks", report.breaks());
            Break first = report.firstBreak();
            if (first != null) {
                json.writeObjectFieldStart("firstBreak");
                json.writeStringField("kind", first.kind().name());
                json.writeNumberField("globalIndex", first.globalIndex());
                json.writeStringField("aggregateIdentifier", first.aggregateIdentifier());
                if (first.sequenceNumber() != null) {
                    json.writeNumberField("sequenceNumber", first.sequenceNumber());
                }
                if (first.checkpoint() != null) {
                    json.writeNumberField("checkpoint", first.checkpoint());
                }
                json.writeStringField("detail", first.detail());
                json.writeEndObject();
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    private static int usage(PrintStream err, String problem) {
        err.println("jejak-verifier: " + problem);
        err.print(USAGE_TEXT);
        return USAGE;
    }
}
