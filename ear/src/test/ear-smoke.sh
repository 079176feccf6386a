#!/usr/bin/env bash
# EAR smoke test on Payara Server (full profile).
#
# Creates a throwaway domain, starts it, deploys the EAR and fetches the landing page, whose
# member-count sentence comes from the database (AccountService.countMembers in the ejb module,
# the JPA unit in lib/givefirst-domain.jar, the schema from the Flyway migration). So a passing run
# proves that the EAR deploys and that its modules, the default datasource and the migrations work
# together. The domain is stopped and deleted afterwards, also when a step fails.
#
# Run through Maven, which unpacks Payara Server and sets the environment:
#   ./mvnw -B -pl ear -am -Pear-smoke verify -DskipTests
#
# Environment:
#   JAVA_HOME       JDK 21 or newer; Payara Server and asadmin run on it (Maven passes ${java.home})
#   PAYARA_HOME     the unpacked Payara Server (the folder holding bin/asadmin)
#   EAR_FILE        the EAR to deploy
#   SMOKE_PORTBASE  base of the domain's ports (default 28000): admin +48, HTTP +80, HTTPS +81,
#                   Hazelcast +49/+59; far from 8080/4848 so it never meets a developer's server
#   SMOKE_WORK_DIR  where the domain and the fetched pages live (default: next to the EAR)
set -euo pipefail

: "${JAVA_HOME:?JAVA_HOME must point at a JDK 21 or newer}"
: "${PAYARA_HOME:?PAYARA_HOME must point at the unpacked Payara Server}"
: "${EAR_FILE:?EAR_FILE must name the EAR to deploy}"
portbase=${SMOKE_PORTBASE:-28000}
work=${SMOKE_WORK_DIR:-$(dirname "$EAR_FILE")/ear-smoke}

domain=givefirst-smoke
app=givefirst
web_module=givefirst-web.war
admin_port=$((portbase + 48))
http_port=$((portbase + 80))
base_url="http://127.0.0.1:$http_port"
domains_dir=$work/domains
domain_dir=$domains_dir/$domain
server_log=$domain_dir/logs/server.log
page_timeout=120 # seconds to wait for the landing page after deployment

log() { printf '[ear-smoke] %s\n' "$*"; }
fail() { log "FAILED: $*" >&2; exit 1; }

# --- Preconditions ----------------------------------------------------------------------------

java_major=$("$JAVA_HOME/bin/java" -version 2>&1 | sed -n 's/.* version "\([0-9][0-9]*\).*/\1/p' | head -n 1)
[ "${java_major:-0}" -ge 21 ] || fail "Payara Server 7 needs JDK 21 or newer; JAVA_HOME ($JAVA_HOME) is ${java_major:-unknown}"
[ -x "$PAYARA_HOME/bin/asadmin" ] || fail "no Payara Server at PAYARA_HOME ($PAYARA_HOME)"
[ -f "$EAR_FILE" ] || fail "no EAR at $EAR_FILE: build it first (./mvnw -B package -DskipTests)"
command -v curl >/dev/null || fail "curl is needed"

# asadmin runs plain "java" from PATH unless AS_JAVA is set, and the machine's default java may be
# too old. The server JVM is started with the same java.
export AS_JAVA=$JAVA_HOME
# asadmin keeps a login and a command cache in ~/.gfclient: keep them in the work folder instead.
export AS_EXTRA_JAVA_OPTS="-Duser.home=$work/home"

asadmin=$PAYARA_HOME/bin/asadmin
admin_at=(--host 127.0.0.1 --port "$admin_port") # where asadmin finds the running domain

# Runs a long step (an executable, not a function: its pid is what a kill must reach) in the
# background and waits for it: bash runs a trap only after a foreground command ends, but it
# interrupts a wait at once. So a TERM (a CI timeout, Maven being stopped) cleans up right away
# instead of after a deployment that may take a minute.
step_pid=""
run() {
    local status=0
    "$@" &
    step_pid=$!
    wait "$step_pid" || status=$?
    step_pid=""
    return "$status"
}

