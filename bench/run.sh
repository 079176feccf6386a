#!/usr/bin/env bash
# The page benchmark (bench/README.md): a seeded community of 10,000 members, GiveFirst alone on
# one Payara Micro instance, and 16 signed-in members loading the pages members use most, with
# wrk. Prints a table of throughput and latency percentiles per page, with a trivial Faces page
# as the ceiling, the time to ready and the resident memory.
#
#   bench/run.sh [h2|mysql]      (default h2)
#
# h2: a fresh H2 file under bench/target/. mysql: the database named by DB_URL, DB_USER and
# DB_PASSWORD (it must be empty: it is seeded), or else a fresh database givefirst_bench made with
# `mariadb -u root` on this machine. BENCH_SCALE (default 1) scales the community, BENCH_SECONDS
# (default 20) the measured seconds per page, BENCH_WARMUP_SECONDS (default 30) the load on each page
# before, BENCH_MEMBERS (default 16) the signed-in members.
# Each page is measured twice: at full load, then with members who read each page before the
# next (BENCH_THINK_MS on average, default 1000; 0 leaves that second table out).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

database=${1:-h2}
scale=${BENCH_SCALE:-1}
seconds=${BENCH_SECONDS:-20}
members=${BENCH_MEMBERS:-16}
port=${BENCH_PORT:-8080}
# The server's heap, as the run command sets it (web/pom.xml). The JVM's own memory (classes,
# compiled code, G1's structures, threads) is about 400 MB besides the heap, which G1 fills to its
# maximum under this load: with 512m the process reached 880 MB resident, over the goal of 768 MB.
# The live set after a full GC is about 120 MB. (Serial GC with 320m stayed within 732 MB but
# stopped every page for 400-500 ms at a time in full collections.)
heap=${BENCH_XMX:-352m}
think=${BENCH_THINK_MS:-1000}
# Each page under load before it is measured: the JIT needs 30-60 s of it on two cores (the
# trivial page answered 514, 689, then 1,144 req/s in three 10 s rounds after 5 s of warm-up).
warmup=${BENCH_WARMUP_SECONDS:-30}
# Extra JVM options for the server, e.g. a flight recording: BENCH_JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/bench.jfr
read -r -a java_opts <<<"${BENCH_JAVA_OPTS:-}"
work=$root/bench/target/run-$database
base=http://127.0.0.1:$port
war=$root/web/target/givefirst.war
micro=$root/web/target/payara/payara-micro.jar

log() { printf '[bench] %s\n' "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }

if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    JAVA_HOME=$(MVNW_PRINT_JAVA_HOME=1 ./mvnw)
fi
export JAVA_HOME

if ! command -v wrk >/dev/null 2>&1; then
    [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1 || fail "wrk is needed: sudo apt-get install -y wrk"
    log "installing Debian's wrk ..."
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
(exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && fail "port $port is taken (GiveFirst still running?)"

log "building the WAR and the seed generator ..."
./mvnw -B -q -pl web,bench -am -DskipTests package
[ -f "$micro" ] || ./mvnw -B -q -pl web dependency:copy@copy-payara-micro

rm -rf "$work"
mkdir -p "$work"
case "$database" in
    h2)
        # The datasource class is left to the application's default, as the run command does:
        # named in the environment, it made Payara pool H2 through XA (microprofile-config.properties).
        unset DB_DATASOURCE
        export DB_URL="jdbc:h2:$work/db/givefirst;AUTO_SERVER=TRUE;QUERY_CACHE_SIZE=64"
        export DB_USER=givefirst DB_PASSWORD=givefirst
        ;;
    mysql)
        if [ -z "${DB_URL:-}" ]; then
            mariadb -u root -e "DROP DATABASE IF EXISTS givefirst_bench;
                CREATE DATABASE givefirst_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
                CREATE USER IF NOT EXISTS 'givefirst_bench'@'localhost' IDENTIFIED BY 'givefirst_bench';
                CREATE USER IF NOT EXISTS 'givefirst_bench'@'%' IDENTIFIED BY 'givefirst_bench';
                GRANT ALL ON givefirst_bench.* TO 'givefirst_bench'@'localhost';
                GRANT ALL ON givefirst_bench.* TO 'givefirst_bench'@'%';" \
                || fail "no DB_URL, and no MariaDB root login here to make a database"
            export DB_URL=jdbc:mysql://127.0.0.1:3306/givefirst_bench DB_USER=givefirst_bench DB_PASSWORD=givefirst_bench
        fi
        export DB_DATASOURCE=com.mysql.cj.jdbc.MysqlDataSource
        ;;
    *) fail "unknown database $database (h2 or mysql)" ;;
