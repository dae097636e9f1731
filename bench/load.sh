#!/usr/bin/env bash
# The load suite (src/test/java/io/runrub/benchmarks/load/LoadSuite.java): builds the jar, then starts an embedded
# PostgreSQL 18, generates a clinic, starts RunRub on it and prints each figure beside its reference (pgbench, or a
# trivial endpoint) measured in the same run. Needs pgbench on the PATH. Options are Java system properties:
#   bench/load.sh -Dbench.seconds=20 -Dbench.warmup=8 -Dbench.port=18080
#   bench/load.sh -Dbench.pg.host=localhost -Dbench.pg.port=5432 -Dbench.pg.user=postgres -Dbench.pg.password=…
# (a running server instead of the embedded one: the suite creates a new database on it). Maven options go in
# MAVEN_ARGS (e.g. MAVEN_ARGS=-o to build offline).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q ${MAVEN_ARGS:-} package -DskipTests
./mvnw -q ${MAVEN_ARGS:-} dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" "$@" \
	io.runrub.benchmarks.load.LoadSuite
