#!/usr/bin/env bash
# The cluster test, run by .ci/run on MariaDB (it may run anywhere with a MySQL/MariaDB and root
# access through the socket). Two instances and haproxy (cluster/cluster.sh), then:
#
#   1. failover: a member signs in through the balancer and opens the reference form; the
#      instance serving them is killed with kill -9; they submit without signing in again and the
#      reference is saved exactly once (cluster/ClusterDrill.java failover);
#   2. the killed instance restarts and rejoins the data grid;
#   3. coordinated cache: a name changed through instance A shows on instance B at once;
#   4. load: 16 signed-in members for 30 s through the balancer (wrk); one instance is killed
#      with kill -9 after 10 s; at most 1 % of the requests may fail; it restarts and rejoins;
#   5. a proposal due to expire during the test is expired exactly once (its version moved by 1);
#   6. no instance logged that it is "defaulting to memory" for sessions.
#
# Prints its figures (start and rejoin times, failed requests, throughput of one instance and of
# two behind the balancer, memory per instance). Stops everything it starts.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
: "${DB_USER:?}" "${DB_PASSWORD:?}" "${CLUSTER_DB:?the MariaDB database to use, e.g. givefirst_ci_cluster}"

export GIVEFIRST_CLUSTER_DIR=$root/web/target/cluster-test
export DB_DATASOURCE=com.mysql.cj.jdbc.MysqlDataSource
export DB_URL="jdbc:mysql://127.0.0.1:3306/$CLUSTER_DB"
# The drills sign up some twenty members from this one address, more than a community allows an hour.
export GIVEFIRST_THROTTLE_SIGNUPSPERADDRESS=1000
balancer=http://127.0.0.1:${GIVEFIRST_CLUSTER_PORT:-8080}
instance_a=http://127.0.0.1:${GIVEFIRST_CLUSTER_HTTP_BASE:-8081}
instance_b=http://127.0.0.1:$(( ${GIVEFIRST_CLUSTER_HTTP_BASE:-8081} + 1 ))
work=$GIVEFIRST_CLUSTER_DIR/test

log() { printf '[cluster-test] %s\n' "$*"; }
fail() { log "FAILED: $*" >&2; exit 1; }
sql() { mariadb -uroot -N -B "$CLUSTER_DB" -e "$1"; }
value() { sed -n "s/^$1=//p" | tail -1; }
# A figure of a page load by bench/pages.lua (its RESULT line): $1 requests, failed, rps or p99;
# $2 its output. Connections that broke count as requests and as failures.
load() {
    local figure errors
    figure=$(sed -n "s/^RESULT page .*\b$1=\([0-9.]*\).*/\1/p" "$2")
    errors=$(value SOCKET_ERRORS <"$2")
    case $1 in
        requests|failed) echo $(( ${figure:-0} + ${errors:-0} )) ;;
        *) echo "$figure" ;;
    esac
}

JAVA_HOME=${JAVA_HOME:-$(MVNW_PRINT_JAVA_HOME=1 ./mvnw)}
export JAVA_HOME
drill() { "$JAVA_HOME/bin/java" cluster/ClusterDrill.java "$@"; }

cleanup() { cluster/cluster.sh stop >/dev/null 2>&1 || true; }
trap cleanup EXIT

