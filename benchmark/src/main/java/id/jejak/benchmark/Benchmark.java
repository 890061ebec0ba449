package id.jejak.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.jejak.benchmark.generator.Agency;
import id.jejak.benchmark.generator.DevelopmentPlans;
import id.jejak.benchmark.generator.PersonHistory;
import id.jejak.benchmark.generator.Programmes;
import id.jejak.benchmark.generator.Step;
import id.jejak.benchmark.generator.UnitHistory;
import id.jejak.benchmark.http.TokenIssuer;
import id.jejak.benchmark.measure.BulkImport;
import id.jejak.benchmark.measure.Database;
import id.jejak.benchmark.measure.Durability;
import id.jejak.benchmark.measure.HttpCommands;
import id.jejak.benchmark.measure.Loader;
import id.jejak.benchmark.measure.Projections;
import id.jejak.benchmark.measure.Queries;
import id.jejak.benchmark.measure.RawBaseline;
import id.jejak.benchmark.measure.Resources;
import id.jejak.launcher.JejakLauncher;
import id.jejak.query.prepared.UnitYearPreparer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Issue 8's benchmark, in one JVM: generate a regional agency's five-year history, start both sides on a throw-away
 * embedded PostgreSQL, load the history through the command gateway, then measure the raw PostgreSQL baseline,
 * commands through HTTP, projection rebuilds, queries and resources; print a table and write the JSON report.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        try {
            Map<String, Object> report = run(options);
            System.exit(report.containsKey("failure") ? 1 : 0);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    /** Runs every stage and answers the report, also written to {@code options.output()}. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> run(Options options) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        Agency agency = new Agency(options.seed(), options.persons(), options.firstYear(), options.years());
        if (options.dryRun()) {
            return dryRun(options, agency);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("run", runInfo(options, agency));
        try (Resources resources = new Resources()) {
            resources.phase("startup");
            List<String> sideArgs = new ArrayList<>();
            sideArgs.add("--server.port=0");
            if (options.dataDirectory() == null) {
                sideArgs.add("--jejak.embedded-postgres.ephemeral=true");
            } else {
                sideArgs.add("--jejak.embedded-postgres.data-directory=" + options.dataDirectory().toAbsolutePath());
            }
            // the sides' INFO lines (processors claiming segments, Tomcat) drown the benchmark's own; --logging.* overrides
            sideArgs.add("--logging.level.root=WARN");
            TokenIssuer issuer = new TokenIssuer(Duration.ofDays(1));
            sideArgs.addAll(issuer.sideArguments());
            sideArgs.addAll(options.sideArguments());
            long started = System.nanoTime();
            JejakLauncher.Running jejak = JejakLauncher.start(sideArgs.toArray(String[]::new));
            ConfigurableApplicationContext commandSide = jejak.commandSide();
            ConfigurableApplicationContext querySide = jejak.querySide();
            try {
                System.out.printf("Jejak started in %.1f s (command side :%d, query side :%d)%n",
                        (System.nanoTime() - started) / 1e9, jejak.commandSidePort(), jejak.querySidePort());
                DataSource database = querySide.getBean(DataSource.class);
                ((Map<String, Object>) report.get("run")).put("postgres", postgresInfo(querySide, database));
                Projections projections = new Projections(querySide, database);

                long recorded = Database.count(commandSide.getBean(DataSource.class),
                        "select count(*) from eventstore.domain_event_entry");
                if (recorded > 0) {
                    // the generated history would meet itself: every command refused as already recorded
                    report.put("failure", "the store in " + options.dataDirectory() + " already holds " + recorded
                            + " events: the load needs an empty one (a new --data-dir)");
                    return report;
                }
                resources.phase("load");
                System.out.printf("Loading %,d civil servants' histories through the command gateway…%n",
                        agency.persons().size());
                long loadCpu = Resources.cpuNanos();
                String loadAverage = Resources.loadAverage();
                Loader.Result load = new Loader(commandSide.getBean(CommandGateway.class),
                        commandSide.getBean(DataSource.class), options.loadThreads()).load(agency);
                Map<String, Object> loadJson = load.json();
                loadJson.put("jvmCpuMsPerCommand",
                        Math.round((Resources.cpuNanos() - loadCpu) / 1e4 / Math.max(1, load.commands())) / 100.0);
                loadJson.put("loadAverageAtStart", loadAverage);
                report.put("load", loadJson);
                System.out.printf("  loaded %,d commands, %,d events in %.1f s (%,.0f events/s), %d refused%n",
                        load.commands(), load.events(), load.seconds(), load.events() / load.seconds(), load.rejected());
                if (load.rejected() > 0) {
                    report.put("failure", "the command side refused " + load.rejected()
                            + " generated command(s): a generator bug; see load.rejectionSamples");
                    load.rejections().forEach(rejection -> System.err.println("  refused: " + rejection));
                    return report;
                }
                loadJson.put("projectionsCaughtUpAfterSeconds",
                        round(projections.awaitCaughtUp(Duration.ofMinutes(60))));

                resources.phase("raw-inserts");
                Environment environment = querySide.getEnvironment();
                RawBaseline raw = new RawBaseline(database, environment.getProperty("spring.datasource.url"),
                        environment.getProperty("spring.datasource.username"),
                        environment.getProperty("spring.datasource.password", ""));
                System.out.println("Raw baseline: single-row inserts…");
                Map<String, Object> rawJson = new LinkedHashMap<>();
                rawJson.put("insert", raw.inserts(8, options.rawInsertSeconds()));
                report.put("rawBaseline", rawJson);
                raw.dropTable();

                resources.phase("http-commands");
                System.out.printf("Commands through HTTP: %d clients, %d s warm-up, %d s measured…%n",
                        options.clients(), options.commandWarmupSeconds(), options.commandSeconds());
                PersonHistory.End[] ends = load.ends();
                Map<String, Object> http = new HttpCommands(options, agency, ends, portOf(commandSide), issuer, 0, 4)
                        .run("with the hash chain");
                report.put("httpCommands", http);
                report.put("hashChainComparison", hashChainComparison(options, agency, ends, commandSide, issuer));
                projections.awaitCaughtUp(Duration.ofMinutes(30));

                resources.phase("keyset-read");
                System.out.println("Raw baseline: keyset read of the event table…");
                rawJson.put("keysetRead", raw.keysetRead());

                if (options.rebuild()) {
                    resources.phase("rebuild");
                    System.out.println("Rebuilding every projection from the first event…");
                    report.put("rebuild", projections.rebuild(portOf(querySide), issuer.authorization("admin")));
                } else {
                    report.put("rebuild", "not measured (--no-rebuild)");
                }

                resources.phase("unit-years-prepared");
                System.out.println("Preparing every unit's findings and 20-JP reports of the recent years, as the query"
                        + " side does ahead of its readers…");
                report.put("unitYearsPrepared", preparedUnitYears(querySide));

                resources.phase("queries");
                System.out.println("Queries through HTTP…");
                report.put("queries", new Queries(options, agency, portOf(querySide), issuer).run());

                if (options.bulkImport()) {
                    resources.phase("bulk-import");
                    report.put("bulkImport", new BulkImport(issuer).compare(agency, jejak, sideArgs,
                            load.events() / load.seconds()));
                } else {
                    report.put("bulkImport", "not measured (--no-import)");
                }

                resources.phase("durability");
                List<String> durableSideArgs = new ArrayList<>(sideArgs);
                durableSideArgs.removeIf(argument -> argument.startsWith("--jejak.embedded-postgres."));
                report.put("durability", new Durability(options, issuer).compare(jejak, durableSideArgs));

                resources.phase("end");
                report.put("database", databaseInfo(database));
                report.put("resources", resources.json());
                Report.judge(report, Runtime.getRuntime().maxMemory());
            } catch (Exception | Error e) {
                report.put("failure", e.toString());
                report.put("resources", resources.json());
                throw e;
            } finally {
                commandSide.close();
                querySide.close();
                finish(options, report);
            }
        }
        return report;
    }

    /**
     * What the hash chain costs a command: after the main run, which warms everything up, the same load on three more
     * quarters of the people — without the chain, with it, without it again — so that a drift of the shared machine
     * (the database settling after the load, other builds) weighs on both sides alike: the run with the chain is
     * compared with the mean of the two around it. Without the chain means the ledger's trigger switched off, which
     * leaves events without a hash, so it is measured only on a throw-away database.
     */
    private static Object hashChainComparison(Options options, Agency agency, PersonHistory.End[] ends,
                                              ConfigurableApplicationContext commandSide, TokenIssuer issuer)
            throws InterruptedException {
        if (options.dataDirectory() != null) {
            return "not measured: --data-dir keeps the database, and the measurement leaves unchained events in it";
        }
        DataSource events = commandSide.getBean(DataSource.class);
        Database.execute(events, "alter table eventstore.domain_event_entry alter column hash drop not null");
        Map<String, Object> comparison = new LinkedHashMap<>();
        comparison.put("withoutBefore", withoutTheChain(options, agency, ends, commandSide, issuer, events, 1));
        System.out.println("Commands through HTTP, the hash chain's trigger on…");
        comparison.put("with", new HttpCommands(options, agency, ends, portOf(commandSide), issuer, 2, 4)
                .run("with the hash chain, between the two runs without"));
        comparison.put("withoutAfter", withoutTheChain(options, agency, ends, commandSide, issuer, events, 3));
        double with = Report.number(((Map<?, ?>) comparison.get("with")).get("commandsPerSecond"));
        double without = (Report.number(((Map<?, ?>) comparison.get("withoutBefore")).get("commandsPerSecond"))
                + Report.number(((Map<?, ?>) comparison.get("withoutAfter")).get("commandsPerSecond"))) / 2;
        comparison.put("commandsPerSecondWith", round(with));
        comparison.put("commandsPerSecondWithout", round(without));
        return comparison;
    }

    private static Map<String, Object> withoutTheChain(Options options, Agency agency, PersonHistory.End[] ends,
                                                       ConfigurableApplicationContext commandSide, TokenIssuer issuer,
                                                       DataSource events, int part) throws InterruptedException {
        System.out.println("Commands through HTTP, the hash chain's trigger switched off…");
        Database.execute(events, "alter table eventstore.domain_event_entry disable trigger ledger_chain");
        try {
            return new HttpCommands(options, agency, ends, portOf(commandSide), issuer, part, 4)
                    .run("without the hash chain");
        } finally {
            Database.execute(events, "alter table eventstore.domain_event_entry enable trigger ledger_chain");
        }
    }

    private static Map<String, Object> finish(Options options, Map<String, Object> report) throws Exception {
        Path output = options.output().toAbsolutePath();
        Files.createDirectories(output.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(output.toFile(), report);
        if (!report.containsKey("failure")) {
            System.out.println(Report.table(report));
        } else {
            System.err.println("The benchmark failed: " + report.get("failure"));
        }
        System.out.println("Report written to " + output);
        return report;
    }

    private static Map<String, Object> runInfo(Options options, Agency agency) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("startedAt", Instant.now().toString());
        run.put("scale", options.scale());
        run.put("persons", agency.persons().size());
        run.put("units", agency.unitCount());
        run.put("years", agency.firstYear() + "–" + agency.lastYear());
        run.put("seed", options.seed());
        run.put("loadThreads", options.loadThreads());
        run.put("clients", options.clients());
        run.put("machine", Runtime.getRuntime().availableProcessors() + " cores, Java "
                + Runtime.version().feature() + ", max heap " + Runtime.getRuntime().maxMemory() / 1048576
                + " MB for the whole JVM (both sides and the driver)");
        run.put("sideArguments", options.sideArguments());
        return run;
    }

    private static String postgresInfo(ConfigurableApplicationContext querySide, DataSource database) {
        String version = Database.text(database, "show server_version");
        return "PostgreSQL " + version + " (" + (querySide.getEnvironment().containsProperty("jejak.embedded-postgres.url")
                ? "embedded" : "external") + ", synchronous_commit=" + Database.text(database, "show synchronous_commit")
                + ", fsync=" + Database.text(database, "show fsync") + ", shared_buffers="
                + Database.text(database, "show shared_buffers") + ")";
    }

    private static Map<String, Object> databaseInfo(DataSource database) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("databaseMb", mb(Database.count(database, "select pg_database_size(current_database())")));
        json.put("eventTableMb", mb(Database.count(database,
                "select pg_total_relation_size('eventstore.domain_event_entry')")));
        json.put("readModelsMb", mb(Database.count(database, """
                select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_class c
                join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'query' and c.relkind = 'r'""")));
        json.put("events", Database.count(database, "select count(*) from eventstore.domain_event_entry"));
        return json;
    }

    private static Map<String, Object> dryRun(Options options, Agency agency) throws Exception {
        long start = System.nanoTime();
        long steps = 0;
        long events = 0;
        Map<String, Long> types = new TreeMap<>();
        long active = 0;
        long due = 0;
        for (int unit = 0; unit < agency.unitCount(); unit++) {
            for (Step step : UnitHistory.generate(agency, unit)) {
                steps++;
                events++;
                types.merge(step.command() == null ? "CorrectOrganisationPerformance"
                        : step.command().getClass().getSimpleName(), 1L, Long::sum);
            }
        }
        long programmes = Programmes.all(agency).size();
        steps += programmes;
        events += programmes;
        types.put("CreateProgramme", programmes);
        PersonHistory.End[] ends = new PersonHistory.End[agency.persons().size()];
        for (Agency.Person person : agency.persons()) {
            PersonHistory.Plan plan = PersonHistory.generate(agency, person);
            ends[person.index()] = plan.end();
            for (Step step : plan.steps()) {
                steps++;
                events += Math.max(1, step.streamEvents());
                types.merge(step.command() == null ? "deferred correction" : step.command().getClass().getSimpleName(),
                        1L, Long::sum);
            }
            active += plan.end().active() ? 1 : 0;
            due += plan.end().promotion() != null ? 1 : 0;
        }
        for (int unit = 0; unit < agency.unitCount(); unit++) {
            for (Step step : DevelopmentPlans.generate(agency, unit, ends)) {
                steps++;
                events++;
                types.merge(step.command().getClass().getSimpleName(), 1L, Long::sum);
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("persons", agency.persons().size());
        json.put("commands", steps);
        json.put("events", events);
        json.put("activeAtEnd", active);
        json.put("dueForPromotionNextYear", due);
        json.put("generationSeconds", round((System.nanoTime() - start) / 1e9));
        json.put("commandTypes", types);
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
        return json;
    }

    /**
     * The query side prepares the findings and 20-JP reports of every unit's recent years some seconds after their
     * facts change; the rebuilds above changed every one. Waiting for that here, as for the projections to catch up,
     * measures the reads in the state the query side keeps them in; the preparation itself is timed: each unit-year
     * decided once.
     */
    private static Map<String, Object> preparedUnitYears(ConfigurableApplicationContext querySide) {
        UnitYearPreparer.Preparation preparation = querySide.getBean(UnitYearPreparer.class).prepare();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("unitYears", preparation.unitYears());
        json.put("decided", preparation.decided());
        json.put("seconds", round(preparation.seconds()));
        json.put("msPerDecidedUnitYear", preparation.decided() == 0 ? null
                : round(preparation.seconds() * 1000 / preparation.decided()));
        System.out.printf("  %d unit-years, %d decided in %.1f s%n", preparation.unitYears(), preparation.decided(),
                preparation.seconds());
        return json;
    }

    private static int portOf(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static long mb(long bytes) {
        return Math.round(bytes / 1048576.0);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    static List<String> list(String... values) {
        return Arrays.asList(values);
    }
}
