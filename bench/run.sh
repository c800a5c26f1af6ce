#!/usr/bin/env bash
# The benchmark command (issue 8): bench/run.sh [scenario...]
#
# Starts the local stack with deploy/local/run.sh unless it is already running, builds the harness
# (bench/pom.xml, outside the reactor), runs the scenarios and writes bench/results/<date>.md, .json
# and PNG charts. Scenarios (default: all, in this order): post batch freshness faults kafka
# read-scale iip-scale footprint; faults can be narrowed to fault-kafka, fault-border-trade,
# fault-gateway, fault-postgres.
# Every run is bounded in time and count and uses loopback addresses only. See bench/README.md.
#
# Settings (environment):
#   BENCH_SECONDS (30)         length of each measured load run
#   BENCH_WARMUP (5)           closed-loop warm-up before each measured run (discarded)
#   BENCH_CONCURRENCY (16)     closed-loop clients, and pgbench clients for single posts
#   BENCH_PGBENCH_SECONDS (20) length of each pgbench run
#   BENCH_REPEATS (3)          runs of the post ceiling and of each wrk run; the median run is quoted
#   BENCH_FRESHNESS_RATES (50,300,1000) offered posts per second in the freshness scenario, one run each
#   BENCH_FAULT_RATE (40)      posts per second under fault injection
#   BENCH_FAULT_SECONDS (45)   load per fault (the fault comes at 10 s)
#   BENCH_SCALE_MAX_ROWS (5000000) read-scale: largest step (steps 100k 500k 1M 2M 5M up to it)
#   BENCH_SCALE_REQUESTS (300)  read-scale: requests per series and step
#   BENCH_SCALE_CLIENTS (1)     read-scale: closed-loop clients of each series
#   BENCH_SCALE_NAIVE (100)     read-scale: naive GROUP BY runs per step (and at most 60 s)
#   BENCH_IIP_PUTS (100)        iip-scale: December reports PUT through the API (the rest by SQL)
#   BENCH_IIP_REQUESTS (100)    iip-scale: queries per IIP series (one client, at most 45 s)
#   BENCH_IIP_RECOMPUTES (3)    iip-scale: times the 24 months are recomputed
#   BENCH_KEEP_SCALE=1          keep the read-scale and iip-scale data (deleted by default)
#   BENCH_FOOTPRINT_REQUESTS (300) footprint: warm-up GETs per app
#   BENCH_STOP=1               stop the stack afterwards if this command started it
#   PG_PORT GATEWAY_PORT INDUSTRY_PORT COMMERCE_PORT BORDER_TRADE_PORT KAFKA_PORT
#   <APP>_MANAGEMENT_PORT: as for deploy/local/run.sh (the stack on other ports)
#   SKIP_BUILD (1 when the app jars exist) passed to deploy/local/run.sh
#   BENCH_PEER_PORT (58085)    HTTP port of the peer (Quarkus's Hibernate ORM Panache quickstart)
#   BENCH_PEER_SRC             its source (../shared/peers/hibernate-orm-panache-quickstart); BENCH_PEER=0 leaves it out
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
source "$BENCH_DIR/../deploy/local/lib/common.sh"
source "$LOCAL_DIR/lib/postgres.sh"
source "$LOCAL_DIR/lib/jvm.sh"
cd "$REPO_ROOT"
STATE="$REPO_ROOT/.run"
mkdir -p "$STATE" # a fresh clone has none yet

# Readiness is on each app's management interface (deploy/local/run.sh: <APP>_MANAGEMENT_PORT).
ready() { curl -sf "http://127.0.0.1:$1/q/health/ready" >/dev/null 2>&1; }

started=0
rc=0
if ready "${GATEWAY_MANAGEMENT_PORT:-9080}" && ready "${BORDER_TRADE_MANAGEMENT_PORT:-9083}" && [ -f "$STATE/demo-keys.txt" ]; then
  log "the local stack is running; using it"
else
  for port in "${GATEWAY_PORT:-8080}" "${INDUSTRY_PORT:-8081}" "${COMMERCE_PORT:-8082}" "${BORDER_TRADE_PORT:-8083}" \
    "${GATEWAY_MANAGEMENT_PORT:-9080}" "${INDUSTRY_MANAGEMENT_PORT:-9081}" "${COMMERCE_MANAGEMENT_PORT:-9082}" "${BORDER_TRADE_MANAGEMENT_PORT:-9083}"; do
    port_open "$port" && die "port $port is in use by something that is not a ready TradeHub app; stop it first (deploy/local/stop.sh)"
  done
  if [ -z "${SKIP_BUILD:-}" ] && [ -f services/border-trade/target/quarkus-app/quarkus-run.jar ] && [ -f gateway/target/quarkus-app/quarkus-run.jar ]; then
    export SKIP_BUILD=1
    log "reusing the built app jars (SKIP_BUILD=0 rebuilds them)"
  fi
  log "starting the local stack (deploy/local/run.sh)"
  "$REPO_ROOT/deploy/local/run.sh" >"$STATE/bench-stack-start.log" 2>&1 || { tail -30 "$STATE/bench-stack-start.log" >&2; die "the stack did not start"; }
  started=1
