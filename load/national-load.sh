#!/usr/bin/env bash
# Loads the synthetic national data set into a NEW data directory through the application's
# import API and leaves the application running for the load test (docs/benchmarks.md,
# "Load test"; docs/operations.md). Arguments go to NationalLoad, e.g. --companies 2000.
# Environment: DATA_DIR (target/national), PORT (18080), DB_PORT (15432), OUT (target/national-csv),
# HEAP (6g).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA_DIR=${DATA_DIR:-target/national}
PORT=${PORT:-18080}
DB_PORT=${DB_PORT:-15432}
OUT=${OUT:-target/national-csv}
HEAP=${HEAP:-6g}
if [ -e "$DATA_DIR" ]; then
	echo "$DATA_DIR exists: the load starts from a new data directory (delete it, or set DATA_DIR)" >&2
	exit 2
fi
./mvnw -q -B -DskipTests package
mkdir -p target
# a copy, so that a later build does not replace the jar under the running application
JAR=target/symbiose-national-$$.jar
cp app/target/symbiose.jar "$JAR"
java -Xmx"$HEAP" -jar "$JAR" --symbiose.data-dir="$DATA_DIR" --symbiose.demo=false \
	--symbiose.embedded-postgres.port="$DB_PORT" --server.port="$PORT" \
	--symbiose.matching.nearest-per-rule=20 --symbiose.embedded-postgres.pool-size=40 > target/national-app.log 2>&1 &
APP=$!
echo "$APP" > target/national-app.pid
until curl -sf "http://localhost:$PORT/actuator/health" > /dev/null; do
	if ! kill -0 "$APP" 2> /dev/null; then
		echo "the application stopped; see target/national-app.log" >&2
		exit 1
	fi
	sleep 2
done
java -Xmx4g -cp "bench/target/classes:engine/target/classes:$(cat bench/target/classpath.txt)" \
	no.symbiose.bench.NationalLoad --url "http://localhost:$PORT" --db-port "$DB_PORT" --out "$OUT" "$@"
echo "Symbiose keeps running on http://localhost:$PORT (pid $APP); stop it with: kill $APP"
