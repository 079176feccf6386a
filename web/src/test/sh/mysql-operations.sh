#!/usr/bin/env bash
# Operations test on MySQL/MariaDB, run by .ci/run in its MariaDB leg after the integration tests:
#
#   1. restart: GiveFirst serves sign-ups (real form POSTs with their ViewState) while MariaDB is
#      shut down and started again; requests must succeed again within 10 s of the database being
#      back, and every sign-up the app confirmed must be in the database afterwards;
#   2. backup and restore: mariadb-dump of that database, restored into an empty one, is served by
#      GiveFirst: same member count on the landing page, and a member signs in.
#
# Needs: the built WAR and Payara Micro jar (./mvnw verify), a running MariaDB reachable as root
# through its socket, DB_USER/DB_PASSWORD of a user granted ${OPS_DB}* (see .ci/mariadb.sh).
# Prints its figures; stops everything it starts.
set -euo pipefail

cd "$(dirname "$0")/../../.."   # web/
: "${JAVA_HOME:?JAVA_HOME must point at a JDK 21 or newer}"
: "${DB_USER:?}" "${DB_PASSWORD:?}" "${OPS_DB:?the database to use, e.g. givefirst_ci_ops}"

war=target/givefirst.war
micro=target/payara/payara-micro.jar
work=target/mysql-operations
port=${OPS_HTTP_PORT:-18080}
base=http://127.0.0.1:$port
password="operations test password"
restored_db=${OPS_DB}_restored
app_pid=""

log() { printf '[mysql-ops] %s\n' "$*"; }
fail() { log "FAILED: $*" >&2; exit 1; }
now() { date +%s.%N; }
since() { printf '%.1f' "$(echo "$(now) - $1" | bc)"; }

stop_app() {
    if [ -n "$app_pid" ]; then
        kill "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
        app_pid=""
    fi
}
cleanup() {
    stop_app
    mariadb-admin ping --silent >/dev/null 2>&1 || start_mariadb
}
trap cleanup EXIT

start_mariadb() {
    mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql
    for _ in $(seq 1 120); do mariadb-admin ping --silent >/dev/null 2>&1 && return 0; sleep 0.25; done
    fail "MariaDB did not come back"
}

start_app() { # $1: database
    rm -rf "$work/root"
    # The writer below signs members up from this one address, far more than a community allows an hour.
    DB_DATASOURCE=com.mysql.cj.jdbc.MysqlDataSource DB_URL="jdbc:mysql://127.0.0.1:3306/$1" \
        GIVEFIRST_THROTTLE_SIGNUPSPERADDRESS=100000 \
        "$JAVA_HOME/bin/java" @src/main/payara/jvm.args -Xmx512m -jar "$micro" --deploy "$war" --contextroot / --port "$port" \
        --nocluster --disablephonehome --rootdir "$work/root" --prebootcommandfile src/main/payara/pre-boot-commands.asadmin \
        >"$work/payara-$1.log" 2>&1 &
    app_pid=$!
    for _ in $(seq 1 240); do
        # Payara answers UP with no checks at all while GiveFirst is still being deployed.
        curl -sf --max-time 5 "$base/health/ready" 2>/dev/null | grep -q '"name":"database"' && return 0
        kill -0 "$app_pid" 2>/dev/null || { tail -50 "$work/payara-$1.log"; fail "Payara Micro exited"; }
        sleep 0.5
    done
    tail -50 "$work/payara-$1.log"
    fail "GiveFirst was not ready on $1"
}

# The ViewState of the form on a page (its CSRF token), read from the HTML.
viewstate_of() {
    sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' | head -n 1
}

# Signs a new member up through the real form; prints the email when the app confirmed it (the
# redirect to the profile editor), nothing otherwise.
sign_up() { # $1: email
    local jar page viewstate location
    jar=$(mktemp -p "$work")
    page=$(curl -s --max-time 15 -c "$jar" -b "$jar" "$base/signup") || { rm -f "$jar"; return 0; }
    viewstate=$(printf '%s' "$page" | viewstate_of)
    if [ -n "$viewstate" ]; then
        location=$(curl -s --max-time 15 -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" "$base/signup" \
            --data-urlencode "signup=signup" --data-urlencode "signup:displayName=Operations Test" \
            --data-urlencode "signup:email=$1" --data-urlencode "signup:password=$password" \
            --data-urlencode "signup:guidelines=on" --data-urlencode "signup:submit=Create my account" \
            --data-urlencode "jakarta.faces.ViewState=$viewstate") || location=""
        case "$location" in *"/profile/edit"*) echo "$1" ;; esac
    fi
    rm -f "$jar"
}

