package id.jejak.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's findings: the ratios and the targets of issue 8 computed from the measured sections, and the
 * table printed at the end. The same map is written as JSON.
 */
final class Report {

    private Report() {
    }

    /** Adds "ratios" and "targets" to a report whose sections are measured. */
    @SuppressWarnings("unchecked")
    static void judge(Map<String, Object> report, long maxHeapBytes) {
        Map<String, Object> raw = (Map<String, Object>) report.get("rawBaseline");
        Map<String, Object> http = (Map<String, Object>) report.get("httpCommands");
        double inserts = number(((Map<String, Object>) raw.get("insert")).get("rowsPerSecond"));
        double keyset = number(((Map<String, Object>) raw.get("keysetRead")).get("rowsPerSecond"));
        double commands = number(http.get("commandsPerSecond"));
        Double rebuildRate = report.get("rebuild") instanceof Map<?, ?> rebuild
                ? number(((Map<?, ?>) rebuild.get("allTogether")).get("eventsPerSecond")) : null;
        Map<String, Object> ratios = new LinkedHashMap<>();
        ratios.put("commandsPerSecondOverRawInsertsPerSecond", round2(commands / inserts));
        if (rebuildRate != null) {
            ratios.put("rebuildEventsPerSecondOverRawKeysetRowsPerSecond", round2(rebuildRate / keyset));
        }
        Double chain = report.get("hashChainComparison") instanceof Map<?, ?> comparison
                ? number(comparison.get("commandsPerSecondWith")) / number(comparison.get("commandsPerSecondWithout"))
                : null;
        if (chain != null) {
            ratios.put("commandsPerSecondWithOverWithoutHashChain", round2(chain));
        }
        report.put("ratios", ratios);

        List<Map<String, Object>> targets = new ArrayList<>();
        double p99 = number(((Map<String, Object>) http.get("latencyMs")).get("p99"));
        targets.add(target("commands/s through HTTP ≥ 0.5 × raw single-row inserts/s",
                round2(commands / inserts) + " ×", commands / inserts >= 0.5));
        targets.add(target("command p99 ≤ 15 ms at " + http.get("clients") + " clients", p99 + " ms", p99 <= 15));
        targets.add(target("command errors = 0", String.valueOf(http.get("errors")), number(http.get("errors")) == 0));
        targets.add(target("the hash chain costs ≤ 10% of commands/s (with ÷ without ≥ 0.9)",
                chain == null ? "n/a" : round2(chain) + " ×", chain == null ? null : chain >= 0.9));
        targets.add(target("full rebuild (all projections) ≥ 0.3 × raw keyset rows/s",
                rebuildRate == null ? "n/a" : round2(rebuildRate / keyset) + " ×",
                rebuildRate == null ? null : rebuildRate / keyset >= 0.3));
        Map<String, Map<String, Object>> queries = new LinkedHashMap<>();
        for (Map<String, Object> query : (List<Map<String, Object>>) report.get("queries")) {
            queries.put((String) query.get("query"), query);
        }
        queryTarget(targets, queries.get("careerHistory"), "career history p99 ≤ 20 ms", 20);
        queryTarget(targets, queries.get("profileAsOf"), "as-of profile p99 ≤ 20 ms", 20);
        queryTarget(targets, queries.get("decisionTrailUnitYear"), "decision trail of a unit-year p99 ≤ 200 ms", 200);
        long maxHeapMb = Math.round(maxHeapBytes / 1048576.0);
        Map<String, Object> resources = (Map<String, Object>) report.get("resources");
        targets.add(target("each side runs within 512 MB of heap",
                "both sides and the driver in one JVM with -Xmx" + maxHeapMb + "m, "
                        + resources.get("peakHeapLiveMb") + " MB live at most after a full GC", maxHeapMb <= 512));
        report.put("targets", targets);
    }

    private static void queryTarget(List<Map<String, Object>> targets, Map<String, Object> query, String name,
                                    double limit) {
        if (query == null || !"measured".equals(query.get("status"))) {
            targets.add(target(name, query == null ? "n/a" : String.valueOf(query.get("status")), null));
            return;
        }
        @SuppressWarnings("unchecked")
        double p99 = number(((Map<String, Object>) query.get("latencyMs")).get("p99"));
        targets.add(target(name, p99 + " ms", p99 <= limit));
    }

    private static Map<String, Object> target(String name, String measured, Boolean met) {
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("target", name);
        target.put("measured", measured);
        target.put("met", met == null ? "n/a" : met ? "met" : "missed");
        return target;
    }

