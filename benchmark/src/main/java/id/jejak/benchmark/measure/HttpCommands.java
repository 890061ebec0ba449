package id.jejak.benchmark.measure;

import id.jejak.benchmark.Options;
import id.jejak.benchmark.generator.Agency;
import id.jejak.benchmark.generator.PersonHistory;
import id.jejak.benchmark.http.HttpConnection;
import id.jejak.benchmark.http.TokenIssuer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Commands through HTTP as HR and the approving officials send them: N clients in a closed loop (each sends its next
 * request when the last was answered), every request signed in with a bearer token of the benchmark's issuer, in a mix of recording a periodic evaluation (30%), assigning a training (30%), recording a completion
 * of one assigned before (25%) and proposing then granting or rejecting a promotion (15%, for people the history left
 * due for one). Each client has its own people, so its commands on one record never race another client's. After the
 * warm-up, every answer counts; anything but 2xx is an error.
 */
public final class HttpCommands {

    private static final Pattern TRAINING_ID = Pattern.compile("\"trainingId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern PROPOSAL_ID = Pattern.compile("\"proposalId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final String[] RATINGS = {"BELOW_EXPECTATION", "AS_EXPECTED", "AS_EXPECTED", "AS_EXPECTED",
            "ABOVE_EXPECTATION"};
    private static final String[] KINDS = {"CLASSROOM", "E_LEARNING", "SEMINAR", "MENTORING", "STUDY_GROUP"};

    private final Options options;
    private final Agency agency;
    private final List<PersonHistory.End> active;
    private final int port;
    private final TokenIssuer issuer;

    private volatile boolean measuring;
    private volatile boolean stopped;

    private final Map<String, Latencies> latencies = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger grants = new AtomicInteger();

    /**
     * Commands on one part of the active people ({@code part} of {@code parts}), so that a second run finds its
     * people still due for the promotions the first one granted.
     */
    public HttpCommands(Options options, Agency agency, PersonHistory.End[] ends, int port, TokenIssuer issuer, int part,
                        int parts) {
        this.options = options;
        this.agency = agency;
        List<PersonHistory.End> everyone = Arrays.stream(ends).filter(end -> end != null && end.active()).toList();
        this.active = IntStream.range(0, everyone.size()).filter(i -> i % parts == part).mapToObj(everyone::get)
                .toList();
        this.port = port;
        this.issuer = issuer;
    }

