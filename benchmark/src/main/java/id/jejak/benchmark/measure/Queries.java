package id.jejak.benchmark.measure;

import id.jejak.benchmark.Options;
import id.jejak.benchmark.generator.Agency;
import id.jejak.benchmark.http.HttpConnection;
import id.jejak.benchmark.http.TokenIssuer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Reads through HTTP, N clients in a closed loop per kind of read, after a warm-up: a person's career history, the
 * profile as of a date, a unit's decision trail for a year, the findings of a unit and year, a unit's 20-JP report,
 * a unit's development plan against its realisation for a year, the people directory searched by a part of a name and a unit's active staff by rank.
 * An endpoint that answers its first request with 404 is not there yet: reported as n/a, not measured.
 */
public final class Queries {

    /** One kind of read: its name, who reads, and the request for a random draw. */
    private record Read(String name, String role, String accept, Function<SplittableRandom, String> path) {
    }

    private final Options options;
    private final Agency agency;
    private final int port;
    private final TokenIssuer issuer;

    public Queries(Options options, Agency agency, int port, TokenIssuer issuer) {
        this.options = options;
        this.agency = agency;
        this.port = port;
        this.issuer = issuer;
    }

    public List<Map<String, Object>> run() throws Exception {
        List<Agency.Person> persons = agency.persons();
        LocalDate from = agency.start();
        long days = LocalDate.of(agency.lastYear(), 12, 31).toEpochDay() - from.toEpochDay();
        Function<SplittableRandom, String> unit = random -> agency.unitCode(populatedUnit(random));
        Function<SplittableRandom, Integer> year = random -> agency.firstYear() + random.nextInt(agency.lastYear()
                - agency.firstYear() + 1);
        List<Read> reads = List.of(
                new Read("careerHistory", "auditor", "application/json", random -> "/api/v1/civil-servants/"
                        + persons.get(random.nextInt(persons.size())).nip().value() + "/history"),
                new Read("profileAsOf", "auditor", "application/json", random -> {
                    Agency.Person person = persons.get(random.nextInt(persons.size()));
                    LocalDate known = person.registeredOn().isAfter(from) ? person.registeredOn() : from;
                    return "/api/v1/civil-servants/" + person.nip().value() + "?asOf="
                            + known.plusDays(random.nextLong(Math.max(1, days - (known.toEpochDay() - from.toEpochDay()))));
                }),
                new Read("decisionTrailUnitYear", "auditor", "application/json", random -> {
                    int y = year.apply(random);
                    return "/api/v1/decision-trail?unit=" + unit.apply(random) + "&from=" + y + "-01-01&to=" + y
                            + "-12-31";
                }),
                new Read("decisionTrailUnitYearCsv", "auditor", "text/csv", random -> {
                    int y = year.apply(random);
                    return "/api/v1/decision-trail?unit=" + unit.apply(random) + "&from=" + y + "-01-01&to=" + y
                            + "-12-31&size=100000";
                }),
                new Read("findingsUnitYear", "auditor", "application/json", random -> "/api/v1/findings?unit="
                        + unit.apply(random) + "&year=" + year.apply(random)),
                new Read("lessonHoursReportUnit", "hr", "application/json", random -> "/api/v1/reports/lesson-hours?year="
                        + year.apply(random) + "&unit=" + unit.apply(random)),
                new Read("developmentPlanReportUnitYear", "auditor", "application/json", random ->
                        "/api/v1/reports/development-plan?unit=" + unit.apply(random) + "&year=" + year.apply(random)),
                new Read("directoryByName", "hr", "application/json", random -> "/api/v1/civil-servants?name="
                        + namePart(persons.get(random.nextInt(persons.size())), random) + "&sort=name"),
                new Read("directoryUnitByRank", "auditor", "application/json", random -> "/api/v1/civil-servants?unit="
                        + unit.apply(random) + "&status=ACTIVE&sort=rank"));
        List<Map<String, Object>> results = new ArrayList<>();
        for (Read read : reads) {
            results.add(measure(read));
        }
        return results;
    }

    /** Four letters from within one of the person's names, as someone half-remembering it types them. */
    private static String namePart(Agency.Person person, SplittableRandom random) {
        String[] names = person.fullName().split("[ ,.]+");
        String name = names[random.nextInt(names.length)];
        int from = name.length() <= 4 ? 0 : random.nextInt(name.length() - 3);
        return URLEncoder.encode(name.substring(from, Math.min(name.length(), from + 4)).toLowerCase(),
                StandardCharsets.UTF_8);
    }

    private int populatedUnit(SplittableRandom random) {
        while (true) {
            int unit = random.nextInt(agency.unitCount());
            if (agency.unitSize(unit) > 0) {
                return unit;
            }
        }
    }

    private Map<String, Object> measure(Read read) throws Exception {
        String user = issuer.authorization(read.role());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("query", read.name());
        try (HttpConnection probe = new HttpConnection("localhost", port)) {
            String path = read.path().apply(new SplittableRandom(options.seed()));
            HttpConnection.Response response = probe.get(path, user, read.accept());
            json.put("example", path);
            if (response.status() == 404) {
                json.put("status", "n/a (endpoint absent: 404)");
                return json;
            }
        }
        List<Latencies> all = Collections.synchronizedList(new ArrayList<>());
        Errors errors = new Errors();
        long[] window = new long[2];
        List<Thread> threads = new ArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean measuring = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
        for (int c = 0; c < options.clients(); c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                Latencies mine = new Latencies();
                SplittableRandom random = new SplittableRandom(options.seed() * 7 + client);
                try (HttpConnection http = new HttpConnection("localhost", port)) {
                    while (!stopped.get()) {
                        boolean counted = measuring.get();
                        try {
                            HttpConnection.Response response = http.get(read.path().apply(random), user,
                                    read.accept());
                            if (counted) {
                                mine.add(response.nanos());
                                if (!response.ok()) {
                                    errors.answered(response);
                                }
                            }
                        } catch (Exception e) {
                            if (counted) {
                                errors.thrown(e);
                            }
                        }
                    }
                }
                all.add(mine);
            }, "benchmark-query-" + c);
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        Thread.sleep(options.queryWarmupSeconds() * 1000L);
        window[0] = System.nanoTime();
        long cpu = Resources.cpuNanos();
        measuring.set(true);
        Thread.sleep(options.querySeconds() * 1000L);
        measuring.set(false);
        window[1] = System.nanoTime();
        cpu = Resources.cpuNanos() - cpu;
        stopped.set(true);
        for (Thread thread : threads) {
            thread.join(120_000);
        }
        Latencies total = new Latencies();
        all.forEach(total::addAll);
        double seconds = (window[1] - window[0]) / 1e9;
        json.put("status", "measured");
        json.put("requests", total.count());
        json.put("requestsPerSecond", Loader.round(total.count() / seconds));
        json.put("latencyMs", total.summary());
        json.put("errors", errors.count());
        json.put("jvmCpuMsPerRequest", Math.round(cpu / 1e4 / Math.max(1, total.count())) / 100.0);
        json.put("errorSamples", errors.samples());
        return json;
    }
}
