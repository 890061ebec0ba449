package id.jejak.benchmark.measure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jejak.benchmark.generator.Agency;
import id.jejak.benchmark.generator.PersonHistory;
import id.jejak.benchmark.generator.Step;
import id.jejak.benchmark.http.TokenIssuer;
import id.jejak.kernel.Decree;
import id.jejak.kernel.award.GrantAward;
import id.jejak.kernel.civilservant.PlaceInPosition;
import id.jejak.kernel.civilservant.RecordEducation;
import id.jejak.kernel.civilservant.RegisterCivilServant;
import id.jejak.kernel.discipline.ImposeSanction;
import id.jejak.kernel.performance.EvaluationKind;
import id.jejak.kernel.performance.RecordPerformanceEvaluation;
import id.jejak.kernel.promotion.GrantPromotion;
import id.jejak.kernel.promotion.ProposePromotion;
import id.jejak.kernel.training.AssignTraining;
import id.jejak.kernel.training.RecordTrainingCompletion;
import id.jejak.launcher.JejakLauncher;
import org.springframework.core.env.Environment;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import javax.sql.DataSource;

import static id.jejak.benchmark.measure.Loader.round;

/**
 * An agency's first day: the generated history imported as SIASN's riwayat files (identity, education, positions,
 * ranks, trainings with JP, annual predicates, sanctions, awards) into a second Jejak on a throw-away database set up
 * as the benchmark's (a database of its own on the same server, so fsync off for both), through the import API, the
 * files in the order an agency sends them; then the same files again,
 * which must record nothing. Its rows and events a second are set against the command gateway's load of the same
 * agency in the same run. The history's other decisions (coaching, programmes, corrections, revocations,
 * retirements) have no import file and are left out: the figure compares rates, not totals.
 */
public final class BulkImport {

    /** Rows a file: SIASN exports a unit or a year a file; this keeps each request well under the 32 MB limit. */
    private static final int ROWS_PER_FILE = 20_000;
    private static final List<String> KINDS = List.of("identity", "education", "position-history", "rank-history",
            "training", "annual-predicate", "sanction", "award");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TokenIssuer issuer;
    private final HttpClient http = HttpClient.newHttpClient();

    public BulkImport(TokenIssuer issuer) {
        this.issuer = issuer;
    }

