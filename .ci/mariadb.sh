# Sourced by .ci/run: a MariaDB server (Debian's, the MySQL-compatible server available here) for
# the second integration-test leg. Installs it when missing, starts it when it is not running (no
# systemd here), creates a fresh database and user, and stops it afterwards if it started it.

MARIADB_DATABASE=givefirst_ci
MARIADB_USER=givefirst_ci
MARIADB_PASSWORD=givefirst-ci-only
mariadb_started_here=""

mariadb_up() {
    if ! command -v mariadbd >/dev/null 2>&1 && [ ! -x /usr/sbin/mariadbd ]; then
        echo "ci: installing Debian's mariadb-server ..."
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server >/dev/null
    fi
    if ! mariadb-admin ping --silent >/dev/null 2>&1; then
        echo "ci: starting MariaDB ..."
        mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld
        mariadb_log=$(mktemp)
        /usr/sbin/mariadbd --user=mysql >"$mariadb_log" 2>&1 &
        mariadb_started_here=$!
        for _ in $(seq 1 60); do
            mariadb-admin ping --silent >/dev/null 2>&1 && break
            sleep 0.5
        done
        mariadb-admin ping --silent >/dev/null 2>&1 || { echo "ci: MariaDB did not start" >&2; cat "$mariadb_log" >&2; return 1; }
    fi
    # One fresh database per use (the tests, the ops test, the query plans, the cluster test, the
    # migration test), one user for all; a TCP login from 127.0.0.1 shows up as user@localhost,
    # so the user exists for both. _ops_restored is made by the ops test itself.
    local sql="CREATE USER IF NOT EXISTS '$MARIADB_USER'@'localhost' IDENTIFIED BY '$MARIADB_PASSWORD';
CREATE USER IF NOT EXISTS '$MARIADB_USER'@'%' IDENTIFIED BY '$MARIADB_PASSWORD';"
    local suffix database
    for suffix in "" _ops _plans _cluster _migration _ops_restored; do
        database=$MARIADB_DATABASE$suffix
        if [ "$suffix" != _ops_restored ]; then
            sql+="
DROP DATABASE IF EXISTS $database;
CREATE DATABASE $database CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;"
        fi
        sql+="
GRANT ALL ON $database.* TO '$MARIADB_USER'@'localhost';
GRANT ALL ON $database.* TO '$MARIADB_USER'@'%';"
    done
    mariadb -uroot -e "$sql"
    export DB_DATASOURCE=com.mysql.cj.jdbc.MysqlDataSource
    export DB_URL="jdbc:mysql://127.0.0.1:3306/$MARIADB_DATABASE"
    export DB_USER=$MARIADB_USER
    export DB_PASSWORD=$MARIADB_PASSWORD
    # An empty database of its own for the migration test (SchemaMigrationTest).
    export MIGRATION_TEST_DB_URL="jdbc:mysql://127.0.0.1:3306/${MARIADB_DATABASE}_migration"
    # One for the restart and backup test (web/src/test/sh/mysql-operations.sh).
    export OPS_DB="${MARIADB_DATABASE}_ops"
    # One for the cluster test (cluster/cluster-test.sh).
    export CLUSTER_DB="${MARIADB_DATABASE}_cluster"
    # And one for the query-plan check (QueryPlansTest).
    export QUERY_PLAN_TEST_DB_URL="jdbc:mysql://127.0.0.1:3306/${MARIADB_DATABASE}_plans"
}

mariadb_down() {
    if [ -n "$mariadb_started_here" ]; then
        echo "ci: stopping the MariaDB it started"
        mariadb-admin shutdown >/dev/null 2>&1 || kill "$mariadb_started_here" 2>/dev/null || true
        wait "$mariadb_started_here" 2>/dev/null || true
    fi
}
