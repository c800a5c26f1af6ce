#!/usr/bin/env bash
# The run command: builds everything, starts PostgreSQL, Kafka, the three services and the
# gateway with demo data, waits until all are ready and prints the URLs. Stop with stop.sh.
#
# Everything can be overridden by environment variables:
#   PG_PORT (5432)  KAFKA_PORT (9092)  KAFKA_CONTROLLER_PORT (9093)
#   GATEWAY_PORT (8080)  INDUSTRY_PORT (8081)  COMMERCE_PORT (8082)  BORDER_TRADE_PORT (8083)
#   <APP>_MANAGEMENT_PORT (9080..9083)  health and metrics (the management interface) of that app
#   KAFKA_BOOTSTRAP_SERVERS      use that Kafka cluster instead of starting one
#   <APP>_DB_URL, <APP>_DB_USER, <APP>_DB_PASSWORD (APP = INDUSTRY, COMMERCE, BORDER_TRADE,
#                                GATEWAY)  use that database instead of starting PostgreSQL
#   SKIP_BUILD=1                 reuse the jars already built (=0 always builds; unset: builds only
#                                when a source or pom is newer than the jars)
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
source "$LOCAL_DIR/lib/postgres.sh"
source "$LOCAL_DIR/lib/kafka.sh"
source "$LOCAL_DIR/lib/jvm.sh"
source "$LOCAL_DIR/lib/apps.sh"
cd "$REPO_ROOT"

STATE="$REPO_ROOT/.run"
mkdir -p "$STATE/logs"
PG_PORT=${PG_PORT:-5432}
KAFKA_PORT=${KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-9093}

# Apps left over from an earlier run (or a crash) are stopped first so their ports are free.
"$LOCAL_DIR/stop.sh" --apps >/dev/null 2>&1 || true

# A built tree starts at once: the build runs only when something changed since it.
sources_changed() {
  local jar oldest=""
  for jar in services/industry services/commerce services/border-trade gateway; do
    jar="$jar/target/quarkus-app/quarkus-run.jar"
    [ -f "$jar" ] || return 0
    if [ -z "$oldest" ] || [ "$jar" -ot "$oldest" ]; then oldest=$jar; fi
  done
  [ -n "$(find pom.xml services gateway \( -name target -prune \) -o -type f \( -path '*/src/*' -o -name pom.xml \) -newer "$oldest" -print | head -n 1)" ]
}
if [ -z "${SKIP_BUILD:-}" ]; then sources_changed && SKIP_BUILD=0 || SKIP_BUILD=1; fi
if [ "$SKIP_BUILD" != 1 ]; then
  log "building (mvn package, tests skipped; run deploy/local/test.sh for those)"
  # With the class-data archive of each app (see lib/jvm.sh): a start maps its classes.
  mvn -B -q -ntp package -DskipTests -Dquarkus.package.jar.appcds.enabled=true >"$STATE/logs/build.log" 2>&1 || { tail -40 "$STATE/logs/build.log" >&2; die "build failed (log: $STATE/logs/build.log)"; }
fi

# Local demo database passwords: random, generated once, never committed.
if [ ! -f "$STATE/secrets.env" ]; then
  umask 077
  for app in INDUSTRY COMMERCE BORDER_TRADE GATEWAY; do
    echo "${app}_LOCAL_DB_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
  done >"$STATE/secrets.env"
fi
source "$STATE/secrets.env"

