#!/usr/bin/env bash
# Builds what is needed and starts Jejak: an embedded PostgreSQL (data in ./var/postgres), the command side on
# port 8081 and the query side on port 8082. Ctrl-C stops everything. Arguments go to both sides, e.g.
#   ./run.sh --spring.datasource.url=jdbc:postgresql://db:5432/jejak --spring.datasource.username=jejak
# The build is skipped when the jar is newer than every source and build file (a restart takes seconds).
set -euo pipefail
cd "$(dirname "$0")"
jar=launcher/target/jejak-exec.jar
if [ ! -f "$jar" ] || [ -n "$(find . -path ./var -prune -o -path '*/target' -prune -o -path ./.git -prune \
        -o -type f \( -path '*/src/main/*' -o -name pom.xml -o -path './.mvn/*' \) -newer "$jar" -print -quit)" ]; then
  ./mvnw -q -B -DskipTests package
fi
exec java -Daxoniq.update-checker.disabled=true -jar "$jar" "$@"