# Seconds (with milliseconds) between two EPOCHREALTIME readings.
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# --- Cleanup: whatever this script started, it stops ------------------------------------------

server_pid=""

remove_domain() {
    [ -d "$domain_dir" ] || return 0
    # The pid file disappears when the server stops: read it first, to kill a server that does not.
    local pid=${server_pid:-$(cat "$domain_dir/config/pid" 2>/dev/null || true)}
    timeout 60 "$asadmin" stop-domain --domaindir "$domains_dir" "$domain" >/dev/null 2>&1 || true
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        log "the server (pid $pid) did not stop; killing it"
        kill -9 "$pid" 2>/dev/null || true
    fi
    "$asadmin" delete-domain --domaindir "$domains_dir" "$domain" >/dev/null 2>&1 || rm -rf "$domain_dir"
}

on_exit() {
    local status=$?
    trap - EXIT INT TERM
    if [ -n "$step_pid" ]; then kill "$step_pid" 2>/dev/null || true; fi # an interrupted step
    if [ "$status" -ne 0 ] && [ -f "$server_log" ]; then
        log "last 80 lines of $server_log:" >&2
        tail -n 80 "$server_log" >&2 || true
    fi
    log "stopping and deleting domain $domain"
    remove_domain
    rm -rf "$work/home"
    if [ "$status" -eq 0 ]; then log "PASSED"; else log "FAILED (exit $status)" >&2; fi
    exit "$status"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- Domain -----------------------------------------------------------------------------------

mkdir -p "$work"
if [ -d "$domain_dir" ]; then
    log "removing domain $domain left over by an earlier run"
    remove_domain
fi
for port in "$admin_port" "$http_port"; do
    if port_taken "$port"; then
        fail "port $port is in use; choose other ports with -Dear.smoke.portbase=NNNNN"
    fi
done

log "creating domain $domain (ports $portbase+: admin $admin_port, HTTP $http_port)"
t0=$EPOCHREALTIME
run "$asadmin" create-domain --nopassword --portbase "$portbase" --domaindir "$domains_dir" "$domain" >"$work/create-domain.out" 2>&1 \
    || { cat "$work/create-domain.out" >&2; fail "create-domain"; }
t_created=$EPOCHREALTIME
log "domain created in $(elapsed "$t0" "$t_created") s"

# Applied to domain.xml before the server boots. Session cookies carry SameSite=Lax: Payara takes it
# from the HTTP listener (as web/src/main/payara/pre-boot-commands.asadmin does for Payara Micro,
# whose listeners are named http-listener/https-listener). The HTTP listeners bind to loopback only,
# so the smoke test's application is not reachable from the network.
cat >"$work/pre-boot-commands.asadmin" <<'EOF'
set configs.config.server-config.network-config.protocols.protocol.http-listener-1.http.cookie-same-site-value=Lax
set configs.config.server-config.network-config.protocols.protocol.http-listener-1.http.cookie-same-site-enabled=true
set configs.config.server-config.network-config.protocols.protocol.http-listener-2.http.cookie-same-site-value=Lax
set configs.config.server-config.network-config.protocols.protocol.http-listener-2.http.cookie-same-site-enabled=true
set configs.config.server-config.network-config.network-listeners.network-listener.http-listener-1.address=127.0.0.1
set configs.config.server-config.network-config.network-listeners.network-listener.http-listener-2.address=127.0.0.1
EOF

log "starting domain $domain"
run "$asadmin" start-domain --timeout 180 --domaindir "$domains_dir" \
    --prebootcommandfile "$work/pre-boot-commands.asadmin" "$domain" || fail "start-domain"
t_started=$EPOCHREALTIME
log "domain started in $(elapsed "$t_created" "$t_started") s"
server_pid=$(cat "$domain_dir/config/pid" 2>/dev/null || true)

# --- Deployment -------------------------------------------------------------------------------

log "deploying $(basename "$EAR_FILE")"
# deploy returns once the application has started (or failed to): a failed deployment fails here.
run timeout 300 "$asadmin" "${admin_at[@]}" deploy --name "$app" "$EAR_FILE" \
    || fail "deploy (the server log below says why)"
t_deployed=$EPOCHREALTIME
log "deployed in $(elapsed "$t_started" "$t_deployed") s"

# --- Pages ------------------------------------------------------------------------------------

# Polls a URL until it answers 200 (bounded); leaves headers and body in $work/NAME.{headers,html}.
fetch_until_ok() { # $1: URL, $2: name
    local deadline=$((SECONDS + page_timeout)) code
    while :; do
        code=$(curl -sS --max-time 10 -D "$work/$2.headers" -o "$work/$2.html" -w '%{http_code}' "$1" 2>/dev/null || true)
        [ "$code" = 200 ] && return 0
        [ "$SECONDS" -ge "$deadline" ] && fail "$1 did not answer 200 within ${page_timeout}s (last status: ${code:-none})"
        sleep 1
    done
}

log "fetching $base_url/index"
fetch_until_ok "$base_url/index" index
t_page=$EPOCHREALTIME
log "first page in $(elapsed "$t_deployed" "$t_page") s"

# The member-count sentence (landing.members in messages.properties): the count is read from the
# database, so the page proves that the web module reached the EJB, JPA and the migrated schema.
members_sentence='Be the first to join\.|One member has joined so far\.|[0-9][0-9,]* members have joined so far\.'
sentence=$(grep -o -E "$members_sentence" "$work/index.html" | head -n 1 || true)
[ -n "$sentence" ] || fail "the landing page has no member-count sentence (page saved in $work/index.html)"
log "landing page says: $sentence"

# The context root comes from the EAR's application.xml (the landing page at /index shows it too).
context_root=$("$asadmin" "${admin_at[@]}" --terse _get-context-root --appname "$app" "$web_module" | tr -d '\r') \
    || fail "cannot read the context root of $web_module"
log "context root of $web_module: '$context_root'"
[ "$context_root" = "/" ] || fail "the web module's context root is '$context_root', not '/'"

# The session cookie, when the page sets one, carries SameSite=Lax (from the listener settings).
session_cookie=$(grep -i '^Set-Cookie: JSESSIONID=' "$work/index.headers" | tr -d '\r' || true)
if [ -n "$session_cookie" ]; then
    log "session cookie: $session_cookie"
    grep -q -i 'SameSite=Lax' <<<"$session_cookie" || fail "the session cookie lacks SameSite=Lax"
fi

# MicroProfile Health is on by default in Payara Server at /health; readiness includes the app's
# database check (DatabaseReadinessCheck).
log "fetching $base_url/health/ready"
fetch_until_ok "$base_url/health/ready" health-ready
health=$(tr -d '\r\n' <"$work/health-ready.html")
log "readiness: $health"
grep -q '^{"status":"UP"' <<<"$health" || fail "readiness is not UP"
grep -q '"name":"database"' <<<"$health" || fail "readiness does not include GiveFirst's database check"

# Not a failure, but worth a look: what the server logged above INFO (level, logger, first line).
problems=$(awk '/^\[[^]]*\] \[[^]]*\] \[(SEVERE|WARNING)\]/ {
        split($0, field, "] \\["); getline message; sub(/^ +/, "", message); sub(/]]$/, "", message)
        print field[3] " " field[5] ": " substr(message, 1, 160) }' "$server_log")
if [ -n "$problems" ]; then
    log "server log entries above INFO:"
    sed 's/^/    /' <<<"$problems"
fi

log "timings: create domain $(elapsed "$t0" "$t_created") s, start $(elapsed "$t_created" "$t_started") s," \
    "deploy $(elapsed "$t_started" "$t_deployed") s, first page $(elapsed "$t_deployed" "$t_page") s" \
    "(total $(elapsed "$t0" "$EPOCHREALTIME") s)"
