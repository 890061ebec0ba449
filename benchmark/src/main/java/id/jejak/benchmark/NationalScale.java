package id.jejak.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 19's national scale on paper: a benchmark report's figures, measured on this machine, carried to 4.3 million
 * civil servants by arithmetic whose assumptions are named here and printed with the result
 * ({@code ./benchmark.sh --national target/benchmark.json}). Nothing here is measured at national scale: each line
 * says which measured figure it scales and by what. See {@code docs/national-scale.md} for the design it sizes.
 */
public final class NationalScale {

    /** Civil servants in Indonesia (issue 19; LAN cites about 5.2 million ASN including PPPK in 2025). */
    static final long PEOPLE = 4_300_000;
    /** Decisions recorded a person a year (issue 19's figure; the benchmark's generator draws about 12). */
    static final int DECISIONS_PER_PERSON_YEAR = 30;
    /** Working seconds a year: 250 working days of 8 hours, when HR records decisions. */
    static final long WORKING_SECONDS_A_YEAR = 250L * 8 * 3600;
    /** The busiest hour of the year (a promotion period, the annual SKP) against the mean working hour: assumed. */
    static final int PEAK_FACTOR = 10;
    /** Years of history kept in one store before a partition is archived. */
    static final int YEARS_KEPT = 10;
    /** The largest regional agency Jejak is built for (DESIGN.md) and a large central one (assumed). */
    static final List<Long> AGENCY_SIZES = List.of(50_000L, 300_000L);
    /** Machines the per-agency rebuilds are spread over, each like this one. */
    static final List<Integer> MACHINES = List.of(1, 10, 50);

    private NationalScale() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ./benchmark.sh --national target/benchmark.json");
            System.exit(2);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> report = new ObjectMapper().readValue(Path.of(args[0]).toFile(), Map.class);
        for (Map<String, Object> line : project(report)) {
            System.out.printf("%-62s %s%n      (%s)%n", line.get("what"), line.get("value"), line.get("from"));
        }
    }

    /** The national figures, each with the measured figure it scales. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> project(Map<String, Object> report) {
        Map<String, Object> run = (Map<String, Object>) report.get("run");
        Map<String, Object> database = (Map<String, Object>) report.get("database");
        Map<String, Object> http = (Map<String, Object>) report.get("httpCommands");
        Map<String, Object> raw = (Map<String, Object>) report.get("rawBaseline");
        if (!(report.get("rebuild") instanceof Map<?, ?> rebuild)) {
            throw new IllegalArgumentException("the report measured no rebuild (--no-rebuild): run the benchmark with it");
        }
        double storedEvents = Report.number(database.get("events"));
        double eventBytes = Report.number(database.get("eventTableMb")) * 1048576 / storedEvents;
        double readModelBytes = Report.number(database.get("readModelsMb")) * 1048576 / storedEvents;
        double commandsPerSecond = Report.number(http.get("commandsPerSecond"));
        double cpuMsPerCommand = Report.number(http.get("jvmCpuMsPerCommand"));
        double rebuildRate = Report.number(((Map<?, ?>) rebuild.get("allTogether")).get("eventsPerSecond"));
        double keysetRate = Report.number(((Map<String, Object>) raw.get("keysetRead")).get("rowsPerSecond"));
        String machine = String.valueOf(run.get("machine"));

        List<Map<String, Object>> lines = new ArrayList<>();
        double eventsAYear = (double) PEOPLE * DECISIONS_PER_PERSON_YEAR;
        line(lines, "events a year", String.format("%,.0f", eventsAYear),
                String.format("%,d people × %d decisions", PEOPLE, DECISIONS_PER_PERSON_YEAR));
        double meanRate = eventsAYear / WORKING_SECONDS_A_YEAR;
        double peakRate = meanRate * PEAK_FACTOR;
        line(lines, "commands a second: mean working hour / peak hour", String.format("%,.0f / %,.0f", meanRate,
                peakRate), String.format("250 days × 8 h; peak %d × the mean (assumed)", PEAK_FACTOR));
        line(lines, "JVM CPU for the peak (both sides, this JVM's share of a command)", String.format(
                "%.1f cores", peakRate * cpuMsPerCommand / 1000), String.format(
                "%.2f ms a command through HTTP, measured; %,.0f commands/s on %s", cpuMsPerCommand,
                commandsPerSecond, machine));
        line(lines, "event table a year / kept " + YEARS_KEPT + " years", String.format("%,.0f GB / %,.0f GB",
                eventsAYear * eventBytes / 1e9, YEARS_KEPT * eventsAYear * eventBytes / 1e9), String.format(
                "%,.0f bytes an event with its indexes, measured (%,.0f events)", eventBytes, storedEvents));
        line(lines, "read models a year / kept " + YEARS_KEPT + " years", String.format("%,.0f GB / %,.0f GB",
                eventsAYear * readModelBytes / 1e9, YEARS_KEPT * eventsAYear * readModelBytes / 1e9), String.format(
                "%,.0f bytes an event, measured", readModelBytes));
        line(lines, "replay of one national year, one store, all projections", hours(eventsAYear / rebuildRate),
                String.format("%,.0f events/s, all projections at once, measured", rebuildRate));
        line(lines, "the same at issue 19's target (0.1 × the keyset read)", hours(eventsAYear / (0.1 * keysetRate)),
                String.format("%,.0f rows/s keyset read, measured", keysetRate));
        line(lines, "reading one national year, no projection (the floor)", hours(eventsAYear / keysetRate),
                "the keyset read alone");
        for (long size : AGENCY_SIZES) {
            double events = (double) size * DECISIONS_PER_PERSON_YEAR * YEARS_KEPT;
            line(lines, String.format("rebuild of one agency of %,d people, %d years", size, YEARS_KEPT),
                    hours(events / rebuildRate) + " today; " + hours(events / (0.1 * keysetRate)) + " at the target",
                    String.format("%,.0f events in its own store", events));
        }
        for (int machines : MACHINES) {
            double seconds = YEARS_KEPT * eventsAYear / (rebuildRate * machines);
            line(lines, String.format("every agency rebuilt, %d years, on %d machine(s) like this one", YEARS_KEPT,
                    machines), hours(seconds) + " today; " + hours(seconds * rebuildRate / (0.1 * keysetRate))
                    + " at the target", "agencies rebuilt side by side, each on its own store: assumes no shared "
                    + "bottleneck between machines");
        }
        return lines;
    }

    private static void line(List<Map<String, Object>> lines, String what, String value, String from) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("what", what);
        line.put("value", value);
        line.put("from", from);
        lines.add(line);
    }

    static String hours(double seconds) {
        if (seconds < 3600) {
            return String.format("%.0f min", seconds / 60);
        }
        return seconds < 3 * 86400 ? String.format("%.1f h", seconds / 3600)
                : String.format("%.1f days", seconds / 86400);
    }
}
