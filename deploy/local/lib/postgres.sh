# PostgreSQL for the local stack and the tests: Debian's server binaries on a directory and port
# of our own, installed with apt when missing. Sourced, never run.
# shellcheck shell=bash

pg_bindir() {
  local d
  if command -v pg_config >/dev/null 2>&1; then
    d=$(pg_config --bindir 2>/dev/null)
    [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  fi
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$d" ] && [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  return 1
}

pg_ensure_installed() {
  pg_bindir >/dev/null && return 0
  log "PostgreSQL server not found; installing Debian's package"
  [ "$(id -u)" = 0 ] || die "PostgreSQL is missing and installing it needs root (apt-get install postgresql)"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  pg_bindir >/dev/null || die "PostgreSQL install failed"
}

# PostgreSQL refuses to run as root, so as root the cluster belongs to the 'postgres' user.
pg_as() {
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# pg_data_dir PREFERRED: PREFERRED when the postgres user can reach it (as root the server runs
# as 'postgres', which cannot enter a home directory of mode 700), else a directory under /var/tmp.
pg_data_dir() {
  local preferred=$1 parent
  parent=$(dirname "$preferred")
  mkdir -p "$parent"
  if [ "$(id -u)" != 0 ]; then echo "$preferred"; return 0; fi
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  if runuser -u postgres -- test -x "$parent" 2>/dev/null; then
    echo "$preferred"
  else
    local fallback
    fallback="/var/tmp/tradehub-$(printf '%s' "$preferred" | md5sum | cut -c1-10)"
    # Made here with its mode set, so 'postgres' can enter it whatever root's umask is.
    mkdir -p "$fallback" && chmod 755 "$fallback"
    echo "$fallback/pg"
  fi
}

# pg_start DATADIR PORT: initialises DATADIR on first use, starts the server on 127.0.0.1:PORT.
pg_start() {
  local data=$1 port=$2 bin
  pg_ensure_installed
  bin=$(pg_bindir)
  mkdir -p "$data"
  [ "$(id -u)" = 0 ] && chown postgres "$data"
  chmod 700 "$data"
  if [ ! -f "$data/PG_VERSION" ]; then
    pg_as "$bin/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null \
      || die "initdb failed in $data"
    cat >>"$data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$data'
max_connections = 300
fsync = on
shared_buffers = 256MB
CONF
  fi
  if pg_as "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    return 0 # already running (a previous run); reuse it
  fi
  # A crash leaves postmaster.pid behind; PostgreSQL itself ignores it when the pid is gone.
  pg_as "$bin/pg_ctl" -D "$data" -o "-p $port" -l "$data/server.log" -w -t 60 start >/dev/null \
    || { tail -20 "$data/server.log" >&2; die "PostgreSQL did not start (log: $data/server.log)"; }
}

pg_stop() {
  local data=$1 bin
  [ -f "$data/postmaster.pid" ] || return 0
  bin=$(pg_bindir) || return 0
  pg_as "$bin/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null 2>&1 || true
}

# pg_psql PORT DATADIR SQL...: runs SQL as the superuser over the cluster's socket.
pg_psql() {
  local port=$1 data=$2; shift 2
  pg_as "$(pg_bindir)/psql" -h "$data" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"
}

# pg_create_app_db PORT DATADIR NAME PASSWORD: one role and one database per app, idempotent.
pg_create_app_db() {
  local port=$1 data=$2 name=$3 password=$4
  pg_psql "$port" "$data" <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$name') THEN
    CREATE ROLE $name LOGIN PASSWORD '$password';
  END IF;
END \$\$;
SQL
  if [ -z "$(pg_psql "$port" "$data" -c "SELECT 1 FROM pg_database WHERE datname = '$name'")" ]; then
    pg_psql "$port" "$data" -c "CREATE DATABASE $name OWNER $name ENCODING 'UTF8'"
  fi
}
