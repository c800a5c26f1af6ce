#!/usr/bin/env bash
# Runs once, on the first start of the PostgreSQL container (docker-entrypoint-initdb.d):
# one role and one database per app, each database owned by its app's role, nothing shared.
# The passwords come from the container's environment (deploy/compose/.env), never from here.
set -euo pipefail

create_app_db() {
  local db=$1 password=$2
  [ -n "$password" ] || { echo "no password for $db" >&2; exit 1; }
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -v db="$db" -v pw="$password" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'db', :'pw') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'db') \gexec
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'db') \gexec
SQL
}

create_app_db industry "$INDUSTRY_DB_PASSWORD"
create_app_db commerce "$COMMERCE_DB_PASSWORD"
create_app_db border_trade "$BORDER_TRADE_DB_PASSWORD"
create_app_db gateway "$GATEWAY_DB_PASSWORD"
