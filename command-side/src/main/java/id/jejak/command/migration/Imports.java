package id.jejak.command.migration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jejak.career.performance.PredicateMatrix;
import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.EventMetadata;
import id.jejak.kernel.InvalidValueException;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.platform.security.JejakUser;
import jakarta.annotation.PreDestroy;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Bulk imports of existing records as history. Each file is kept with its import until it has been gone through, one
 * import at a time on a thread of its own; a node stopped half-way continues it when it starts again, from the last
 * row it counted (rows after it that were recorded are found by their event ids and not recorded twice).
 * <p>
 * Rows are appended to the person's stream as the events they describe — not sent as commands, since a command asks
 * whether a decision may be taken now, and these were taken years ago. Every value is checked as a command's is; no
 * career rule is, and a decision that broke one is recorded as it happened, for the findings to show.
 */
@Component
class Imports {

    enum Outcome { RECORDED, ALREADY_RECORDED, WOULD_RECORD, REFUSED }

    /** An import as its progress reads. */
    record ImportView(UUID importId, String kind, String file, boolean dryRun, String state, int rowsTotal,
                      int rowsDone, int recorded, int alreadyRecorded, int refused, double rowsPerSecond,
                      Long secondsLeft, Instant startedAt, Instant finishedAt) {
    }

    /** One row's outcome, for the report. */
    record RowOutcome(int row, String outcome, String code, Map<String, Object> facts, String eventId) {
    }

    private static final Logger log = LoggerFactory.getLogger(Imports.class);
    private static final String AGGREGATE_TYPE = "CivilServant";
    /** Rows between two saves of the progress: what a stop can make the import read again. */
    private static final int PROGRESS_EVERY = 100;

