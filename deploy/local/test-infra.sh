#!/usr/bin/env bash
# Throw-away PostgreSQL and Kafka for tests, on free ports under a directory of the caller's.
#
#   test-infra.sh start DIR          starts both; prints the TRADEHUB_TEST_* variables to export
#   test-infra.sh stop DIR           stops both
#   test-infra.sh kafka-start DIR    (re)starts a broker in DIR, reusing its port; prints PORT PID
#   test-infra.sh kafka-stop DIR     stops that broker
#
# Used by deploy/local/test.sh (one set for a whole test run) and by the Java test support
# (when a test is run without test.sh, or needs a broker of its own to kill).
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
source "$LOCAL_DIR/lib/postgres.sh"
source "$LOCAL_DIR/lib/kafka.sh"

KAFKA_CP_CACHE="$REPO_ROOT/.run/kafka.classpath"

cmd=${1:?usage: test-infra.sh start|stop|kafka-start|kafka-stop DIR}
dir=${2:?DIR required}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

kafka_up() {
  local kdir=$1 port cport
  mkdir -p "$kdir"
  if [ -f "$kdir/port" ]; then
    read -r port cport <"$kdir/port"
  else
    port=$(free_port); cport=$(free_port)
    echo "$port $cport" >"$kdir/port"
  fi
  kafka_start "$kdir" "$port" "$cport" "$KAFKA_CP_CACHE"
  echo "$port $(cat "$kdir/kafka.pid")"
}

case "$cmd" in
  start)
    pg_port=$(free_port)
    chmod 755 "$dir" # the server runs as 'postgres' and must enter it
    pg_start "$dir/pg" "$pg_port" >&2
    pg_psql "$pg_port" "$dir/pg" -c "ALTER USER postgres PASSWORD 'postgres'" >/dev/null
    read -r kport _ < <(kafka_up "$dir/kafka")
    echo "TRADEHUB_TEST_PG_URL=jdbc:postgresql://127.0.0.1:$pg_port/"
    echo "TRADEHUB_TEST_PG_USER=postgres"
    echo "TRADEHUB_TEST_PG_PASSWORD=postgres"
    echo "TRADEHUB_TEST_KAFKA=127.0.0.1:$kport"
    ;;
  stop)
    kafka_stop "$dir/kafka"
    pg_stop "$dir/pg"
    ;;
  kafka-start)
    kafka_up "$dir"
    ;;
  kafka-stop)
    kafka_stop "$dir"
    ;;
  *)
    die "unknown command $cmd"
    ;;
esac
