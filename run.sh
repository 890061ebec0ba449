#!/usr/bin/env bash
# Builds what is needed and starts Jejak: an embedded PostgreSQL (data in ./var/postgres), the command side on
# port 8081 and the query side on port 8082. Ctrl-C stops everything. Arguments go to both sides, e.g.
#   ./run.sh --spring.datasource.url=jdbc:postgresql://db:5432/jejak --spring.datasource.username=jejak
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -q -B -DskipTests package
exec java -Daxoniq.update-checker.disabled=true -jar launcher/target/jejak-exec.jar "$@"