# The gateway signs a short-lived token per caller; the services verify it with the public key.
# A key pair per local stack, generated once, never committed.
if [ ! -f "$STATE/jwt/private.pem" ]; then
  mkdir -p "$STATE/jwt"
  (umask 077; openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$STATE/jwt/private.pem" 2>/dev/null) \
    || die "openssl is needed to create the local signing key"
  openssl pkey -in "$STATE/jwt/private.pem" -pubout -out "$STATE/jwt/public.pem" 2>/dev/null
fi

db_url_var() { echo "${1}_DB_URL"; }
external_db=1
for app in INDUSTRY COMMERCE BORDER_TRADE GATEWAY; do
  v=$(db_url_var "$app"); [ -n "${!v:-}" ] || external_db=0
done
PG_DATA=$(pg_data_dir "$STATE/pg")
echo "$PG_DATA" >"$STATE/pg.datadir"
if [ "$external_db" = 0 ]; then
  log "starting PostgreSQL on port $PG_PORT (data in $PG_DATA)"
  pg_start "$PG_DATA" "$PG_PORT"
  for db in industry commerce border_trade gateway; do
    up=$(echo "$db" | tr a-z A-Z); pw_var="${up}_LOCAL_DB_PASSWORD"
    pg_create_app_db "$PG_PORT" "$PG_DATA" "$db" "${!pw_var}"
    pg_psql "$PG_PORT" "$PG_DATA" -c "ALTER ROLE $db PASSWORD '${!pw_var}'" >/dev/null
  done
fi

if [ -z "${KAFKA_BOOTSTRAP_SERVERS:-}" ]; then
  log "starting Kafka on port $KAFKA_PORT (data in $STATE/kafka)"
  kafka_start "$STATE/kafka" "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" "$STATE/kafka.classpath"
  KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT"
fi


for entry in "${LOCAL_APPS[@]}"; do
  read -r name dir port db mport <<<"$entry"
  up=$(echo "$db" | tr a-z A-Z)
  url_var="${up}_DB_URL"; user_var="${up}_DB_USER"; pw_var="${up}_DB_PASSWORD"; local_pw="${up}_LOCAL_DB_PASSWORD"
  port_open "$port" && die "port $port (for $name) is already in use; set ${up}_PORT to another"
  port_open "$mport" && die "port $mport (management of $name) is already in use; set ${up}_MANAGEMENT_PORT to another"
  log "starting $name on port $port (management $mport)"
  app_launch "$name" "$dir" "$port" "$mport" "${!url_var:-jdbc:postgresql://127.0.0.1:$PG_PORT/$db}" "${!user_var:-$db}" \
    "${!pw_var:-${!local_pw}}" "$KAFKA_BOOTSTRAP_SERVERS"
done

for entry in "${LOCAL_APPS[@]}"; do
  read -r name dir port db mport <<<"$entry"
  # Start-up includes loading the demo data the first time (about 30 s on 2 cores).
  # Readiness is on the app's management interface, not on its public port.
  app_wait_ready "$name" "$mport" 300
  log "$name is ready"
done

gw=${GATEWAY_PORT:-8080}
# The demo's 2026 plan of the merged province (demo figures, not a published plan; the 2021 plan
# of Hà Giang is the real one, from the gateway's migration): put once through the API as the demo
# administrator, create-only (If-None-Match: *), so a restart or an edited plan is left alone.
admin_key=$(awk '$1 == "demo-admin" {print $3}' "$STATE/demo-keys.txt" 2>/dev/null || true)
if [ -n "$admin_key" ]; then
  status=$(curl -s -o /dev/null -w '%{http_code}' -X PUT "http://127.0.0.1:$gw/api/v1/province/plans/08/2026" \
    -H "Authorization: ApiKey $admin_key" -H 'If-None-Match: *' -H 'Content-Type: application/json' \
    --data-binary @"$LOCAL_DIR/demo/plan-08-2026.json")
  case $status in
    201) log "demo plan 2026 of Tuyên Quang created (deploy/local/demo/plan-08-2026.json)" ;;
    412) ;;
    *) log "demo plan 2026 not created: HTTP $status" ;;
  esac
fi
cat <<URLS

TradeHub is running.
  Swagger UI (all APIs)  http://localhost:$gw/q/swagger-ui
  Dashboard              http://localhost:$gw/
  OpenAPI document       http://localhost:$gw/q/openapi
  industry               http://localhost:${INDUSTRY_PORT:-8081}/q/swagger-ui
  commerce               http://localhost:${COMMERCE_PORT:-8082}/q/swagger-ui
  border-trade           http://localhost:${BORDER_TRADE_PORT:-8083}/q/swagger-ui
  Health (ready)         http://localhost:${GATEWAY_MANAGEMENT_PORT:-9080}/q/health/ready (gateway; industry ${INDUSTRY_MANAGEMENT_PORT:-9081}, commerce ${COMMERCE_MANAGEMENT_PORT:-9082}, border-trade ${BORDER_TRADE_MANAGEMENT_PORT:-9083})
  Metrics (Prometheus)   http://localhost:${GATEWAY_MANAGEMENT_PORT:-9080}/q/metrics (same management ports)
  Kafka                  $KAFKA_BOOTSTRAP_SERVERS
  PostgreSQL             127.0.0.1:$PG_PORT (databases industry, commerce, border_trade, gateway)
  Logs                   $STATE/logs/
Stop everything with: deploy/local/stop.sh

URLS
[ -f "$STATE/demo-keys.txt" ] && cat "$STATE/demo-keys.txt"
echo
echo "Try: curl -H \"Authorization: ApiKey <demo-reader key>\" 'http://localhost:$gw/api/v1/province/indicators?year=2020'"