    /**
     * @param first                  the benchmark's Jejak: its server gets a second database for the import
     * @param sideArgs               the arguments it was started with
     * @param gatewayEventsPerSecond the same run's load through the command gateway
     */
    public Map<String, Object> compare(Agency agency, JejakLauncher.Running first, List<String> sideArgs,
                                       double gatewayEventsPerSecond) throws Exception {
        Path folder = Files.createTempDirectory("jejak-benchmark-riwayat");
        try {
            return compare(written(agency, folder), first, sideArgs, gatewayEventsPerSecond);
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    private Map<String, Object> compare(Riwayat files, JejakLauncher.Running first, List<String> sideArgs,
                                        double gatewayEventsPerSecond) throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        System.out.println("Bulk import: the same agency's history as riwayat files into a second Jejak…");
        // a second throw-away server in this JVM would be the first one again (both sides of a run share it), and a
        // data directory of its own would commit with fsync: a database of its own on the same server is like for like
        Environment environment = first.querySide().getEnvironment();
        String url = environment.getProperty("spring.datasource.url");
        DataSource server = first.querySide().getBean(DataSource.class);
        // a kept data directory (--data-dir) still holds the previous run's
        Database.execute(server, "drop database if exists jejak_import");
        Database.execute(server, "create database jejak_import");
        List<String> importArgs = new ArrayList<>(sideArgs);
        importArgs.removeIf(argument -> argument.startsWith("--jejak.embedded-postgres."));
        importArgs.add("--spring.datasource.url=" + url.replaceFirst("/postgres(\\?|$)", "/jejak_import$1"));
        importArgs.add("--spring.datasource.username=" + environment.getProperty("spring.datasource.username"));
        importArgs.add("--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""));
        try (JejakLauncher.Running second = JejakLauncher.start(importArgs.toArray(String[]::new))) {
            String base = "http://localhost:" + second.commandSidePort() + "/api/v1/imports";
            Map<String, Object> once = importAll(base, files);
            Map<String, Object> again = importAll(base, files);
            result.put("rowsByKind", files.rows());
            result.put("first", once);
            result.put("again", again);
            double eventsPerSecond = ((Number) once.get("eventsPerSecond")).doubleValue();
            result.put("gatewayEventsPerSecond", round(gatewayEventsPerSecond));
            result.put("importOverGatewayEvents", round(eventsPerSecond / gatewayEventsPerSecond));
            System.out.printf("  imported %,d rows, %,d events in %.1f s (%,.0f rows/s, %,.0f events/s: %.2f × the "
                            + "gateway's %,.0f events/s); the same files again recorded %d%n", once.get("recorded"),
                    once.get("events"), once.get("seconds"), once.get("rowsPerSecond"), eventsPerSecond,
                    eventsPerSecond / gatewayEventsPerSecond, gatewayEventsPerSecond, again.get("recorded"));
        }
        return result;
    }

    private Map<String, Object> importAll(String base, Riwayat files) throws Exception {
        long recorded = 0;
        long alreadyRecorded = 0;
        long events = 0;
        long rows = 0;
        long started = System.nanoTime();
        for (String kind : KINDS) {
            for (Path file : files.files().get(kind)) {
                JsonNode done = importFile(base, kind, file.getFileName().toString(), Files.readString(file));
                int recordedRows = done.get("recorded").asInt();
                recorded += recordedRows;
                alreadyRecorded += done.get("alreadyRecorded").asInt();
                events += "training".equals(kind) ? 2L * recordedRows : recordedRows;
                rows += done.get("rowsTotal").asInt();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rows", rows);
        json.put("recorded", recorded);
        json.put("alreadyRecorded", alreadyRecorded);
        json.put("events", events);
        json.put("seconds", round(seconds));
        json.put("rowsPerSecond", round(rows / seconds));
        json.put("eventsPerSecond", round(events / seconds));
        return json;
    }

    private JsonNode importFile(String base, String kind, String file, String content) throws Exception {
        String body = JSON.writeValueAsString(Map.of("kind", kind, "file", file, "format", "NDJSON",
                "source", "SIASN", "content", content));
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(base))
                .header("Authorization", issuer.authorization("admin")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("import of " + file + " answered " + started.statusCode() + ": "
                    + started.body());
        }
        URI progress = URI.create(base + "/" + JSON.readTree(started.body()).get("importId").asText());
        while (true) {
            JsonNode view = JSON.readTree(http.send(HttpRequest.newBuilder(progress)
                    .header("Authorization", issuer.authorization("admin")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            if (!"RUNNING".equals(view.get("state").asText())) {
                if (!"DONE".equals(view.get("state").asText()) || view.get("refused").asInt() > 0) {
                    String report = http.send(HttpRequest.newBuilder(URI.create(progress + "/report"))
                            .header("Authorization", issuer.authorization("admin")).build(),
                            HttpResponse.BodyHandlers.ofString()).body();
                    throw new IllegalStateException("import of " + file + " ended " + view + "; its first rows: "
                            + report.lines().limit(4).toList());
                }
                return view;
            }
            Thread.sleep(100);
        }
    }

    /** The NDJSON files written of each kind, in the order sent, and the rows of each kind. */
    record Riwayat(Map<String, List<Path>> files, Map<String, Integer> rows) {
    }

    /**
     * Writes the rows to NDJSON files of at most {@link #ROWS_PER_FILE} rows, so that a large agency's history is
     * never in memory at once (the benchmark's heap is shared by two Jejaks and the driver).
     */
    static Riwayat written(Agency agency, Path folder) throws IOException {
        Map<String, List<Path>> files = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Writer> open = new HashMap<>();
        KINDS.forEach(kind -> {
            files.put(kind, new ArrayList<>());
            counts.put(kind, 0);
        });
        try {
            rows(agency, (kind, row) -> {
                try {
                    int count = counts.merge(kind, 1, Integer::sum);
                    if (count % ROWS_PER_FILE == 1) {
                        Writer done = open.remove(kind);
                        if (done != null) {
                            done.close();
                        }
                        Path file = folder.resolve(kind + "-" + (count / ROWS_PER_FILE + 1) + ".ndjson");
                        files.get(kind).add(file);
                        open.put(kind, Files.newBufferedWriter(file));
                    }
                    open.get(kind).write(JSON.writeValueAsString(row) + "\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } finally {
            for (Writer writer : open.values()) {
                writer.close();
            }
        }
        return new Riwayat(files, counts);
    }

    /** Each kind's rows, as SIASN's riwayat exports name their columns, from the commands the generator sends. */
    static void rows(Agency agency, BiConsumer<String, Map<String, Object>> sink) {
        for (Agency.Person person : agency.persons()) {
            Map<UUID, ProposePromotion> proposals = new HashMap<>();
            Map<UUID, AssignTraining> trainings = new HashMap<>();
            for (Step step : PersonHistory.generate(agency, person).steps()) {
                Object command = step.command();
                if (command instanceof RegisterCivilServant c) {
                    add(sink, "identity", row("nipBaru", c.nip().value(), "nama", c.fullName(),
                            "jenisPegawai", c.employmentType().name(),
                            "golonganAwal", c.rank() == null ? null : c.rank().code(),
                            "tmtCpns", c.effectiveDate().toString(),
                            "pendidikan", c.education() == null ? null : c.education().name(),
                            "unorNama", c.workUnit(), "jabatanNama", c.position()));
                } else if (command instanceof RecordEducation c) {
                    add(sink, "education", row("nipBaru", c.nip().value(), "pendidikan", c.education().name(),
                            "namaSekolah", c.institution(), "tglLulus", c.graduatedOn().toString()));
                } else if (command instanceof PlaceInPosition c) {
                    add(sink, "position-history", decreed(c.decree(), "nipBaru", c.nip().value(),
                            "jenisJabatan", c.kind().name(), "jabatanNama", c.title(), "unorNama", c.workUnit(),
                            "tmtJabatan", c.effectiveDate().toString()));
                } else if (command instanceof ProposePromotion c) {
                    proposals.put(c.proposalId(), c);
                } else if (command instanceof GrantPromotion c) {
                    ProposePromotion proposal = proposals.get(c.proposalId());
                    add(sink, "rank-history", decreed(c.decree(), "nipBaru", c.nip().value(),
                            "golongan", proposal.targetRank().code(), "tmtGolongan",
                            proposal.effectiveDate().toString()));
                } else if (command instanceof AssignTraining c) {
                    trainings.put(c.trainingId(), c);
                } else if (command instanceof RecordTrainingCompletion c) {
                    AssignTraining assigned = trainings.get(c.trainingId());
                    add(sink, "training", row("nipBaru", c.nip().value(), "namaDiklat", assigned.title(),
                            "jenisDiklat", assigned.kind().name(), "institusiPenyelenggara", assigned.organiser(),
                            "jumlahJam", String.valueOf(c.earnedLessonHours().value()),
                            "tanggalMulai", assigned.startDate().toString(),
                            "tanggalSelesai", c.completedOn().toString(), "nomorSertifikat", c.certificateNumber()));
                } else if (command instanceof RecordPerformanceEvaluation c && c.kind() == EvaluationKind.ANNUAL) {
                    add(sink, "annual-predicate", row("nipBaru", c.nip().value(), "tahun", String.valueOf(c.year()),
                            "hasilKinerja", c.workResult().name(), "perilakuKerja", c.workBehaviour().name(),
                            "penilaiNipNrp", c.evaluator().value()));
                } else if (command instanceof ImposeSanction c) {
                    add(sink, "sanction", decreed(c.decree(), "nipBaru", c.nip().value(),
                            "jenisHukuman", c.type().name(), "masaHukuman", String.valueOf(c.months()),
                            "tmtHukuman", c.effectiveDate().toString()));
                } else if (command instanceof GrantAward c) {
                    add(sink, "award", decreed(c.decree(), "nipBaru", c.nip().value(),
                            "namaPenghargaan", c.title(), "tanggal", c.effectiveDate().toString()));
                }
                // the rest has no riwayat file, or names events recorded before it (corrections, revocations)
            }
        }
    }

    private static void add(BiConsumer<String, Map<String, Object>> sink, String kind, Map<String, Object> row) {
        if (row != null) {
            sink.accept(kind, row);
        }
    }

    private static Map<String, Object> row(Object... columnsAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return row;
    }

    /** A decree's number and date, which every decided row needs; without a decree, no row (null). */
    private static Map<String, Object> decreed(Decree decree, Object... columnsAndValues) {
        if (decree == null) {
            return null;
        }
        Map<String, Object> row = row(columnsAndValues);
        row.put("skNomor", decree.number());
        row.put("skTanggal", decree.date().toString());
        return row;
    }
}
