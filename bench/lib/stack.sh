#!/usr/bin/env bash
# Fault injection on the local stack (deploy/local/run.sh), for bench/run.sh and the harness.
# Loopback only: it acts on the processes whose pid files run.sh wrote under .run/.
#   stack.sh kill-kafka               kill -9 the Kafka broker
#   stack.sh start-kafka              start it again (same data directory and ports)
#   stack.sh kill-app NAME            kill -9 an app (border-trade, gateway, industry, commerce)
#   stack.sh start-app NAME           start it again exactly as run.sh does, wait until ready
#   stack.sh restart-postgres         immediate stop (like a crash) and start of PostgreSQL
set -euo pipefail
source "$(dirname "$0")/../../deploy/local/lib/common.sh"
source "$LOCAL_DIR/lib/postgres.sh"
source "$LOCAL_DIR/lib/kafka.sh"
source "$LOCAL_DIR/lib/jvm.sh"
source "$LOCAL_DIR/lib/apps.sh"
cd "$REPO_ROOT"
STATE="$REPO_ROOT/.run"
PG_PORT=${PG_PORT:-5432}
KAFKA_PORT=${KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-9093}

# The environment and the log of run.sh's start (lib/apps.sh); the log is appended to, so the
# killed app's is kept.
start_app() {
  local name dir port db mport up
  read -r name dir port db mport <<<"$(app_entry "$1")"
  source "$STATE/secrets.env"
  up=$(echo "$db" | tr a-z A-Z)
  local pw_var="${up}_LOCAL_DB_PASSWORD"
  app_launch "$name" "$dir" "$port" "$mport" "jdbc:postgresql://127.0.0.1:$PG_PORT/$db" "$db" "${!pw_var}" "127.0.0.1:$KAFKA_PORT" append
  app_wait_ready "$name" "$mport" 60
}

kill9_pidfile() {
  local f=$1 pid
  [ -f "$f" ] || die "no pid file $f: is the stack running?"
  pid=$(cat "$f")
  pid_alive "$pid" || die "process $pid ($f) is not running"
  kill -9 "$pid"
  for _ in $(seq 1 40); do pid_alive "$pid" || return 0; sleep 0.05; done
}

case "${1:-}" in
  kill-kafka) kill9_pidfile "$STATE/kafka/kafka.pid" ;;
  start-kafka) kafka_start "$STATE/kafka" "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" "$STATE/kafka.classpath" ;;
  kill-app) kill9_pidfile "$STATE/$2.pid" ;;
  start-app) start_app "$2" ;;
  restart-postgres)
    data=$(cat "$STATE/pg.datadir")
    pg_as "$(pg_bindir)/pg_ctl" -D "$data" -m immediate -w -t 60 stop >/dev/null
    pg_start "$data" "$PG_PORT" ;;
  *) die "usage: stack.sh kill-kafka|start-kafka|kill-app NAME|start-app NAME|restart-postgres" ;;
esac
