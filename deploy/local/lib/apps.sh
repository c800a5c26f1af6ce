# The four apps of the local stack and how each is started: one place for deploy/local/run.sh and
# for bench/lib/stack.sh (which restarts an app after killing it), so a restarted app gets exactly
# the environment run.sh gave it. Sourced, never run; needs common.sh and jvm.sh, and STATE (the
# stack's .run directory).
# shellcheck shell=bash

# name  module-dir  port  database  management-port (/q/health, /q/metrics)
LOCAL_APPS=(
  "industry services/industry ${INDUSTRY_PORT:-8081} industry ${INDUSTRY_MANAGEMENT_PORT:-9081}"
  "commerce services/commerce ${COMMERCE_PORT:-8082} commerce ${COMMERCE_MANAGEMENT_PORT:-9082}"
  "border-trade services/border-trade ${BORDER_TRADE_PORT:-8083} border_trade ${BORDER_TRADE_MANAGEMENT_PORT:-9083}"
  "gateway gateway ${GATEWAY_PORT:-8080} gateway ${GATEWAY_MANAGEMENT_PORT:-9080}"
)

# app_entry NAME: that app's line of LOCAL_APPS.
app_entry() {
  local entry
  for entry in "${LOCAL_APPS[@]}"; do
    [ "${entry%% *}" = "$1" ] && { echo "$entry"; return 0; }
  done
  die "unknown app $1"
}

# app_launch NAME DIR PORT MPORT JDBC_URL DB_USER DB_PASSWORD KAFKA_SERVERS [append]: starts the
# app in the background with its log in $STATE/logs/NAME.log (truncated, or appended to with
# `append`) and its pid in $STATE/NAME.pid.
app_launch() {
  local name=$1 dir=$2 port=$3 mport=$4 url=$5 user=$6 password=$7 kafka=$8 append=${9:-}
  (
    export QUARKUS_HTTP_PORT="$port"
    export QUARKUS_MANAGEMENT_PORT="$mport"
    export QUARKUS_DATASOURCE_JDBC_URL="$url"
    export QUARKUS_DATASOURCE_USERNAME="$user"
    export QUARKUS_DATASOURCE_PASSWORD="$password"
    export KAFKA_BOOTSTRAP_SERVERS="$kafka"
    export TRADEHUB_DEMO_ENABLED=true
    export MP_JWT_VERIFY_PUBLICKEY_LOCATION="$STATE/jwt/public.pem"
    export SMALLRYE_JWT_SIGN_KEY_LOCATION="$STATE/jwt/private.pem"
    export TRADEHUB_OIDC_PUBLIC_KEY_LOCATION="$STATE/jwt/public.pem"
    export TRADEHUB_SECURITY_DEMO_KEYS_FILE="$STATE/demo-keys.txt"
    export TRADEHUB_SERVICES_INDUSTRY_URL="http://127.0.0.1:${INDUSTRY_PORT:-8081}"
    export TRADEHUB_SERVICES_COMMERCE_URL="http://127.0.0.1:${COMMERCE_PORT:-8082}"
    export TRADEHUB_SERVICES_BORDER_TRADE_URL="http://127.0.0.1:${BORDER_TRADE_PORT:-8083}"
    [ "$append" = append ] || : >"$STATE/logs/$name.log"
    cd "$dir/target/quarkus-app" || exit # the class-data archive names the class path from here
    # shellcheck disable=SC2046 # the options are words
    nohup java $(app_java_opts .) -jar quarkus-run.jar \
      >>"$STATE/logs/$name.log" 2>&1 &
    echo $! >"$STATE/$name.pid"
  )
}

# app_wait_ready NAME MPORT SECONDS: waits until the app's management interface says ready,
# failing (with the log's tail) as soon as its process is gone.
app_wait_ready() {
  local name=$1 mport=$2 secs=$3 pid
  pid=$(cat "$STATE/$name.pid")
  for _ in $(seq 1 $((secs * 4))); do
    curl -sf "http://127.0.0.1:$mport/q/health/ready" >/dev/null 2>&1 && return 0
    if ! pid_alive "$pid"; then tail -40 "$STATE/logs/$name.log" >&2; die "$name exited during start-up (log: $STATE/logs/$name.log)"; fi
    sleep 0.25
  done
  die "$name not ready after $secs s (log: $STATE/logs/$name.log)"
}
