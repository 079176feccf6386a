#!/usr/bin/env bash
# GiveFirst as a cluster on one machine: N Payara Micro instances of the same WAR, joined in one
# data grid over TCP on loopback, behind haproxy on port 8080 (sticky sessions, health checks on
# the readiness endpoint, retries and redispatch). README: ## Run as a cluster.
#
#   cluster/cluster.sh [up [N]]        start N instances (default 2) and haproxy; Ctrl-C stops all
#   cluster/cluster.sh start [N]       the same, in the background
#   cluster/cluster.sh stop            stop everything this script started
#   cluster/cluster.sh status          which instances run, and the grid size they report
#   cluster/cluster.sh kill NAME       kill -9 one instance (a, b, …), as a crash would
#   cluster/cluster.sh start-instance NAME   start it again; it rejoins the grid
#   cluster/cluster.sh grid-size NAME        the size of the data grid the instance last reported
#
# The database is the one thing the instances share: DB_DATASOURCE, DB_URL, DB_USER, DB_PASSWORD
# as in README ## Run on MySQL. Without them, an H2 file under data/cluster/ that both instances
# open in H2's auto-server mode (one machine only).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

data=${GIVEFIRST_CLUSTER_DIR:-$root/data/cluster}
http_base=${GIVEFIRST_CLUSTER_HTTP_BASE:-8081}      # instance a on 8081, b on 8082, …
grid_base=${GIVEFIRST_CLUSTER_GRID_BASE:-5900}      # Hazelcast: a on 5900, b on 5901, …
balancer_port=${GIVEFIRST_CLUSTER_PORT:-8080}
heap=${GIVEFIRST_CLUSTER_XMX:-512m}
war=$root/web/target/givefirst.war
micro=$root/web/target/payara/payara-micro.jar
preboot=$root/web/src/main/payara/pre-boot-commands.asadmin
jvm_args=$root/web/src/main/payara/jvm.args
names=(a b c d e f g h)

log() { printf '[cluster] %s\n' "$*"; }
fail() { log "FAILED: $*" >&2; exit 1; }

