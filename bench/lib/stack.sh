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
cd "$REPO_ROOT"
STATE="$REPO_ROOT/.run"
PG_PORT=${PG_PORT:-5432}
KAFKA_PORT=${KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-9093}

app_entry() {
  case "$1" in
    industry) echo "services/industry ${INDUSTRY_PORT:-8081} industry ${INDUSTRY_MANAGEMENT_PORT:-9081}" ;;
    commerce) echo "services/commerce ${COMMERCE_PORT:-8082} commerce ${COMMERCE_MANAGEMENT_PORT:-9082}" ;;
    border-trade) echo "services/border-trade ${BORDER_TRADE_PORT:-8083} border_trade ${BORDER_TRADE_MANAGEMENT_PORT:-9083}" ;;
    gateway) echo "gateway ${GATEWAY_PORT:-8080} gateway ${GATEWAY_MANAGEMENT_PORT:-9080}" ;;
    *) die "unknown app $1" ;;
  esac
}

# The same environment as deploy/local/run.sh gives each app (keep the two in step).
start_app() {
  local name=$1 dir port db mport up
  read -r dir port db mport <<<"$(app_entry "$name")"
  source "$STATE/secrets.env"
  up=$(echo "$db" | tr a-z A-Z)
  local pw_var="${up}_LOCAL_DB_PASSWORD"
  (
    export QUARKUS_HTTP_PORT="$port"
    export QUARKUS_MANAGEMENT_PORT="$mport"
    export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$db"
    export QUARKUS_DATASOURCE_USERNAME="$db"
    export QUARKUS_DATASOURCE_PASSWORD="${!pw_var}"
    export KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT"
    export TRADEHUB_DEMO_ENABLED=true
    export MP_JWT_VERIFY_PUBLICKEY_LOCATION="$STATE/jwt/public.pem"
    export SMALLRYE_JWT_SIGN_KEY_LOCATION="$STATE/jwt/private.pem"
    export TRADEHUB_OIDC_PUBLIC_KEY_LOCATION="$STATE/jwt/public.pem"
    export TRADEHUB_SECURITY_DEMO_KEYS_FILE="$STATE/demo-keys.txt"
    export TRADEHUB_SERVICES_INDUSTRY_URL="http://127.0.0.1:${INDUSTRY_PORT:-8081}"
    export TRADEHUB_SERVICES_COMMERCE_URL="http://127.0.0.1:${COMMERCE_PORT:-8082}"
    export TRADEHUB_SERVICES_BORDER_TRADE_URL="http://127.0.0.1:${BORDER_TRADE_PORT:-8083}"
    cd "$dir/target/quarkus-app" # the class-data archive names the class path from here
    # shellcheck disable=SC2046 # the options are words
    nohup java $(app_java_opts .) -jar quarkus-run.jar \
      >>"$STATE/logs/$name.log" 2>&1 &
    echo $! >"$STATE/$name.pid"
  )
  local pid
  pid=$(cat "$STATE/$name.pid")
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$mport/q/health/ready" >/dev/null 2>&1 && return 0
    pid_alive "$pid" || die "$name exited during start-up (log: $STATE/logs/$name.log)"
    sleep 0.25
  done
  die "$name not ready after 60 s"
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
