#!/usr/bin/env bash
# Issue 8's benchmark in one command: builds what is needed (tests skipped), then runs the whole benchmark in ONE JVM
# with a 512 MB heap shared by both sides and the driver, on a throw-away embedded PostgreSQL:
#   ./benchmark.sh [--scale 0.05] [--output target/benchmark.json] [--help for every option]
# Scale 1.0 (the default) is 20,000 civil servants over five years, about 1.2 million events.
# Extra JVM flags (not the heap size, which the targets fix at 512 MB) go in BENCHMARK_JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -q -B -pl benchmark -am package -DskipTests
# shellcheck disable=SC2086
exec java -Xmx512m -Daxoniq.update-checker.disabled=true ${BENCHMARK_JAVA_OPTS:-} \
    -jar benchmark/target/jejak-benchmark-exec.jar "$@"
