package id.jejak.benchmark.measure;

import id.jejak.benchmark.generator.Agency;
import id.jejak.benchmark.generator.DevelopmentPlans;
import id.jejak.benchmark.generator.PersonHistory;
import id.jejak.benchmark.generator.Programmes;
import id.jejak.benchmark.generator.Step;
import id.jejak.benchmark.generator.UnitHistory;
import id.jejak.command.dispatch.ActorScope;
import id.jejak.kernel.EventMetadata;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * Loads the generated history through the command side's gateway, in-process, on a pool of threads: each civil
 * servant's commands in order on one thread (commands on one record must be sequential), many people at once, then
 * each unit's development needs and plans. Every
 * command must pass the rules; a refusal is a generator bug, counted, and that person's remaining commands skipped.
 */
public final class Loader {

    /** What was loaded, and how fast. */
    public record Result(long commands, long events, double seconds, long rejected, List<String> rejections,
                         Map<String, Long> commandTypes, PersonHistory.End[] ends) {

        public Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("commands", commands);
            json.put("events", events);
            json.put("seconds", round(seconds));
            json.put("commandsPerSecond", round(commands / seconds));
            json.put("eventsPerSecond", round(events / seconds));
            json.put("rejected", rejected);
            json.put("rejectionSamples", rejections);
            json.put("commandTypes", commandTypes);
            return json;
        }
    }

    private final CommandGateway gateway;
    private final DataSource dataSource;
    private final int threads;
    private final LongAdder commands = new LongAdder();
    private final LongAdder rejected = new LongAdder();
    private final List<String> rejections = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, LongAdder> types = new ConcurrentHashMap<>();

    public Loader(CommandGateway gateway, DataSource dataSource, int threads) {
        this.gateway = gateway;
        this.dataSource = dataSource;
        this.threads = threads;
    }

    public Result load(Agency agency) throws Exception {
        long eventsBefore = Database.count(dataSource, "select count(*) from eventstore.domain_event_entry");
        long start = System.nanoTime();
        List<Agency.Person> persons = agency.persons();
        PersonHistory.End[] ends = new PersonHistory.End[persons.size()];
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "benchmark-load");
            thread.setDaemon(true);
            return thread;
        });
        AtomicInteger done = new AtomicInteger();
        AtomicLong lastReport = new AtomicLong(System.nanoTime());
        try {
            // first the units' facts and the programmes, which participants' histories enrol in
            List<Future<?>> setup = new ArrayList<>();
            for (int unit = 0; unit < agency.unitCount(); unit++) {
                int u = unit;
                setup.add(pool.submit(() -> send(UnitHistory.generate(agency, u))));
            }
            List<Programmes.Plan> programmes = Programmes.all(agency);
            for (int from = 0; from < programmes.size(); from += 50) {
                List<Programmes.Plan> batch = programmes.subList(from, Math.min(programmes.size(), from + 50));
                setup.add(pool.submit(() -> send(batch.stream().map(plan -> new Step(plan.id().toString(),
                        plan.command(), null, "hr.diklat", "HR_OFFICER", "rencana pengembangan kompetensi", null, 1))
                        .toList())));
            }
            for (Future<?> future : setup) {
                future.get();
            }
            List<Future<?>> work = new ArrayList<>(persons.size());
            for (Agency.Person person : persons) {
                work.add(pool.submit(() -> {
                    PersonHistory.Plan plan = PersonHistory.generate(agency, person);
                    send(plan.steps());
                    ends[person.index()] = plan.end();
                    int finished = done.incrementAndGet();
                    long now = System.nanoTime();
                    long last = lastReport.get();
                    if (now - last > 15_000_000_000L && lastReport.compareAndSet(last, now)) {
                        double seconds = (now - start) / 1e9;
                        System.out.printf("  load: %,d of %,d civil servants, %,d commands, %,.0f commands/s%n",
                                finished, persons.size(), commands.sum(), commands.sum() / seconds);
                    }
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
            // the plans name people still in service and programmes they attended: known once the histories are in
            List<Future<?>> plans = new ArrayList<>();
            for (int unit = 0; unit < agency.unitCount(); unit++) {
                int u = unit;
                plans.add(pool.submit(() -> send(DevelopmentPlans.generate(agency, u, ends))));
            }
            for (Future<?> future : plans) {
                future.get();
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long events = Database.count(dataSource, "select count(*) from eventstore.domain_event_entry") - eventsBefore;
        Map<String, Long> byType = new TreeMap<>();
        types.forEach((type, count) -> byType.put(type, count.sum()));
        return new Result(commands.sum(), events, seconds, rejected.sum(), List.copyOf(rejections), byType, ends);
    }

    /** Sends one record's commands in order; stops at the first refusal, which is counted. */
    private void send(List<Step> steps) {
        String correlation = UUID.randomUUID().toString();
        Map<String, String> ids = new HashMap<>();
        for (Step step : steps) {
            Object command = null;
            try {
                command = step.command((aggregate, sequence) -> ids.computeIfAbsent(aggregate + "#" + sequence,
                        key -> eventId(aggregate, sequence)));
                Map<String, Object> metadata = new HashMap<>();
                metadata.put(EventMetadata.ACTOR_ID, step.actor());
                metadata.put(EventMetadata.ACTOR_ROLE, step.role());
                // the loader acts for the whole agency, as the demo HR officer does
                metadata.put(ActorScope.ACTOR_UNITS, List.of("*"));
                metadata.put(EventMetadata.CORRELATION_ID, correlation);
                if (step.reason() != null) {
                    metadata.put(EventMetadata.REASON, step.reason());
                }
                if (step.legalBasis() != null) {
                    metadata.put(EventMetadata.LEGAL_BASIS, step.legalBasis().toString());
                }
                gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(metadata)),
                        120, TimeUnit.SECONDS);
                commands.increment();
                types.computeIfAbsent(command.getClass().getSimpleName(), type -> new LongAdder()).increment();
            } catch (RuntimeException e) {
                rejected.increment();
                if (rejections.size() < 20) {
                    rejections.add(step.aggregate() + " " + (command == null ? "?" : command.getClass().getSimpleName())
                            + ": " + e.getMessage() + " — " + command);
                }
                return;
            }
        }
    }

    private String eventId(String aggregate, long sequence) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     select event_identifier from eventstore.domain_event_entry
                     where aggregate_identifier = ? and sequence_number = ?""")) {
            statement.setString(1, aggregate);
            statement.setLong(2, sequence);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("no event " + aggregate + "#" + sequence);
                }
                return rows.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