    @SuppressWarnings("unchecked")
    static String table(Map<String, Object> report) {
        StringBuilder out = new StringBuilder();
        Map<String, Object> run = (Map<String, Object>) report.get("run");
        out.append(String.format("%nJejak benchmark — scale %s: %,d civil servants in %d units, %s (seed %s)%n",
                run.get("scale"), run.get("persons"), run.get("units"), run.get("years"), run.get("seed")));
        out.append(String.format("  %s; %s%n", run.get("machine"), run.get("postgres")));
        out.append(String.format("  machine load average at the start of loading: %s (a shared box: other work competes)%n",
                ((Map<String, Object>) report.get("load")).get("loadAverageAtStart")));

        Map<String, Object> load = (Map<String, Object>) report.get("load");
        out.append(String.format("%n1. Load through the command gateway, in-process (%s threads)%n", run.get("loadThreads")));
        row(out, "commands / events", String.format("%,d / %,d in %s s", load.get("commands"), load.get("events"),
                load.get("seconds")));
        row(out, "rate", String.format("%,.0f commands/s, %,.0f events/s, %s ms JVM CPU per command",
                number(load.get("commandsPerSecond")), number(load.get("eventsPerSecond")),
                load.get("jvmCpuMsPerCommand")));
        row(out, "refused by the rules", String.valueOf(load.get("rejected")));
        row(out, "projections caught up after", load.get("projectionsCaughtUpAfterSeconds") + " s");

        Map<String, Object> raw = (Map<String, Object>) report.get("rawBaseline");
        Map<String, Object> insert = (Map<String, Object>) raw.get("insert");
        Map<String, Object> keyset = (Map<String, Object>) raw.get("keysetRead");
        out.append(String.format("%n2. Raw PostgreSQL baseline (same run, same server)%n"));
        row(out, "single-row INSERT, " + insert.get("threads") + " threads", String.format(
                "%,.0f rows/s (%,d rows, %s B payload+metadata each)", number(insert.get("rowsPerSecond")),
                insert.get("rows"), insert.get("averagePayloadAndMetadataBytes")));
        row(out, "keyset read, batches of 1,000", String.format("%,.0f rows/s (%,d rows, %s MB)",
                number(keyset.get("rowsPerSecond")), keyset.get("rows"), keyset.get("megabytes")));

        Map<String, Object> http = (Map<String, Object>) report.get("httpCommands");
        out.append(String.format("%n3. Commands through HTTP (%s clients, closed loop, %s s warm-up, %s s measured)%n",
                http.get("clients"), http.get("warmupSeconds"), http.get("seconds")));
        row(out, "all", String.format("%,.0f commands/s  %s  errors %s", number(http.get("commandsPerSecond")),
                latency(http.get("latencyMs")), http.get("errors")));
        row(out, "JVM CPU per command (server + client)", http.get("jvmCpuMsPerCommand") + " ms");
        ((Map<String, Object>) http.get("byOperation")).forEach((operation, value) -> {
            Map<String, Object> entry = (Map<String, Object>) value;
            row(out, "  " + operation, String.format("%,d  %s  errors %s", entry.get("count"),
                    latency(entry.get("latencyMs")), entry.get("errors")));
        });
        Object ledger = report.get("hashChainComparison");
        if (ledger instanceof Map<?, ?> comparison) {
            out.append(String.format("%n   The hash chain: three more runs on other quarters of the people%n"));
            for (String name : List.of("withoutBefore", "with", "withoutAfter")) {
                Map<String, Object> part = (Map<String, Object>) comparison.get(name);
                row(out, "  " + part.get("label"), String.format("%,.0f commands/s  %s  errors %s  %s ms JVM CPU",
                        number(part.get("commandsPerSecond")), latency(part.get("latencyMs")), part.get("errors"),
                        part.get("jvmCpuMsPerCommand")));
            }
            row(out, "with ÷ mean of the two without", String.format("%.2f × the commands/s",
                    number(comparison.get("commandsPerSecondWith"))
                            / number(comparison.get("commandsPerSecondWithout"))));
        } else {
            row(out, "without the hash chain", String.valueOf(ledger));
        }

        if (report.get("rebuild") instanceof Map<?, ?> measured) {
            Map<String, Object> rebuild = (Map<String, Object>) measured;
            out.append(String.format("%n4. Rebuild of the full store (%,d events)%n", rebuild.get("events")));
            for (Map<String, Object> each : (List<Map<String, Object>>) rebuild.get("each")) {
                row(out, "  " + each.get("projection") + " (admin API)", String.format("%s s  %,.0f events/s",
                        each.get("seconds"), number(each.get("eventsPerSecond"))));
            }
            Map<String, Object> together = (Map<String, Object>) rebuild.get("allTogether");
            row(out, "  all projections at once", String.format("%s s  %,.0f events/s", together.get("seconds"),
                    number(together.get("eventsPerSecond"))));
        } else {
            out.append(String.format("%n4. Rebuild: %s%n", report.get("rebuild")));
        }

        out.append(String.format("%n5. Queries through HTTP (%s clients each)%n", run.get("clients")));
        if (report.get("unitYearsPrepared") instanceof Map<?, ?> prepared) {
            row(out, "  every unit's recent findings and 20-JP reports prepared first", String.format(
                    "%s unit-years, %s decided in %s s (%s ms each)", prepared.get("unitYears"),
                    prepared.get("decided"), prepared.get("seconds"), prepared.get("msPerDecidedUnitYear")));
        }
        for (Map<String, Object> query : (List<Map<String, Object>>) report.get("queries")) {
            if (!"measured".equals(query.get("status"))) {
                row(out, "  " + query.get("query"), String.valueOf(query.get("status")));
            } else {
                row(out, "  " + query.get("query"), String.format("%,.0f req/s  %s  errors %s",
                        number(query.get("requestsPerSecond")), latency(query.get("latencyMs")), query.get("errors")));
            }
        }

        if (report.get("durability") instanceof Map<?, ?> durability) {
            out.append(String.format("%n6. Durability: registrations through HTTP and raw inserts, fsync off and on%n"));
            for (String name : List.of("fsyncOff", "fsyncOn")) {
                Map<String, Object> part = (Map<String, Object>) durability.get(name);
                Map<String, Object> inserts = (Map<String, Object>) part.get("rawInserts");
                row(out, "  fsync " + part.get("fsync") + ", synchronous_commit " + part.get("synchronousCommit"),
                        String.format("%,.0f commands/s  %s  errors %s;  raw inserts %,.0f rows/s",
                                number(part.get("commandsPerSecond")), latency(part.get("latencyMs")),
                                part.get("errors"), number(inserts.get("rowsPerSecond"))));
            }
            row(out, "on ÷ off", String.format("commands %.2f ×, raw inserts %.2f ×",
                    number(durability.get("commandsOnOverOff")), number(durability.get("rawInsertsOnOverOff"))));
        }

        if (report.get("bulkImport") instanceof Map<?, ?> bulkImport) {
            out.append(String.format("%n7. Bulk import: the same agency's riwayat files into a second Jejak%n"));
            row(out, "rows by file kind", String.valueOf(bulkImport.get("rowsByKind")));
            for (String name : List.of("first", "again")) {
                Map<String, Object> part = (Map<String, Object>) bulkImport.get(name);
                row(out, "  " + name, String.format("%,d rows: %,d recorded, %,d already recorded, %,d events in %s s; "
                                + "%,.0f rows/s, %,.0f events/s", part.get("rows"), part.get("recorded"),
                        part.get("alreadyRecorded"), part.get("events"), part.get("seconds"),
                        number(part.get("rowsPerSecond")), number(part.get("eventsPerSecond"))));
            }
            row(out, "import ÷ command gateway", String.format("%.2f × the load's %,.0f events/s",
                    number(bulkImport.get("importOverGatewayEvents")), number(bulkImport.get("gatewayEventsPerSecond"))));
        }

        Map<String, Object> resources = (Map<String, Object>) report.get("resources");
        Map<String, Object> database = (Map<String, Object>) report.get("database");
        out.append(String.format("%n8. Resources (one JVM for both sides and the driver: heap is shared)%n"));
        row(out, "heap", String.format("max %s MB, peak used %s MB, live after a full GC at most %s MB, GC %s s",
                resources.get("maxHeapMb"), resources.get("peakHeapUsedMb"), resources.get("peakHeapLiveMb"),
                resources.get("gcSeconds")));
        row(out, "RSS", String.format("peak %s MB (VmHWM), now %s MB", resources.get("rssPeakMb (VmHWM)"),
                resources.get("rssNowMb")));
        row(out, "database", String.format("%s MB (event table %s MB, read models %s MB)", database.get("databaseMb"),
                database.get("eventTableMb"), database.get("readModelsMb")));

        Map<String, Object> ratios = (Map<String, Object>) report.get("ratios");
        out.append(String.format("%n9. Ratios and targets%n"));
        row(out, "commands/s ÷ raw inserts/s", String.valueOf(ratios.get("commandsPerSecondOverRawInsertsPerSecond")));
        row(out, "rebuild events/s ÷ raw keyset rows/s",
                String.valueOf(ratios.get("rebuildEventsPerSecondOverRawKeysetRowsPerSecond")));
        for (Map<String, Object> target : (List<Map<String, Object>>) report.get("targets")) {
            out.append(String.format("  %-7s %-58s %s%n", String.valueOf(target.get("met")).toUpperCase(),
                    target.get("target"), target.get("measured")));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String name, String value) {
        out.append(String.format("  %-40s %s%n", name, value));
    }

    @SuppressWarnings("unchecked")
    private static String latency(Object summary) {
        Map<String, Object> values = (Map<String, Object>) summary;
        if (values == null || values.isEmpty()) {
            return "p50 -  p95 -  p99 - ms";
        }
        return String.format("p50 %s  p95 %s  p99 %s  max %s ms", values.get("p50"), values.get("p95"), values.get("p99"),
                values.get("max"));
    }

    static double number(Object value) {
        return value instanceof Number number ? number.doubleValue() : Double.NaN;
    }

    /** Three significant digits: a ratio of 0.0046 stays readable. */
    private static double round2(double value) {
        if (value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(3)).doubleValue();
    }
}
