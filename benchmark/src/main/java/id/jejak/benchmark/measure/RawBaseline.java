package id.jejak.benchmark.measure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * What the same PostgreSQL does without Jejak: single-row INSERTs, one per transaction, from 8 JDBC threads into a
 * table shaped like the event table (its own bigserial and unique keys, in a schema of its own, with payloads and
 * metadata sampled from the loaded events); and a keyset read of the whole event table in batches of 1,000, the way a
 * streaming processor reads it, on one connection.
 */
public final class RawBaseline {

    private final DataSource dataSource;
    private final String url;
    private final String user;
    private final String password;

    public RawBaseline(DataSource dataSource, String url, String user, String password) {
        this.dataSource = dataSource;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    private record Sample(byte[] payload, byte[] metadata, String type) {
    }

    public Map<String, Object> inserts(int threads, int seconds) throws Exception {
        List<Sample> samples = samples();
        Database.execute(dataSource, "create schema if not exists benchmark");
        Database.execute(dataSource, "drop table if exists benchmark.raw_event");
        Database.execute(dataSource, """
                create table benchmark.raw_event (
                    global_index         bigserial    not null primary key,
                    aggregate_identifier varchar(255) not null,
                    sequence_number      bigint       not null,
                    type                 varchar(255),
                    event_identifier     varchar(255) not null unique,
                    meta_data            bytea,
                    payload              bytea        not null,
                    payload_revision     varchar(255),
                    payload_type         varchar(255) not null,
                    time_stamp           varchar(255) not null,
                    unique (aggregate_identifier, sequence_number))""");
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[]>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            results.add(pool.submit(() -> insertUntil(stop, samples, thread)));
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        long rows = 0;
        long bytes = 0;
        for (Future<long[]> result : results) {
            long[] counts = result.get();
            rows += counts[0];
            bytes += counts[1];
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("threads", threads);
        json.put("rows", rows);
        json.put("seconds", Loader.round(elapsed));
        json.put("rowsPerSecond", Loader.round(rows / elapsed));
        json.put("averagePayloadAndMetadataBytes", rows == 0 ? 0 : bytes / rows);
        json.put("table", "benchmark.raw_event (shaped like eventstore.domain_event_entry)");
        return json;
    }

    private long[] insertUntil(AtomicBoolean stop, List<Sample> samples, int thread) throws SQLException {
        long rows = 0;
        long bytes = 0;
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement insert = connection.prepareStatement("""
                     insert into benchmark.raw_event (aggregate_identifier, sequence_number, type, event_identifier,
                         meta_data, payload, payload_revision, payload_type, time_stamp)
                     values (?, ?, ?, ?, ?, ?, null, ?, ?)""")) {
            connection.setAutoCommit(true);
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String aggregate = null;
            long sequence = 0;
            while (!stop.get()) {
                if (aggregate == null || sequence >= 50) {
                    aggregate = "raw-" + thread + "-" + UUID.randomUUID();
                    sequence = 0;
                }
                Sample sample = samples.get(random.nextInt(samples.size()));
                insert.setString(1, aggregate);
                insert.setLong(2, sequence++);
                insert.setString(3, "CivilServant");
                insert.setString(4, UUID.randomUUID().toString());
                insert.setBytes(5, sample.metadata());
                insert.setBytes(6, sample.payload());
                insert.setString(7, sample.type());
                insert.setString(8, Instant.now().toString());
                insert.executeUpdate();
                rows++;
                bytes += sample.payload().length + (sample.metadata() == null ? 0 : sample.metadata().length);
            }
        }
        return new long[]{rows, bytes};
    }

    private List<Sample> samples() throws SQLException {
        List<Sample> samples = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select payload, meta_data, payload_type from eventstore.domain_event_entry
                     tablesample system (5) limit 2000""")) {
            while (rows.next()) {
                samples.add(new Sample(rows.getBytes(1), rows.getBytes(2), rows.getString(3)));
            }
        }
        if (samples.isEmpty()) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "select payload, meta_data, payload_type from eventstore.domain_event_entry limit 2000")) {
                while (rows.next()) {
                    samples.add(new Sample(rows.getBytes(1), rows.getBytes(2), rows.getString(3)));
                }
            }
        }
        return samples;
    }

    /** Reads every row of the event table in global-index order, 1,000 at a time, on one connection. */
    public Map<String, Object> keysetRead() throws SQLException {
        long rows = 0;
        long bytes = 0;
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement select = connection.prepareStatement("""
                     select global_index, aggregate_identifier, sequence_number, type, event_identifier, meta_data,
                            payload, payload_revision, payload_type, time_stamp
                     from eventstore.domain_event_entry where global_index > ? order by global_index limit 1000""")) {
            long last = -1;
            while (true) {
                select.setLong(1, last);
                int batch = 0;
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        last = result.getLong(1);
                        result.getString(2);
                        result.getLong(3);
                        result.getString(4);
                        result.getString(5);
                        byte[] metadata = result.getBytes(6);
                        byte[] payload = result.getBytes(7);
                        result.getString(8);
                        result.getString(9);
                        result.getString(10);
                        bytes += payload.length + (metadata == null ? 0 : metadata.length);
                        batch++;
                    }
                }
                rows += batch;
                if (batch < 1000) {
                    break;
                }
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("table", "eventstore.domain_event_entry");
        json.put("batch", 1000);
        json.put("rows", rows);
        json.put("megabytes", Loader.round(bytes / 1e6));
        json.put("seconds", Loader.round(elapsed));
        json.put("rowsPerSecond", Loader.round(rows / elapsed));
        return json;
    }

    public void dropTable() {
        Database.execute(dataSource, "drop schema if exists benchmark cascade");
    }
}
