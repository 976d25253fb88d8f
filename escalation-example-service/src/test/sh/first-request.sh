#!/bin/sh
# The first POST /assess after start, with the starter's warm-up and without it: each of RUNS starts of the packaged
# service (both ways, alternating), one request, then the escalation.assessments timer's max (the first request's
# time in the policy) and curl's total time. Run from the repository root after `mvn -B -q package -DskipTests`:
#   sh escalation-example-service/src/test/sh/first-request.sh [RUNS]
runs=${1:-5}
jar=escalation-example-service/target/escalation-example-service.jar
sample=escalation-examples/samples/emergency.json
port=18089
java=java
if [ -n "$JAVA_HOME" ]; then
    java="$JAVA_HOME/bin/java"
fi

once() {
    "$java" -jar "$jar" --server.port=$port "$@" > /tmp/first-request.log 2>&1 &
    pid=$!
    until curl -s -o /dev/null "localhost:$port/actuator/health"; do
        sleep 0.1
    done
    total=$(curl -s -o /dev/null -w '%{time_total}' -H 'Content-Type: application/json' --data @"$sample" \
        "localhost:$port/assess")
    max=$(curl -s "localhost:$port/actuator/metrics/escalation.assessments" | sed 's/.*"statistic":"MAX","value":\([0-9.Ee-]*\).*/\1/')
    started=$(sed -n 's/.*Started .* in \([0-9.]*\) seconds.*/\1/p' /tmp/first-request.log)
    kill "$pid"
    wait "$pid" 2>/dev/null
    echo "policy_ms=$(awk "BEGIN { printf \"%.1f\", $max * 1000 }") request_ms=$(awk "BEGIN { printf \"%.1f\", $total * 1000 }") started_s=$started"
}

for run in $(seq "$runs"); do
    echo "warm-up    $(once)"
    echo "no warm-up $(once --escalation.policy.warm-up.enabled=false)"
done