command -v wrk >/dev/null 2>&1 || { [ "$(id -u)" -eq 0 ] && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
command -v wrk >/dev/null 2>&1 || fail "wrk is needed: apt-get install -y wrk"
rm -rf "$GIVEFIRST_CLUSTER_DIR"
mkdir -p "$work"

cluster/cluster.sh start 2 | tee "$work/start.log"
grep -q 'grid size 2' "$work/start.log" || fail "the instances did not form one data grid"

# 5 (set up first): a proposal that falls due in 20 s, while the rest of the test runs.
giver_email=$(drill proposal "$balancer" | value PROPOSAL_GIVER_EMAIL)
read -r match_id version_before < <(sql "SELECT m.id, m.version FROM matches m JOIN members g ON g.id = m.giver_id
    WHERE g.email = '$giver_email' AND m.status = 'PROPOSED'")
[ -n "$match_id" ] || fail "no proposal was made"
sql "UPDATE matches SET expires_at = UTC_TIMESTAMP() + INTERVAL 20 SECOND WHERE id = $match_id"
log "proposal $match_id (version $version_before) falls due in 20 s"

# 1. Failover in the middle of writing a reference.
drill failover "$balancer" | tee "$work/failover.log"
killed=$(value FAILOVER_NODE <"$work/failover.log")
reference_match=$(value FAILOVER_MATCH <"$work/failover.log")
saved=$(sql "SELECT COUNT(*) FROM matches WHERE id = $reference_match AND ref_submitted_at IS NOT NULL AND ref_strengths LIKE 'Calm under pressure%'")
[ "$saved" = 1 ] || fail "the reference written during the failover was not saved"
log "failover: the reference was saved once, $(value FAILOVER_SUBMIT_MS <"$work/failover.log") ms for the submit that met the dead instance"

# 2. The killed instance comes back and rejoins.
latest_grid_size() { cluster/cluster.sh grid-size "$1"; }
other_than() { [ "$1" = a ] && echo b || echo a; }
rejoin() { # $1: name of the killed instance: start it again, wait until both see a grid of 2
    local name=$1 other started
    other=$(other_than "$name")
    # First the survivor notices the death (else the newcomer may meet a grid that still lists its
    # dead predecessor at the same address and stay alone for a while).
    for _ in $(seq 1 120); do [ "$(latest_grid_size "$other")" = 1 ] && break; sleep 0.5; done
    started=$(date +%s.%N)
    cluster/cluster.sh start-instance "$name" >"$work/rejoin-$name.log"
    for _ in $(seq 1 120); do
        if [ "$(latest_grid_size "$name")" = 2 ] && [ "$(latest_grid_size "$other")" = 2 ] \
                && sleep 5 && [ "$(latest_grid_size "$name")" = 2 ] && [ "$(latest_grid_size "$other")" = 2 ]; then
            log "instance $name: $(sed -n 's/.*ready on port [0-9]* after \([0-9.]*\) s.*/ready after \1 s/p' "$work/rejoin-$name.log"), back in a grid of 2 (and still 5 s later) $(printf '%.1f' "$(echo "$(date +%s.%N) - $started - 5" | bc)") s after it was started again"
            return 0
        fi
        sleep 0.5
    done
    fail "instance $name did not rejoin the grid"
}
rejoin "$killed"

# 3. A change through A is seen on B at once.
drill cache "$instance_a" "$instance_b" | tee "$work/cache.log"
log "coordinated cache: the new name was read on B $(value CACHE_SEEN_ON_B_MS <"$work/cache.log") ms after it was saved on A"

# 4. Load, and a kill -9 in the middle of it.
drill sessions "$balancer" 16 "$work/sessions.txt" >/dev/null
wrk -t16 -c16 -d30s -s bench/pages.lua "$balancer" -- "$work/sessions.txt" /dashboard >"$work/load.log" 2>&1 &
load_pid=$!
sleep 10
cluster/cluster.sh kill a
wait "$load_pid" || fail "wrk failed: $(cat "$work/load.log")"
cat "$work/load.log"
requests=$(load requests "$work/load.log")
failed=$(load failed "$work/load.log")
percent=$(awk -v failed="$failed" -v requests="$requests" 'BEGIN { printf "%.3f", requests ? 100 * failed / requests : 0 }')
log "load with a kill -9 after 10 s: $failed of $requests requests failed ($percent %)"
[ "$(echo "$percent <= 1.0" | bc)" = 1 ] || fail "more than 1 % of the requests failed at the kill"
rejoin a

# Throughput: two behind the balancer, then one alone (b, which was not restarted), 10 s each after
# a 5 s warm-up of the restarted a; the same signed-in sessions.
wrk -t16 -c16 -d5s -s bench/pages.lua "$instance_a" -- "$work/sessions.txt" /dashboard >/dev/null 2>&1
wrk -t16 -c16 -d10s -s bench/pages.lua "$balancer" -- "$work/sessions.txt" /dashboard >"$work/two.log" 2>&1
wrk -t16 -c16 -d10s -s bench/pages.lua "$instance_b" -- "$work/sessions.txt" /dashboard >"$work/one.log" 2>&1
log "throughput, 16 signed-in members on /dashboard: one instance $(load rps "$work/one.log") req/s" \
    "(p99 $(load p99 "$work/one.log") ms), two behind haproxy $(load rps "$work/two.log") req/s" \
    "(p99 $(load p99 "$work/two.log") ms), failed $(load failed "$work/one.log") and $(load failed "$work/two.log")"
[ "$(load failed "$work/one.log")" = 0 ] && [ "$(load failed "$work/two.log")" = 0 ] || fail "requests failed without any instance failing"
for name in a b; do
    pid=$(cat "$GIVEFIRST_CLUSTER_DIR/run/$name.pid")
    log "memory of instance $name (-Xmx${GIVEFIRST_CLUSTER_XMX:-512m}): $(awk '/VmRSS/ {printf "%.0f MB", $2/1024}' "/proc/$pid/status") resident"
done

# 5. The proposal expired exactly once, whichever instance claimed it.
for _ in $(seq 1 90); do
    [ "$(sql "SELECT status FROM matches WHERE id = $match_id")" = EXPIRED ] && break
    sleep 1
done
read -r status version_after < <(sql "SELECT status, version FROM matches WHERE id = $match_id")
[ "$status" = EXPIRED ] || fail "proposal $match_id is $status, not EXPIRED"
[ "$version_after" = $(( version_before + 1 )) ] || fail "proposal $match_id changed $(( version_after - version_before )) times, not once"
log "proposal $match_id expired exactly once (version $version_before -> $version_after)"

# 6. Sessions really went to the data grid.
if grep -il "defaulting to memory" "$GIVEFIRST_CLUSTER_DIR"/logs/*.log; then
    fail "an instance fell back to memory sessions"
fi
log "PASSED"