    private final JdbcClient jdbc;
    private final EventStore eventStore;
    private final PredicateMatrix matrix;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "jejak-import");
        thread.setDaemon(true);
        return thread;
    });

    Imports(JdbcClient jdbc, EventStore eventStore, PredicateMatrix matrix, Clock clock) {
        this.jdbc = jdbc;
        this.eventStore = eventStore;
        this.matrix = matrix;
        this.clock = clock;
    }

    /** Reads the file whole (refusing it if it cannot be), keeps it and starts going through it. */
    UUID start(ImportKind kind, ImportFile.Format format, String file, boolean dryRun, String source, byte[] content,
               JejakUser importer) {
        int rows = ImportFile.rows(kind, format, content).size();
        UUID importId = UUID.randomUUID();
        jdbc.sql("""
                        insert into import_job (import_id, kind, file_name, format, dry_run, imported_by,
                                                imported_by_role, started_at, state, content, rows_total)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 'RUNNING', ?, ?)""")
                .params(importId, kind.name(), source + ":" + file, format.name(), dryRun, importer.id(),
                        importer.role().name(), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), content,
                        rows)
                .update();
        worker.submit(() -> run(importId));
        return importId;
    }

    /** Imports a stop interrupted, continued where their progress was last saved. */
    @EventListener(ApplicationReadyEvent.class)
    void continueInterrupted() {
        jdbc.sql("select import_id from import_job where state = 'RUNNING' order by started_at")
                .query(UUID.class).list().forEach(importId -> worker.submit(() -> run(importId)));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    Optional<ImportView> find(UUID importId) {
        return jdbc.sql("select * from import_job where import_id = ?").param(importId).query((row, index) -> {
            Instant started = row.getObject("started_at", OffsetDateTime.class).toInstant();
            OffsetDateTime finishedAt = row.getObject("finished_at", OffsetDateTime.class);
            Instant finished = finishedAt == null ? null : finishedAt.toInstant();
            int total = row.getInt("rows_total");
            int done = row.getInt("rows_done");
            double seconds = Math.max(0.001, Duration.between(started, finished == null ? clock.instant() : finished)
                    .toMillis() / 1000.0);
            double rate = done / seconds;
            String file = row.getString("file_name");
            return new ImportView(importId, row.getString("kind"), file.substring(file.indexOf(':') + 1),
                    row.getBoolean("dry_run"), row.getString("state"), total, done, row.getInt("recorded"),
                    row.getInt("already_recorded"), row.getInt("refused"), Math.round(rate * 10) / 10.0,
                    finished != null ? Long.valueOf(0) : rate == 0 ? null : (long) Math.ceil((total - done) / rate),
                    started, finished);
        }).optional();
    }

    void forEachRow(UUID importId, Consumer<RowOutcome> action) {
        jdbc.sql("select * from import_row where import_id = ? order by row_number").param(importId)
                .query(row -> {
                    action.accept(new RowOutcome(row.getInt("row_number"), row.getString("outcome"),
                            row.getString("code"), facts(row.getString("facts")), row.getString("event_id")));
                });
    }

    private void run(UUID importId) {
        try {
            var job = jdbc.sql("select * from import_job where import_id = ?").param(importId)
                    .query((row, index) -> new Job(ImportKind.valueOf(row.getString("kind")),
                            ImportFile.Format.valueOf(row.getString("format")), row.getString("file_name"),
                            row.getBoolean("dry_run"), row.getString("imported_by"),
                            row.getString("imported_by_role"), row.getBytes("content"), row.getInt("rows_done")))
                    .single();
            List<Map<String, String>> rows = ImportFile.rows(job.kind(), job.format(), job.content());
            // each person's stream is read once an import, then followed as the import appends to it
            Map<String, RecordedStream> streams = new HashMap<>();
            Map<String, Integer> counts = counted(importId, job.rowsDone());
            for (int index = job.rowsDone(); index < rows.size(); index++) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                RowOutcome outcome;
                try {
                    outcome = row(importId, job, index + 1, rows.get(index), streams);
                } catch (ConcurrencyException | AggregateStreamCreationException appendedMeanwhile) {
                    // a live command appended to the person since the stream was read: read it again, once
                    streams.remove(HistoryRows.nip(rows.get(index)).value());
                    outcome = row(importId, job, index + 1, rows.get(index), streams);
                }
                jdbc.sql("""
                                insert into import_row (import_id, row_number, outcome, code, facts, event_id)
                                values (?, ?, ?, ?, ?, ?)
                                on conflict (import_id, row_number) do update set outcome = excluded.outcome,
                                    code = excluded.code, facts = excluded.facts, event_id = excluded.event_id""")
                        .params(importId, outcome.row(), outcome.outcome(), outcome.code(),
                                outcome.facts() == null ? null : text(outcome.facts()), outcome.eventId())
                        .update();
                counts.merge(outcome.outcome(), 1, Integer::sum);
                if ((index + 1) % PROGRESS_EVERY == 0 || index + 1 == rows.size()) {
                    saveProgress(importId, index + 1, counts);
                }
            }
            jdbc.sql("update import_job set state = 'DONE', finished_at = ?, content = null where import_id = ?")
                    .params(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), importId).update();
        } catch (RuntimeException failure) {
            // never the row's data: the log names the import only
            log.error("Import {} stopped: {}", importId, failure.getClass().getSimpleName());
            jdbc.sql("update import_job set state = 'FAILED', finished_at = ? where import_id = ?")
                    .params(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), importId).update();
        }
    }

    /**
     * The outcomes of the rows up to the last saved progress, where a continued import starts counting: rows after it
     * are gone through again, and their outcomes replaced.
     */
    private Map<String, Integer> counted(UUID importId, int rowsDone) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql("""
                        select outcome, count(*) as rows from import_row where import_id = ? and row_number <= ?
                        group by outcome""")
                .params(importId, rowsDone)
                .query(row -> {
                    counts.put(row.getString("outcome"), row.getInt("rows"));
                });
        return counts;
    }

    private void saveProgress(UUID importId, int rowsDone, Map<String, Integer> counts) {
        jdbc.sql("""
                        update import_job set rows_done = ?, recorded = ?, already_recorded = ?, refused = ?
                        where import_id = ?""")
                .params(rowsDone,
                        counts.getOrDefault(Outcome.RECORDED.name(), 0)
                                + counts.getOrDefault(Outcome.WOULD_RECORD.name(), 0),
                        counts.getOrDefault(Outcome.ALREADY_RECORDED.name(), 0),
                        counts.getOrDefault(Outcome.REFUSED.name(), 0), importId)
                .update();
    }

    private record Job(ImportKind kind, ImportFile.Format format, String file, boolean dryRun, String importedBy,
                       String importedByRole, byte[] content, int rowsDone) {
    }

    private RowOutcome row(UUID importId, Job job, int number, Map<String, String> row,
                           Map<String, RecordedStream> streams) {
        String eventId = HistoryRows.eventId(job.kind(), row);
        try {
            Nip nip = HistoryRows.nip(row);
            if (recorded(eventId)) {
                return new RowOutcome(number, Outcome.ALREADY_RECORDED.name(), null, null, eventId);
            }
            RecordedStream stream = streams.computeIfAbsent(nip.value(),
                    person -> RecordedStream.of(eventStore, person));
            if (job.kind() == ImportKind.IDENTITY && stream.begun()) {
                return refused(number, "CIVIL_SERVANT_ALREADY_REGISTERED", Map.of("nip", nip.value()));
            }
            if (job.kind() != ImportKind.IDENTITY && !stream.begun()) {
                return refused(number, "IMPORT_IDENTITY_FIRST", Map.of("nip", nip.value()));
            }
            List<CareerEvent> events = HistoryRows.events(job.kind(), row, stream, matrix);
            if (job.dryRun()) {
                return new RowOutcome(number, Outcome.WOULD_RECORD.name(), null, null, eventId);
            }
            int sep = job.file().indexOf(':');
            MetaData metadata = MetaData.with(EventMetadata.ACTOR_ID, job.importedBy())
                    .and(EventMetadata.ACTOR_ROLE, job.importedByRole())
                    .and(EventMetadata.CORRELATION_ID, importId.toString())
                    .and(EventMetadata.MIGRATION_ID, importId.toString())
                    .and(EventMetadata.MIGRATION_SOURCE, job.file().substring(0, sep))
                    .and(EventMetadata.MIGRATION_FILE, job.file().substring(sep + 1))
                    .and(EventMetadata.MIGRATION_ROW, number);
            Instant now = clock.instant();
            List<GenericDomainEventMessage<CareerEvent>> messages = new ArrayList<>();
            for (int index = 0; index < events.size(); index++) {
                // the row's first event has the row's id; a second, the id derived from it
                String id = index == 0 ? eventId : UUID.nameUUIDFromBytes((eventId + "/" + index)
                        .getBytes(StandardCharsets.UTF_8)).toString();
                messages.add(new GenericDomainEventMessage<>(AGGREGATE_TYPE, nip.value(),
                        stream.lastSequence() + 1 + index, events.get(index), metadata, id, now));
            }
            // one append: a row is recorded whole or not at all
            eventStore.publish(messages);
            stream.appended(events);
            return new RowOutcome(number, Outcome.RECORDED.name(), null, null, eventId);
        } catch (InvalidValueException invalid) {
            return refused(number, invalid.code(), invalid.facts());
        }
    }

    private boolean recorded(String eventId) {
        return jdbc.sql("select count(*) from eventstore.domain_event_entry where event_identifier = ?")
                .param(eventId).query(Long.class).single() > 0;
    }

    private static RowOutcome refused(int number, String code, Map<String, Object> facts) {
        return new RowOutcome(number, Outcome.REFUSED.name(), code, facts, null);
    }

    private String text(Map<String, Object> facts) {
        try {
            return json.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> facts(String text) {
        try {
            return text == null ? Map.of() : json.readValue(text, Map.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