esac

log "seeding the community (scale $scale) ..."
seed_started=$(date +%s.%N)
seed_url=$DB_URL
[ "$database" = mysql ] && seed_url="$DB_URL?rewriteBatchedStatements=true"
bench/seed.sh "$seed_url" "$DB_USER" "$DB_PASSWORD" 42 "$scale" >"$work/seed.log" 2>&1 || { cat "$work/seed.log" >&2; fail "seeding failed"; }
seed_seconds=$(echo "$(date +%s.%N) - $seed_started" | bc)

log "starting GiveFirst (-Xmx$heap) ..."
started=$(date +%s.%N)
# Every member signs in from this one address: the sign-in limit per address (25 in 5 minutes) is raised.
"$JAVA_HOME/bin/java" @web/src/main/payara/jvm.args "-Xmx$heap" -Dgivefirst.throttle.signInsPerAddress=1000 "${java_opts[@]}" -jar "$micro" --deploy "$war" --contextroot / --port "$port" \
    --rootdir "$work/payara" --clustermode tcpip:127.0.0.1:6900 --interfaces 127.0.0.1 --disablephonehome \
    --prebootcommandfile web/src/main/payara/pre-boot-commands.asadmin \
    --postbootcommandfile web/src/main/payara/single-instance.asadmin >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
ready_seconds=""
for _ in $(seq 1 480); do
    # Payara answers UP with no checks at all while GiveFirst is still being deployed.
    if curl -sf "$base/health/ready" 2>/dev/null | grep -q '"name":"database"'; then
        ready_seconds=$(echo "$(date +%s.%N) - $started" | bc)
        break
    fi
    kill -0 "$server" 2>/dev/null || { tail -40 "$work/server.log" >&2; fail "GiveFirst exited"; }
    sleep 0.25
done
[ -n "$ready_seconds" ] || fail "GiveFirst was not ready in 120 s"

# Members who post offers are others than those whose pages are read: else each run would pile
# a few hundred offers on the readers, and their dashboard, list and profile would measure members
# the seeded community does not have.
log "signing in $((members * 2)) members ($members read pages, $members post offers) ..."
"$JAVA_HOME/bin/java" cluster/ClusterDrill.java signin "$base" "member%d@seed.givefirst.invalid" \
    "give first, then ask" "$((members * 2))" "$work/signed-in.txt" >/dev/null
head -n "$members" "$work/signed-in.txt" >"$work/readers.txt"
head -n "$members" "$work/signed-in.txt.ids" >"$work/readers.txt.ids"
tail -n "$members" "$work/signed-in.txt" >"$work/posters.txt"

rss_max_kb=0
sample_rss() {
    local kb
    kb=$(awk '/^VmRSS/ { print $2 }' "/proc/$server/status" 2>/dev/null || echo 0)
    [ "${kb:-0}" -gt "$rss_max_kb" ] && rss_max_kb=$kb
    return 0
}

# label, what (bench/pages.lua)
pages=(
    "trivial page (visitor, /guidelines)|visitor:/guidelines"
    "dashboard|/dashboard"
    "giver inbox|/inbox"
    "my offers|/offers/index"
    "member search|/members/index?q=an"
    "a member's profile|/members/profile?id={id}"
    "post an offer|post-offer"
)

