#!/usr/bin/env bash
# Stops everything deploy/local/run.sh started: the four apps, Kafka and PostgreSQL.
#   stop.sh          everything
#   stop.sh --apps   only the apps (run.sh does this first, to free their ports)
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
source "$LOCAL_DIR/lib/postgres.sh"
source "$LOCAL_DIR/lib/kafka.sh"
STATE="$REPO_ROOT/.run"

for app in gateway border-trade commerce industry; do
  if [ -f "$STATE/$app.pid" ]; then
    log "stopping $app"
    stop_pidfile "$STATE/$app.pid"
  fi
done
[ "${1:-}" = "--apps" ] && exit 0

if [ -f "$STATE/kafka/kafka.pid" ]; then
  log "stopping Kafka"
  kafka_stop "$STATE/kafka"
fi
PG_DATA=$(cat "$STATE/pg.datadir" 2>/dev/null || echo "$STATE/pg")
if [ -f "$PG_DATA/postmaster.pid" ]; then
  log "stopping PostgreSQL"
  pg_stop "$PG_DATA"
fi
log "stopped"
