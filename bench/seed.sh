#!/usr/bin/env bash
# Fills an empty GiveFirst database with the performance benchmark's community.
# Usage: bench/seed.sh JDBC_URL USER PASSWORD [SEED] [SCALE]   (no arguments: the full usage)
# Builds the seed generator quietly first, then runs it on the JDK that ./mvnw picks. It runs in the
# repository's root: a relative H2 path in JDBC_URL is relative to it.
set -euo pipefail

cd "$(dirname "$0")/.."
java_home=$(MVNW_PRINT_JAVA_HOME=1 ./mvnw)
# The classpath file lists the jars the generator needs (the domain and ejb modules' own among them).
./mvnw -B -q -pl bench -am package dependency:build-classpath -DskipTests \
    -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
exec "$java_home/bin/java" -Djava.util.logging.SimpleFormatter.format='%4$s: %5$s%n' \
    -cp "bench/target/givefirst-bench.jar:$(cat bench/target/classpath.txt)" org.givefirst.bench.Seed "$@"