load() { # $1: what, $2: seconds, $3: mean think time in ms (0: full load); prints the RESULT lines
    local what=$1 duration=$2 think_ms=${3:-0} out=$work/wrk.out sessions=$work/readers.txt
    [ "$what" = post-offer ] && sessions=$work/posters.txt
    wrk -t"$members" -c"$members" -d"${duration}s" --timeout 10s -s bench/pages.lua "$base" -- "$sessions" "$what" "$think_ms" \
        >"$out" 2>&1 &
    local load_pid=$!
    while kill -0 "$load_pid" 2>/dev/null; do sample_rss; sleep 1; done
    wait "$load_pid" || { cat "$out" >&2; fail "wrk failed on $what"; }
    sleep 2 # what the server still had queued is done before the next page is measured
    grep '^RESULT' "$out" || { cat "$out" >&2; fail "wrk printed no result for $what"; }
}

log "warming up ($warmup s a page) ..."
for page in "${pages[@]}"; do load "${page#*|}" "$warmup" >/dev/null; done

results=$work/results.txt
: >"$results"
for page in "${pages[@]}"; do
    label=${page%%|*}
    log "measuring at full load: $label ($seconds s) ..."
    load "${page#*|}" "$seconds" | sed "s|^RESULT |$label\t|" >>"$results"
done
# The ceiling once more, last: this machine kind's speed drifts within a run (the trivial page
# measured 555-862 req/s in one day's runs), and a page is compared with the mean of both.
log "measuring at full load: the trivial page again ($seconds s) ..."
load "${pages[0]#*|}" "$seconds" | sed "s|^RESULT |trivial page, again\t|" >>"$results"
paced=$work/results-paced.txt
: >"$paced"
if [ "$think" -gt 0 ]; then
    for page in "${pages[@]}"; do
        label=${page%%|*}
        log "measuring with members who read ($think ms on average): $label ($seconds s) ..."
        load "${page#*|}" "$seconds" "$think" | sed "s|^RESULT |$label\t|" >>"$paced"
    done
fi

field() { sed -n "s/.*\b$2=\([0-9.]*\).*/\1/p" <<<"$1"; }
table() { # $1: results file; "of trivial" against the mean of its first and last lines (the ceiling
          # measured first and last), unless $2 is "paced" (the pauses set the pace)
    local trivial_rps="" label line kind rps share
    [ "${2:-}" = paced ] || trivial_rps=$(echo "scale=1; ($(field "$(head -1 "$1")" rps) + $(field "$(tail -1 "$1")" rps)) / 2" | bc)
    printf '| %-36s | %6s | %8s | %7s | %7s | %7s | %7s | %6s | %s |\n' page kind req/s p50\ ms p90\ ms p99\ ms max\ ms failed "of trivial"
    printf '| %-36s | %6s | %8s | %7s | %7s | %7s | %7s | %6s | %s |\n' --- --- ---: ---: ---: ---: ---: ---: ---:
    while IFS=$'\t' read -r label line; do
        kind=${line%% *}
        rps=$(field "$line" rps)
        share=-
        [ -n "$trivial_rps" ] && share="$(echo "scale=0; 100 * $rps / $trivial_rps" | bc)%"
        printf '| %-36s | %6s | %8s | %7s | %7s | %7s | %7s | %6s | %s |\n' "$label" "$kind" "$rps" \
            "$(field "$line" p50)" "$(field "$line" p90)" "$(field "$line" p99)" "$(field "$line" max)" \
            "$(field "$line" failed)" "$share"
    done <"$1"
}
echo
echo "GiveFirst page benchmark: $database, community scale $scale, $members signed-in members, ${seconds} s a page"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr), Java $("$JAVA_HOME/bin/java" -version 2>&1 | head -1 | sed 's/.*version "\([^"]*\)".*/\1/'), -Xmx$heap"
echo
echo "At full load (each member asks again as soon as the answer came):"
echo
table "$results"
if [ "$think" -gt 0 ]; then
    echo
    echo "Members who read each page before the next ($think ms on average, at random):"
    echo
    table "$paced" paced
fi
echo
echo "seeded in ${seed_seconds%.*} s; ready ${ready_seconds:0:4} s after start; resident memory at most $(( rss_max_kb / 1024 )) MB under load"
echo "community: $(awk 'NF == 2 && /^  (members|offers|help_requests|matches|notifications) / { gsub(",", "", $2); printf "%s%s %s", sep, $2, $1; sep = ", " }' "$work/seed.log")"
