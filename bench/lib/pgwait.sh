#!/usr/bin/env bash
# Samples what the backends of one database of the local stack are doing (pg_stat_activity),
# every 100 ms for SECONDS, and counts state / wait event: where time goes in PostgreSQL while a
# benchmark runs.   bench/lib/pgwait.sh DB SECONDS
set -euo pipefail
source "$(dirname "$0")/../../deploy/local/lib/common.sh"
db=$1 secs=$2
source "$REPO_ROOT/.run/secrets.env"
up=$(echo "$db" | tr a-z A-Z); pw_var="${up}_LOCAL_DB_PASSWORD"
export PGPASSWORD="${!pw_var}"
end=$((SECONDS + secs))
while [ $SECONDS -lt $end ]; do
  psql -h 127.0.0.1 -p "${PG_PORT:-5432}" -U "$db" -d "$db" -qAt -c \
    "select coalesce(state, '?') || ' / ' || coalesce(wait_event_type || ':' || wait_event, 'on CPU') || ' / ' || left(regexp_replace(query, '\s+', ' ', 'g'), 60)
       from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and state <> 'idle'"
  sleep 0.1
done | sort | uniq -c | sort -rn | head -20