    public Map<String, Object> run(String label) throws InterruptedException {
        int clients = options.clients();
        List<Thread> threads = new ArrayList<>();
        List<Latencies> all = Collections.synchronizedList(new ArrayList<>());
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> all.add(client(client)), "benchmark-http-" + c);
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        Thread.sleep(options.commandWarmupSeconds() * 1000L);
        long start = System.nanoTime();
        long cpu = Resources.cpuNanos();
        String load = Resources.loadAverage();
        measuring = true;
        Thread.sleep(options.commandSeconds() * 1000L);
        measuring = false;
        double seconds = (System.nanoTime() - start) / 1e9;
        cpu = Resources.cpuNanos() - cpu;
        stopped = true;
        for (Thread thread : threads) {
            thread.join(60_000);
        }
        Latencies total = new Latencies();
        all.forEach(total::addAll);
        long errorCount = errors.values().stream().mapToLong(LongAdder::sum).sum();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("label", label);
        json.put("clients", clients);
        json.put("warmupSeconds", options.commandWarmupSeconds());
        json.put("seconds", Loader.round(seconds));
        json.put("commands", total.count());
        json.put("commandsPerSecond", Loader.round(total.count() / seconds));
        json.put("latencyMs", total.summary());
        json.put("errors", errorCount);
        json.put("jvmCpuMsPerCommand", Math.round(cpu / 1e4 / Math.max(1, total.count())) / 100.0);
        json.put("loadAverageAtStart", load);
        json.put("errorSamples", List.copyOf(errorSamples));
        json.put("promotionsGranted", grants.get());
        Map<String, Object> byOperation = new TreeMap<>();
        latencies.forEach((operation, values) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("count", values.count());
            entry.put("errors", errors.getOrDefault(operation, new LongAdder()).sum());
            entry.put("latencyMs", values.summary());
            byOperation.put(operation, entry);
        });
        json.put("byOperation", byOperation);
        return json;
    }

    private record Pending(String nip, String id) {
    }

    /** One closed-loop client; answers the latencies it measured. */
    private Latencies client(int client) {
        Latencies mine = new Latencies();
        Map<String, Latencies> byOperation = new LinkedHashMap<>();
        List<PersonHistory.End> people = new ArrayList<>();
        List<PersonHistory.End> due = new ArrayList<>();
        for (int i = client; i < active.size(); i += options.clients()) {
            people.add(active.get(i));
            if (active.get(i).promotion() != null) {
                due.add(active.get(i));
            }
        }
        if (people.isEmpty()) {
            return mine;
        }
        SplittableRandom random = new SplittableRandom(options.seed() + client);
        Deque<Pending> trainings = new ArrayDeque<>();
        Pending proposal = null;
        PersonHistory.End proposed = null;
        // a day back, so that "past or present" holds in any time zone the server validates in
        LocalDate today = LocalDate.now(ZoneId.of("UTC")).minusDays(1);
        String hr = issuer.authorization("hr");
        String approver = issuer.authorization("approver");
        String approver2 = issuer.authorization("approver2");
        try (HttpConnection http = new HttpConnection("localhost", port)) {
            while (!stopped) {
                int draw = random.nextInt(100);
                String operation;
                String path;
                String body;
                String user = hr;
                PersonHistory.End person = people.get(random.nextInt(people.size()));
                String nip = person.person().nip().value();
                if (draw >= 85 && (proposal != null || !due.isEmpty())) {
                    if (proposal == null) {
                        proposed = due.get(random.nextInt(due.size()));
                        operation = "proposePromotion";
                        path = "/api/v1/civil-servants/" + proposed.person().nip().value() + "/promotions";
                        body = "{\"targetRank\":\"" + proposed.promotion().target().code() + "\",\"effectiveDate\":\""
                                + proposed.promotion().effectiveDate() + "\",\"reason\":\"kenaikan pangkat reguler\"}";
                    } else if (random.nextInt(4) == 0 && due.size() > 1) {
                        // the last person due is only ever proposed and rejected, so promotions stay in the mix
                        operation = "grantPromotion";
                        user = approver;
                        path = "/api/v1/civil-servants/" + proposal.nip() + "/promotions/" + proposal.id() + "/grant";
                        body = "{\"decree\":{\"number\":\"823.3/" + (1000 + random.nextInt(9000)) + "/BKPSDM/"
                                + today.getYear() + "\",\"date\":\"" + today + "\"}}";
                    } else {
                        operation = "rejectPromotion";
                        user = approver2;
                        path = "/api/v1/civil-servants/" + proposal.nip() + "/promotions/" + proposal.id()
                                + "/rejection";
                        body = "{\"effectiveDate\":\"" + today + "\",\"grounds\":\"berkas usulan belum lengkap\"}";
                    }
                } else if (draw >= 60 && !trainings.isEmpty()) {
                    Pending training = trainings.poll();
                    operation = "recordCompletion";
                    path = "/api/v1/civil-servants/" + training.nip() + "/trainings/" + training.id() + "/completion";
                    body = "{\"earnedLessonHours\":" + (4 + random.nextInt(20)) + ",\"completedOn\":\""
                            + today + "\",\"certificateNumber\":\"SERT/" + today.getYear() + "/"
                            + random.nextInt(100000) + "\"}";
                } else if (draw >= 30) {
                    operation = "assignTraining";
                    path = "/api/v1/civil-servants/" + nip + "/trainings";
                    body = "{\"title\":\"E-Learning Literasi Digital ASN\",\"kind\":\"" + KINDS[random.nextInt(KINDS.length)]
                            + "\",\"organiser\":\"BPSDM Provinsi Sumatera Utara\",\"plannedLessonHours\":"
                            + (4 + random.nextInt(20)) + ",\"startDate\":\"" + today.minusDays(10) + "\"}";
                } else {
                    operation = "recordEvaluation";
                    path = "/api/v1/civil-servants/" + nip + "/evaluations";
                    body = "{\"kind\":\"PERIODIC\",\"year\":" + today.getYear() + ",\"periodStart\":\""
                            + LocalDate.of(today.getYear(), 1, 1) + "\",\"periodEnd\":\"" + today
                            + "\",\"evaluator\":\"" + agency.superiorOf(person.person().nip(), person.unit())
                            + "\",\"workResult\":\"" + RATINGS[random.nextInt(RATINGS.length)]
                            + "\",\"workBehaviour\":\"" + RATINGS[random.nextInt(RATINGS.length)] + "\"}";
                }
                boolean counted = measuring;
                HttpConnection.Response response;
                try {
                    response = http.post(path, user, body);
                } catch (Exception e) {
                    if (stopped) {
                        break;
                    }
                    error(operation, counted, "exception " + e);
                    continue;
                }
                if (counted) {
                    mine.add(response.nanos());
                    byOperation.computeIfAbsent(operation, key -> new Latencies()).add(response.nanos());
                }
                if (!response.ok()) {
                    error(operation, counted, response.status() + " " + operation + " " + path + " "
                            + abbreviate(response.body()));
                    if (operation.endsWith("Promotion") && !operation.equals("proposePromotion")) {
                        proposal = null;
                    }
                    continue;
                }
                switch (operation) {
                    case "assignTraining" -> trainings.add(new Pending(nip, group(TRAINING_ID, response.body())));
                    case "proposePromotion" -> proposal = new Pending(proposed.person().nip().value(),
                            group(PROPOSAL_ID, response.body()));
                    case "grantPromotion" -> {
                        due.remove(proposed);
                        proposal = null;
                        grants.incrementAndGet();
                    }
                    case "rejectPromotion" -> proposal = null;
                    default -> {
                    }
                }
                if (trainings.size() > 1000) {
                    trainings.poll();
                }
            }
        } finally {
            byOperation.forEach((operation, values) -> latencies.merge(operation, values, (a, b) -> {
                Latencies merged = new Latencies();
                merged.addAll(a);
                merged.addAll(b);
                return merged;
            }));
        }
        return mine;
    }

    private void error(String operation, boolean counted, String sample) {
        if (!counted) {
            return;
        }
        errors.computeIfAbsent(operation, key -> new LongAdder()).increment();
        if (errorSamples.size() < 10) {
            errorSamples.add(sample);
        }
    }

    private static String group(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("no id in " + body);
        }
        return matcher.group(1);
    }

    static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
