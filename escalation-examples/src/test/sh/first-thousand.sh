#!/bin/sh
# The first 1,000 assessments of a fresh JVM with default options, as `bench` times them, in RUNS processes of each
# jar given (alternating, so they share the machine's load), then the median of each. Run from the repository root
# after `mvn -B -q install -DskipTests`:
#   sh escalation-examples/src/test/sh/first-thousand.sh [RUNS] [JAR ...]
# With no jar, the one just built. To compare with another version, give both jars, e.g. one built from a worktree.
# BENCH_OPTS=--first-rules-alone times the rules alone instead (no explanation, nothing assembled): the floor.
runs=${1:-5}
[ $# -gt 0 ] && shift
[ $# -eq 0 ] && set -- escalation-examples/target/escalation-examples.jar
java=java
if [ -n "$JAVA_HOME" ]; then
    java="$JAVA_HOME/bin/java"
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for run in $(seq "$runs"); do
    index=0
    for jar in "$@"; do
        index=$((index + 1))
        # shellcheck disable=SC2086 # BENCH_OPTS is meant to split into words
        seconds=$("$java" -jar "$jar" bench --warmup 1 $BENCH_OPTS \
            | sed -n 's/.*first 1,000 .* took \([0-9.]*\) s.*/\1/p')
        if [ -z "$seconds" ]; then
            echo "first-thousand: bench gave no figure with $jar" >&2
            exit 1
        fi
        echo "$jar: $seconds s"
        # Keyed by the jar's place among the arguments: paths may contain each other, or spaces.
        echo "$index $seconds" >> "$out"
    done
done
index=0
for jar in "$@"; do
    index=$((index + 1))
    median=$(awk -v i="$index" '$1 == i { print $2 }' "$out" | sort -n \
        | awk '{ v[NR] = $1 } END { printf "median %s of %d (%s to %s)", v[int((NR + 1) / 2)], NR, v[1], v[NR] }')
    echo "$jar: first_1000_s $median"
done
