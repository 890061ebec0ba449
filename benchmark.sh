#!/usr/bin/env bash
# Issue 8's benchmark in one command: builds what is needed (tests skipped), then runs the whole benchmark in ONE JVM
# with a 512 MB heap shared by both sides and the driver, on a throw-away embedded PostgreSQL:
#   ./benchmark.sh [--scale 0.05] [--output target/benchmark.json] [--help for every option]
# Scale 1.0 (the default) is 20,000 civil servants over five years, about 1.2 million events.
# Extra JVM flags (not the heap size, which the targets fix at 512 MB) go in BENCHMARK_JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -q -B -pl benchmark -am package -DskipTests
# Issue 13's multi-node figures instead: ./benchmark.sh --multi-node (two command and two query nodes, snapshots)
if [ "${1:-}" = "--multi-node" ]; then
    # shellcheck disable=SC2086
    exec java -Xmx1g -Daxoniq.update-checker.disabled=true ${BENCHMARK_JAVA_OPTS:-} \
        -Dloader.main=id.jejak.benchmark.cluster.MultiNodeFigures \
        -cp benchmark/target/jejak-benchmark-exec.jar org.springframework.boot.loader.launch.PropertiesLauncher
fi
# Issue 19's national scale on paper, from a report this script wrote: ./benchmark.sh --national target/benchmark.json
if [ "${1:-}" = "--national" ]; then
    exec java -Dloader.main=id.jejak.benchmark.NationalScale -cp benchmark/target/jejak-benchmark-exec.jar \
        org.springframework.boot.loader.launch.PropertiesLauncher "${@:2}"
fi
# shellcheck disable=SC2086
exec java -Xmx512m -Daxoniq.update-checker.disabled=true ${BENCHMARK_JAVA_OPTS:-} \
    -jar benchmark/target/jejak-benchmark-exec.jar "$@"