count_members() { # $1: database
    mariadb -uroot -N -e "SELECT COUNT(*) FROM \`$1\`.members"
}

[ -f "$war" ] && [ -f "$micro" ] || fail "build first: ./mvnw verify (needs $war and $micro)"
mkdir -p "$work"

# --- 1. restart ---------------------------------------------------------------------------------
start_app "$OPS_DB"
log "GiveFirst is up on $OPS_DB; signing members up while MariaDB restarts"
confirmed=$work/confirmed.txt
attempts=$work/attempts.txt
: >"$confirmed"; : >"$attempts"
(
    deadline=$(( $(date +%s) + 30 ))
    n=0
    while [ "$(date +%s)" -lt "$deadline" ]; do
        n=$((n + 1))
        email="ops-$n-$$@example.org"
        printf '%s %s\n' "$(now)" "$email" >>"$attempts"
        ok=$(sign_up "$email")
        [ -n "$ok" ] && printf '%s %s\n' "$(now)" "$ok" >>"$confirmed"
    done
) &
writer=$!

sleep 8
log "shutting MariaDB down"
restart_started=$(now)
mariadb-admin shutdown
sleep 3
start_mariadb
back=$(now)
log "MariaDB back after $(since "$restart_started") s"
# The first confirmed sign-up that started after MariaDB was back.
recovered=""
for _ in $(seq 1 80); do
    recovered=$(awk -v t="$back" '$1 > t {print $1; exit}' "$confirmed")
    [ -n "$recovered" ] && break
    sleep 0.25
done
wait "$writer"
[ -n "$recovered" ] || fail "no sign-up succeeded after MariaDB came back"
recovery=$(printf '%.1f' "$(echo "$recovered - $back" | bc)")
log "first confirmed sign-up $recovery s after MariaDB was back"
awk -v r="$recovery" 'BEGIN { exit !(r <= 10) }' || fail "requests took $recovery s (> 10 s) to succeed again"

total=$(wc -l <"$attempts"); ok=$(wc -l <"$confirmed")
missing=0
while read -r _ email; do
    found=$(mariadb -uroot -N -e "SELECT COUNT(*) FROM \`$OPS_DB\`.members WHERE email = '$email'")
    [ "$found" = 1 ] || { log "confirmed but missing: $email"; missing=$((missing + 1)); }
done <"$confirmed"
log "sign-ups: $total attempted, $ok confirmed, $((total - ok)) refused during the outage, $missing confirmed but lost"
[ "$missing" -eq 0 ] || fail "$missing committed sign-ups were lost"
[ "$ok" -gt 0 ] || fail "no sign-up was confirmed at all"
stop_app

# --- 2. backup and restore ----------------------------------------------------------------------
members=$(count_members "$OPS_DB")
dump=$work/$OPS_DB.sql
dump_started=$(now)
mariadb-dump --single-transaction --default-character-set=utf8mb4 "$OPS_DB" >"$dump"
log "dump of $members members: $(du -h "$dump" | cut -f1) in $(since "$dump_started") s"
mariadb -uroot -e "DROP DATABASE IF EXISTS \`$restored_db\`; CREATE DATABASE \`$restored_db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;"
restore_started=$(now)
mariadb -uroot "$restored_db" <"$dump"
log "restored into $restored_db in $(since "$restore_started") s"

start_app "$restored_db"
landing=$(curl -sL "$base/")
expected=$( [ "$members" = 1 ] && echo "One member has joined" || echo "$(printf "%'d" "$members" 2>/dev/null || echo "$members") members have joined")
printf '%s' "$landing" | grep -q "$expected" || fail "the restored landing page does not say '$expected'"
signed_in_email=$(awk 'NR == 1 {print $2}' "$confirmed")
jar=$(mktemp -p "$work")
page=$(curl -s -c "$jar" -b "$jar" "$base/signin")
viewstate=$(printf '%s' "$page" | viewstate_of)
location=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" "$base/signin" \
    --data-urlencode "signin=signin" --data-urlencode "signin:email=$signed_in_email" \
    --data-urlencode "signin:password=$password" --data-urlencode "signin:submit=Sign in" \
    --data-urlencode "signin:next=" --data-urlencode "jakarta.faces.ViewState=$viewstate")
case "$location" in *"/dashboard"*) ;; *) fail "could not sign in as $signed_in_email on the restored database ($location)" ;; esac
log "the restored database is served: '$expected', and $signed_in_email signs in"
stop_app
mariadb -uroot -e "DROP DATABASE IF EXISTS \`$restored_db\`;"
log "PASSED"
