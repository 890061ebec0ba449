package id.jejak.verifier;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * How fast an export is verified, on one thread: writes N synthetic events (realistic sizes: a career event's JSON,
 * its metadata, streams of a few dozen events, a checkpoint every 1,000 events, the odd unused global index) to a
 * temporary NDJSON file, then reads and verifies it as the command line does, three times (the first includes the
 * JIT's warm-up). It reports the clock time and the verifying thread's CPU time, which is the time on one core even
 * on a busy machine, and before each run a baseline on the same thread: the file only parsed, as the verifier parses
 * it, so that what verifying adds shows as a ratio that a noisy machine does not move. Not a test: run it by hand, e.g.
 * {@code java -cp verifier/target/jejak-verifier.jar id.jejak.verifier.VerifierBenchmark 1000000}.
 */
public final class VerifierBenchmark {

    private VerifierBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int streams = args.length > 1 ? Integer.parseInt(args[1]) : Math.max(1, events / 40);
        int every = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        Path file = Files.createTempFile("jejak-ledger-benchmark-", ".ndjson");
        try {
            SigningKey key = SigningKey.generate();
            long started = System.nanoTime();
            write(file, events, streams, every, key);
            System.out.printf("wrote %,d events (%,d streams, a checkpoint every %,d) to %s: %,d MB in %.1f s%n",
                    events, streams, every, file, Files.size(file) >> 20, (System.nanoTime() - started) / 1e9);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int run = 1; run <= 3; run++) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long parsed = parseOnly(file);
                double parseCpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
                long start = System.nanoTime();
                cpuStart = threads.getCurrentThreadCpuTime();
                VerificationReport report;
                try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                    report = VerifierCli.verify(in, List.of(key.publicKey()), List.of());
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
                // one thread does all the work: its CPU time is the time on one core, whatever else the machine runs
                System.out.printf("run %d: %,d events, %.2f s on the clock (%,.0f events/s), %.2f s of CPU on one "
                                + "core (%,.0f events/s, %.0f MB/s) — %s%n", run, report.events(), seconds,
                        report.events() / seconds, cpu, report.events() / cpu, Files.size(file) / cpu / 1e6,
                        report.verified() ? "VERIFIED" : "BROKEN: " + report.firstBreak());
                System.out.printf("       baseline, the same file only parsed: %,.0f events/s of CPU; verifying "
                        + "runs at %.2f × that%n", parsed / parseCpu, (report.events() / cpu) / (parsed / parseCpu));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The baseline: the export read and parsed exactly as the verifier reads it, with nothing checked. */
    private static long parseOnly(Path file) throws IOException {
        long[] events = {0};
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ExportReader.read(in, new ExportReader.Visitor() {
                @Override
                public void header(ExportHeader header) {
                }

                @Override
                public void event(LedgerEvent event) {
                    events[0]++;
                }

                @Override
                public void checkpoint(Checkpoint checkpoint) {
                }
            });
        }
        return events[0];
    }

    static void write(Path file, int events, int streams, int every, SigningKey key) throws IOException {
        Random random = new Random(42);
        EventHash eventHash = new EventHash();
        Map<String, long[]> sequences = new HashMap<>();
        Map<String, byte[]> heads = new HashMap<>();
        Checkpoint previous = null;
        CheckpointBuilder builder = new CheckpointBuilder(null, new MerkleTree());
        Instant time = Instant.parse("2025-01-02T01:00:00.000Z");
        long globalIndex = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             ExportWriter writer = new ExportWriter(out)) {
            writer.header(new ExportHeader(ExportHeader.FORMAT, Scope.FULL, null, null, null,
                    Instant.now().toString()));
            for (int i = 0; i < events; i++) {
                globalIndex += random.nextInt(500) == 0 ? 2 : 1; // a rolled-back append now and then
                String nip = String.format("19%02d%02d%02d20%02d%02d1%03d", 60 + random.nextInt(40),
                        1 + random.nextInt(12), 1 + random.nextInt(28), 10 + random.nextInt(15),
                        1 + random.nextInt(12), random.nextInt(streams) % 1000);
                String stream = "S" + random.nextInt(streams) + "-" + nip.substring(0, 8);
                long sequence = sequences.computeIfAbsent(stream, s -> new long[]{-1})[0] += 1;
                time = time.plusMillis(1 + random.nextInt(2_000));
                LedgerEvent unhashed = new LedgerEvent(globalIndex, stream, sequence, "CivilServant",
                        UUID.randomUUID().toString(), "id.jejak.kernel.training.TrainingAssigned", null,
                        time.toString(), payload(random, nip), metaData(random), heads.get(stream), null);
                byte[] hash = eventHash.of(unhashed);
                heads.put(stream, hash);
                writer.event(new LedgerEvent(globalIndex, stream, sequence, unhashed.type(),
                        unhashed.eventIdentifier(), unhashed.payloadType(), null, unhashed.timeStamp(),
                        unhashed.payload(), unhashed.metaData(), unhashed.previousHash(), hash));
                builder.add(globalIndex, stream, sequence, hash);
                if (builder.eventCount() == every) {
                    previous = builder.seal(globalIndex, time, key);
                    writer.checkpoint(previous);
                    builder = new CheckpointBuilder(previous, builder.tree());
                }
            }
        }
    }

    private static byte[] payload(Random random, String nip) {
        return ("{\"nip\":\"" + nip + "\",\"trainingId\":\"" + new UUID(random.nextLong(), random.nextLong())
                + "\",\"title\":\"Pelatihan Kepemimpinan Pengawas Angkatan " + random.nextInt(90)
                + "\",\"kind\":\"CLASSROOM\",\"organiser\":\"Badan Pengembangan Sumber Daya Manusia Provinsi\","
                + "\"plannedLessonHours\":" + (4 + random.nextInt(80)) + ",\"startDate\":\"2025-0"
                + (1 + random.nextInt(9)) + "-1" + random.nextInt(10) + "\",\"mandatory\":"
                + random.nextBoolean() + ",\"notes\":\"Peserta wajib hadir tepat waktu dan membawa surat tugas "
                + "dari kepala perangkat daerah; sertifikat diberikan setelah evaluasi.\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] metaData(Random random) {
        return ("{\"actorId\":\"hr.petugas" + random.nextInt(50) + "\",\"actorRole\":\"HR_OFFICER\","
                + "\"correlationId\":\"" + new UUID(random.nextLong(), random.nextLong()) + "\",\"causationId\":\""
                + new UUID(random.nextLong(), random.nextLong()) + "\",\"reason\":\"penugasan pelatihan\"}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