fi

PGBENCH=$(ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$PGBENCH" ]; then
  log "pgbench not found; installing Debian's postgresql-contrib"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-contrib >/dev/null
  PGBENCH=$(ls /usr/lib/postgresql/*/bin/pgbench | sort -V | tail -n 1)
fi

WRK=$(command -v wrk || true)
if [ -z "$WRK" ]; then
  log "wrk not found; installing Debian's wrk (the light client of the post scenario)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null || log "could not install wrk: the post scenario will skip its wrk runs"
  WRK=$(command -v wrk || echo /usr/bin/wrk)
fi

log "building the harness (bench/pom.xml)"
mvn -B -q -ntp -f "$BENCH_DIR/pom.xml" package >"$STATE/logs/bench-build.log" 2>&1 || { tail -40 "$STATE/logs/bench-build.log" >&2; die "bench build failed"; }
KAFKA_TOOLS_CP="$BENCH_DIR/target/kafka-tools.classpath"
if [ ! -s "$KAFKA_TOOLS_CP" ]; then
  mvn -B -q -ntp -f "$BENCH_DIR/kafka-tools/pom.xml" dependency:build-classpath -Dmdep.outputFile="$KAFKA_TOOLS_CP" >>"$STATE/logs/bench-build.log" 2>&1 \
    || log "could not resolve kafka-tools: the kafka scenario will report it"
fi

set -a
source "$STATE/secrets.env"
set +a

# The peer (issue 15): the plain Quarkus CRUD service a user could write in an afternoon, built from
# a copy of ../shared (which may be read-only; its code is never committed here), on a database of
# its own on the stack's PostgreSQL, with the apps' JVM options and its SQL logging off.
PEER_PORT=${BENCH_PEER_PORT:-58085}
peer_started=0
start_peer() {
  local src=${BENCH_PEER_SRC:-$REPO_ROOT/../shared/peers/hibernate-orm-panache-quickstart}
  local copy="$STATE/peer/src" jar data pw
  jar="$copy/target/quarkus-app/quarkus-run.jar"
  [ -d "$src" ] || { log "no peer at $src: the post scenario runs without it"; return 0; }
  [ -f "$STATE/pg.datadir" ] || { log "PostgreSQL is not the stack's own: the post scenario runs without the peer"; return 0; }
  if [ ! -f "$jar" ] || [ -n "$(find "$src" -newer "$jar" -type f | head -n 1)" ]; then
    log "building the peer from a copy of $src"
    rm -rf "$copy" && mkdir -p "$STATE/peer" && cp -R "$src" "$copy" && chmod -R u+w "$copy"
    mvn -B -q -ntp -f "$copy/pom.xml" package -DskipTests >"$STATE/logs/peer-build.log" 2>&1 \
      || { tail -30 "$STATE/logs/peer-build.log" >&2; log "the peer did not build: the post scenario runs without it"; return 0; }
  fi
  if [ -z "${PEER_LOCAL_DB_PASSWORD:-}" ]; then
    PEER_LOCAL_DB_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
    echo "PEER_LOCAL_DB_PASSWORD=$PEER_LOCAL_DB_PASSWORD" >>"$STATE/secrets.env"
  fi
  data=$(cat "$STATE/pg.datadir")
  stop_pidfile "$STATE/peer.pid"
  # A fresh database each run: the quickstart creates its tables without dropping them and its
  # import.sql restarts the id sequences, so a second run on the same tables collides on ids.
  pg_psql "${PG_PORT:-5432}" "$data" -c "DROP DATABASE IF EXISTS peer" >/dev/null
  pg_create_app_db "${PG_PORT:-5432}" "$data" peer "$PEER_LOCAL_DB_PASSWORD"
  pg_psql "${PG_PORT:-5432}" "$data" -c "ALTER ROLE peer PASSWORD '$PEER_LOCAL_DB_PASSWORD'" >/dev/null
  stop_pidfile "$STATE/peer.pid"
  port_open "$PEER_PORT" && die "port $PEER_PORT (the peer) is in use; set BENCH_PEER_PORT"
  log "starting the peer on port $PEER_PORT"
  (
    cd "$(dirname "$jar")"
    # shellcheck disable=SC2046 # the options are words
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:${PG_PORT:-5432}/peer" \
      QUARKUS_DATASOURCE_USERNAME=peer QUARKUS_DATASOURCE_PASSWORD="$PEER_LOCAL_DB_PASSWORD" \
      nohup java $(app_java_opts .) -Dquarkus.http.port="$PEER_PORT" -Dquarkus.hibernate-orm.log.sql=false \
      -jar quarkus-run.jar >"$STATE/logs/peer.log" 2>&1 &
    echo $! >"$STATE/peer.pid"
  )
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$PEER_PORT/entity/fruits" >/dev/null 2>&1 && { peer_started=1; return 0; }
    pid_alive "$(cat "$STATE/peer.pid")" || { tail -20 "$STATE/logs/peer.log" >&2; log "the peer exited: the post scenario runs without it"; return 0; }
    sleep 0.25
  done
  log "the peer was not ready within 60 s: the post scenario runs without it"
}
if [ "${BENCH_PEER:-1}" != 0 ]; then
  case " ${*:-post} " in *" post "* | *" footprint "* | *" probe-wrk "*) start_peer ;; esac
fi

java -Xms256m -Xmx1g -XX:+UseSerialGC -Djava.awt.headless=true \
  -cp "$BENCH_DIR/target/classes:$(cat "$BENCH_DIR/target/classpath.txt")" \
  -Dbench.repo="$REPO_ROOT" \
  -Dbench.gateway="http://127.0.0.1:${GATEWAY_PORT:-8080}" \
  -Dbench.industry="http://127.0.0.1:${INDUSTRY_PORT:-8081}" \
  -Dbench.commerce="http://127.0.0.1:${COMMERCE_PORT:-8082}" \
  -Dbench.borderTrade="http://127.0.0.1:${BORDER_TRADE_PORT:-8083}" \
  -Dbench.pgPort="${PG_PORT:-5432}" \
  -Dbench.kafka="127.0.0.1:${KAFKA_PORT:-9092}" \
  -Dbench.commit="$(git rev-parse --short HEAD 2>/dev/null || echo '?')" \
  -Dbench.pgbench="$PGBENCH" \
  -Dbench.wrk="$WRK" \
  -Dbench.repeats="${BENCH_REPEATS:-3}" \
  -Dbench.kafkaToolsClasspath="$KAFKA_TOOLS_CP" \
  -Dbench.seconds="${BENCH_SECONDS:-30}" \
  -Dbench.warmup="${BENCH_WARMUP:-5}" \
  -Dbench.concurrency="${BENCH_CONCURRENCY:-16}" \
  -Dbench.pgbenchSeconds="${BENCH_PGBENCH_SECONDS:-20}" \
  -Dbench.freshnessRates="${BENCH_FRESHNESS_RATES:-50,300,1000}" \
  -Dbench.faultRate="${BENCH_FAULT_RATE:-40}" \
  -Dbench.faultSeconds="${BENCH_FAULT_SECONDS:-45}" \
  -Dbench.scaleMaxRows="${BENCH_SCALE_MAX_ROWS:-5000000}" \
  -Dbench.scaleRequests="${BENCH_SCALE_REQUESTS:-300}" \
  -Dbench.scaleClients="${BENCH_SCALE_CLIENTS:-1}" \
  -Dbench.scaleNaive="${BENCH_SCALE_NAIVE:-100}" \
  -Dbench.iipPuts="${BENCH_IIP_PUTS:-100}" \
  -Dbench.iipRequests="${BENCH_IIP_REQUESTS:-100}" \
  -Dbench.iipRecomputes="${BENCH_IIP_RECOMPUTES:-3}" \
  -Dbench.keepScale="${BENCH_KEEP_SCALE:-0}" \
  -Dbench.footprintRequests="${BENCH_FOOTPRINT_REQUESTS:-300}" \
  -Dbench.peer="$([ "$peer_started" = 1 ] && echo "http://127.0.0.1:$PEER_PORT" || echo "")" \
  vn.tradehub.bench.Bench "$@" || rc=$?

[ "$peer_started" = 1 ] && stop_pidfile "$STATE/peer.pid"
if [ "$started" = 1 ] && [ "${BENCH_STOP:-0}" = 1 ]; then
  "$REPO_ROOT/deploy/local/stop.sh"
fi
exit $rc
