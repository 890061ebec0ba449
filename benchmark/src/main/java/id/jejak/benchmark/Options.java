package id.jejak.benchmark;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * What to run, from the command line: {@code --scale 0.05 --output target/benchmark.json}, the durations of each
 * measurement, and any {@code --jejak.*}, {@code --spring.*}, {@code --server.*},
 * {@code --axon.*} or {@code --logging.*} setting, which goes to both sides.
 */
public record Options(
        double scale,
        Path output,
        long seed,
        int firstYear,
        int years,
        int loadThreads,
        int clients,
        int commandWarmupSeconds,
        int commandSeconds,
        int rawInsertSeconds,
        int queryWarmupSeconds,
        int querySeconds,
        Path dataDirectory,
        List<String> sideArguments,
        boolean dryRun,
        boolean rebuild,
        boolean bulkImport) {

    static final List<String> SIDE_PREFIXES = List.of("--jejak.", "--spring.", "--server.", "--axon.", "--logging.",
            "--management.");

    public static Options defaults() {
        int lastFullYear = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear() - 1;
        // each read warms up as long as the commands: the first seconds of a read's load run at half its rate while
        // the JIT compiles its path, and a shorter warm-up put that into the read's p99
        return new Options(1.0, Path.of("target/benchmark.json"), 20_250_101L, lastFullYear - 4, 5, 8, 8, 15, 60, 15,
                15, 10, null, List.of(), false, true, true);
    }

    /** A tiny run that goes through every stage in well under a minute: the smoke test's. */
    public static Options smoke(Path output) {
        Options defaults = defaults();
        return new Options(0.002, output, defaults.seed, defaults.firstYear, defaults.years, 4, 8, 1, 2, 1, 1, 1,
                null, List.of(), false, true, true);
    }

    public static Options parse(String... args) {
        Options o = defaults();
        double scale = o.scale;
        Path output = o.output;
        long seed = o.seed;
        int firstYear = o.firstYear;
        int years = o.years;
        int loadThreads = o.loadThreads;
        int clients = o.clients;
        int commandWarmup = o.commandWarmupSeconds;
        int commandSeconds = o.commandSeconds;
        int rawSeconds = o.rawInsertSeconds;
        int queryWarmup = o.queryWarmupSeconds;
        int querySeconds = o.querySeconds;
        Path dataDirectory = null;
        boolean dryRun = false;
        boolean rebuild = true;
        boolean bulkImport = true;
        List<String> side = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (SIDE_PREFIXES.stream().anyMatch(arg::startsWith)) {
                side.add(arg);
                continue;
            }
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            if (name.equals("--dry-run")) {
                dryRun = true;
                continue;
            }
            if (name.equals("--no-rebuild")) {
                rebuild = false;
                continue;
            }
            if (name.equals("--no-import")) {
                bulkImport = false;
                continue;
            }
            if (name.equals("--help") || name.equals("-h")) {
                throw new IllegalArgumentException(usage());
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value for " + name + "\n" + usage());
                }
                value = args[++i];
            }
            switch (name) {
                case "--scale" -> scale = Double.parseDouble(value);
                case "--output" -> output = Path.of(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--first-year" -> firstYear = Integer.parseInt(value);
                case "--years" -> years = Integer.parseInt(value);
                case "--load-threads" -> loadThreads = Integer.parseInt(value);
                case "--clients" -> clients = Integer.parseInt(value);
                case "--command-warmup" -> commandWarmup = Integer.parseInt(value);
                case "--command-seconds" -> commandSeconds = Integer.parseInt(value);
                case "--raw-seconds" -> rawSeconds = Integer.parseInt(value);
                case "--query-warmup" -> queryWarmup = Integer.parseInt(value);
                case "--query-seconds" -> querySeconds = Integer.parseInt(value);
                case "--data-dir" -> dataDirectory = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + name + "\n" + usage());
            }
        }
        if (scale <= 0 || years < 3) {
            throw new IllegalArgumentException("--scale must be positive and --years at least 3");
        }
        return new Options(scale, output, seed, firstYear, years, loadThreads, clients, commandWarmup, commandSeconds,
                rawSeconds, queryWarmup, querySeconds, dataDirectory, List.copyOf(side), dryRun, rebuild,
                bulkImport);
    }

    /** Civil servants in the agency: 20,000 at scale 1. */
    public int persons() {
        return Math.max(10, (int) Math.round(20_000 * scale));
    }

    static String usage() {
        return """
                usage: ./benchmark.sh [--scale 0.05] [--output target/benchmark.json] [options] [--jejak.*=… --spring.*=…]
                  --scale S            20,000 × S civil servants over 5 years (default 1.0: about 1.2 million events)
                  --output FILE        the JSON report (default target/benchmark.json)
                  --seed N             the generator's seed (default 20250101)
                  --first-year Y       first year of the history (default: five years ending last year)
                  --load-threads N     threads loading through the command gateway (default 8)
                  --clients N          concurrent HTTP clients for commands and queries (default 8)
                  --command-warmup S / --command-seconds S   HTTP command load (default 15 / 60)
                  --raw-seconds S      raw single-row insert baseline (default 15)
                  --query-warmup S / --query-seconds S       per query kind (default 15 / 10)
                  --data-dir DIR       keep the embedded PostgreSQL there (default: a throw-away one); a new
                                       folder each run: the load refuses a store that holds events
                  --dry-run            generate the history and count it, without starting Jejak
                  --no-rebuild         skip step 4, the rebuilds (about half an hour at scale 1.0 on two cores)
                  --no-import          skip step 7, the bulk import into a second Jejak (a quarter of an hour at scale 1.0)
                """;
    }
}