count_file() { echo "$data/run/count"; }
instance_count() { cat "$(count_file)" 2>/dev/null || echo 2; }
index_of() { local i; for i in "${!names[@]}"; do [ "${names[$i]}" = "$1" ] && { echo "$i"; return; }; done; fail "no instance $1"; }
http_port() { echo $(( http_base + $(index_of "$1") )); }
pid_of() { cat "$data/run/$1.pid" 2>/dev/null || true; }
# Running, and not a zombie (a killed instance nobody has reaped yet still answers kill -0).
alive() { local pid; pid=$(pid_of "$1"); [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && ! grep -q '^State:.*Z' "/proc/$pid/status" 2>/dev/null; }

java_home() {
    if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
        JAVA_HOME=$(MVNW_PRINT_JAVA_HOME=1 ./mvnw)
    fi
    export JAVA_HOME
}

ensure_built() {
    if [ ! -f "$war" ] || [ ! -f "$micro" ]; then
        log "building the WAR and fetching Payara Micro (once) ..."
        ./mvnw -B -q -pl web -am -DskipTests package
        ./mvnw -B -q -pl web dependency:copy@copy-payara-micro
    fi
}

ensure_haproxy() {
    command -v haproxy >/dev/null 2>&1 && return 0
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        log "installing Debian's haproxy ..."
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
        return 0
    fi
    fail "haproxy is needed: on Debian/Ubuntu, sudo apt-get install -y haproxy"
}

# The comma list of every member's grid address (a port range crashes Payara Micro, DESIGN.md).
members() {
    local n i list=""
    n=$(instance_count)
    for (( i = 0; i < n; i++ )); do list+="${list:+,}127.0.0.1:$(( grid_base + i ))"; done
    echo "$list"
}

database_env() {
    if [ -z "${DB_URL:-}" ]; then
        mkdir -p "$data/db"
        unset DB_DATASOURCE # H2 is the default; named here, Payara pools it through XA (microprofile-config.properties)
        export DB_URL="jdbc:h2:$data/db/givefirst;AUTO_SERVER=TRUE;QUERY_CACHE_SIZE=64"
        export DB_USER=${DB_USER:-givefirst} DB_PASSWORD=${DB_PASSWORD:-givefirst}
    fi
}

# Ready: the readiness check answers UP and GiveFirst's own checks are in it. Payara answers UP
# with no checks at all while the application is still being deployed.
ready() { curl -sf --max-time 5 "$1/health/ready" 2>/dev/null | grep -q '"name":"database"'; }

wait_ready() { # $1: name; prints seconds to ready
    local name=$1 port started=$2 i
    port=$(http_port "$name")
    for i in $(seq 1 480); do
        if ready "http://127.0.0.1:$port"; then
            printf '%.1f' "$(echo "$(date +%s.%N) - $started" | bc)"
            return 0
        fi
        alive "$name" || { tail -40 "$data/logs/$name.log" >&2; fail "instance $name exited"; }
        sleep 0.25
    done
    tail -40 "$data/logs/$name.log" >&2
    fail "instance $name was not ready in 120 s"
}

start_instance() { # $1: name
    local name=$1 i started
    i=$(index_of "$name")
    alive "$name" && { log "instance $name already runs"; return 0; }
    # A fresh runtime folder each start: a restarted instance must join as a new member, not
    # bring back what its dead predecessor left there.
    rm -rf "$data/instances/$name"
    mkdir -p "$data/run" "$data/logs" "$data/instances/$name"
    port_free "$(http_port "$name")" || fail "port $(http_port "$name") is taken (another GiveFirst still running?)"
    started=$(date +%s.%N)
    # The balancer is the one proxy whose X-Forwarded-For the instances believe (sign-in throttling).
    "$JAVA_HOME/bin/java" "@$jvm_args" "-Xmx$heap" -Dgivefirst.trustedProxies=127.0.0.1 -jar "$micro" --deploy "$war" --contextroot / \
        --port "$(http_port "$name")" --name "$name" --rootdir "$data/instances/$name" \
        --clustername givefirst --clustermode "tcpip:$(members)" --startport $(( grid_base + i )) \
        --interfaces 127.0.0.1 --disablephonehome --prebootcommandfile "$preboot" \
        >>"$data/logs/$name.log" 2>&1 &
    echo $! >"$data/run/$name.pid"
    log "instance $name ready on port $(http_port "$name") after $(wait_ready "$name" "$started") s (pid $(pid_of "$name"))"
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

write_haproxy_config() {
    local n i name
    n=$(instance_count)
    {
        cat <<CFG
# Written by cluster/cluster.sh. Sticky sessions (a cookie naming the instance), which session
# replication backs up: when an instance fails, its members go to another one and keep their session.
global
    maxconn 4096
    pidfile $data/run/haproxy.pid
defaults
    mode http
    option forwardfor
    timeout connect 2s
    timeout client 60s
    timeout server 30s
    timeout check 2s
    retries 3
    option redispatch
    # Replays only what never reached an instance or got no answer from a dead one: a slow answer
    # is waited for, never sent again.
    retry-on conn-failure empty-response
    option http-buffer-request
frontend givefirst
    bind 127.0.0.1:$balancer_port
    # A cleartext HTTP/2 upgrade would tunnel past the balancer (no sticky cookie, no retries).
    http-request del-header Upgrade if { req.hdr(Upgrade) -i h2c }
    default_backend instances
backend instances
    balance roundrobin
    cookie GFNODE insert indirect nocache httponly
    option httpchk
    http-check send meth GET uri /health/ready
    http-check expect status 200
    # Payara answers UP with no checks at all while GiveFirst is still being deployed.
    http-check expect string "database"
    default-server inter 1s fall 2 rise 2
CFG
        for (( i = 0; i < n; i++ )); do
            name=${names[$i]}
            echo "    server $name 127.0.0.1:$(( http_base + i )) check cookie $name"
        done
    } >"$data/run/haproxy.cfg"
}

start_balancer() {
    port_free "$balancer_port" || fail "port $balancer_port is taken"
    write_haproxy_config
    haproxy -c -q -f "$data/run/haproxy.cfg" || fail "haproxy refused its configuration"
    haproxy -D -f "$data/run/haproxy.cfg"
    for _ in $(seq 1 40); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$balancer_port/health/ready")" = 200 ] && {
            log "haproxy on port $balancer_port in front of $(instance_count) instances"; return 0; }
        sleep 0.25
    done
    fail "haproxy did not answer on port $balancer_port"
}

grid_size() { # $1: name; the last data-grid size the instance logged
    grep -o 'DG Size: [0-9]*' "$data/logs/$1.log" 2>/dev/null | tail -1 | grep -o '[0-9]*$' || echo 0
}

start_all() {
    local n=${1:-2} i
    (( n >= 1 && n <= ${#names[@]} )) || fail "between 1 and ${#names[@]} instances"
    java_home
    ensure_built
    ensure_haproxy
    database_env
    mkdir -p "$data/run"
    echo "$n" >"$(count_file)"
    # One after the other: the first migrates the schema, the others find it up to date.
    for (( i = 0; i < n; i++ )); do start_instance "${names[$i]}"; done
    start_balancer
    log "GiveFirst: http://localhost:$balancer_port/ (data grid size $(grid_size a))"
}

stop_all() {
    local pid name
    pid=$(cat "$data/run/haproxy.pid" 2>/dev/null || true)
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
    rm -f "$data/run/haproxy.pid"
    for name in "${names[@]}"; do
        if alive "$name"; then
            pid=$(pid_of "$name")
            kill "$pid" 2>/dev/null || true
            for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
            kill -9 "$pid" 2>/dev/null || true
            log "instance $name stopped"
        fi
        rm -f "$data/run/$name.pid"
    done
}

case "${1:-up}" in
    up)
        trap 'stop_all' EXIT INT TERM
        start_all "${2:-2}"
        log "Ctrl-C stops the cluster"
        while true; do sleep 3600; done
        ;;
    start) start_all "${2:-2}" ;;
    stop) stop_all ;;
    status)
        for (( i = 0; i < $(instance_count); i++ )); do
            name=${names[$i]}
            if alive "$name"; then log "$name: running (pid $(pid_of "$name"), port $(http_port "$name"), grid size $(grid_size "$name"))"
            else log "$name: down"; fi
        done
        ;;
    kill)
        [ -n "${2:-}" ] || fail "which instance?"
        pid=$(pid_of "$2"); [ -n "$pid" ] || fail "instance $2 does not run"
        kill -9 "$pid"
        log "instance $2 killed (kill -9 $pid)"
        ;;
    grid-size)
        [ -n "${2:-}" ] || fail "which instance?"
        grid_size "$2"
        ;;
    start-instance)
        [ -n "${2:-}" ] || fail "which instance?"
        java_home; database_env
        start_instance "$2"
        ;;
    *) fail "unknown command $1 (up, start, stop, status, kill NAME, start-instance NAME, grid-size NAME)" ;;
esac
