# Sourced by .ci/run and crashtest/run.sh: starts a throw-away PostgreSQL
# cluster (installing Debian's postgresql package if missing) on a Unix
# socket in a temporary directory, run as the postgres user (initdb refuses
# root), exports REPORTBOT_TEST_POSTGRES_DSN for the tests, and stops and
# removes the cluster when the calling script exits. The tests create and
# drop their own databases on it.
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
fi
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdir=$(mktemp -d /tmp/reportbot-pg.XXXXXX)
pgrun=()
if [ "$(id -u)" = 0 ]; then
  chown postgres:postgres "$pgdir"
  pgrun=(runuser -u postgres --)
fi
"${pgrun[@]}" "$pgbin/initdb" -D "$pgdir/data" -A trust -U postgres >/dev/null
"${pgrun[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -w start \
  -o "-c listen_addresses='' -c unix_socket_directories='$pgdir' -c max_connections=300" >/dev/null
trap '"${pgrun[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pgdir"' EXIT
export REPORTBOT_TEST_POSTGRES_DSN="postgres:///postgres?host=$pgdir&user=postgres&sslmode=disable"
"$pgbin/psql" -h "$pgdir" -U postgres -Atc 'SELECT version()'
