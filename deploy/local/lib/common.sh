# Shared helpers for the local stack scripts. Sourced, never run.
# shellcheck shell=bash

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
LOCAL_DIR="$REPO_ROOT/deploy/local"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# A TCP port nobody listens on right now (the kernel's choice, so two runs do not collide).
free_port() {
  python3 - <<'PY' 2>/dev/null || java_free_port
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}
java_free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$((20000 + RANDOM % 40000))
    port_open "$p" || { echo "$p"; return 0; }
  done
  die "no free port found"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_port PORT SECONDS NAME [PID]: waits until something accepts on PORT, failing early if PID dies.
wait_port() {
  local port=$1 secs=$2 name=$3 pid=${4:-}
  for _ in $(seq 1 $((secs * 4))); do
    port_open "$port" && return 0
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      die "$name exited before listening on port $port"
    fi
    sleep 0.25
  done
  die "$name did not listen on port $port within ${secs}s"
}

pid_alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

# stop_pidfile FILE: TERM, then KILL after a grace period; removes the file either way.
stop_pidfile() {
  local f=$1 pid
  [ -f "$f" ] || return 0
  pid=$(cat "$f")
  if pid_alive "$pid"; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do pid_alive "$pid" || break; sleep 0.25; done
    pid_alive "$pid" && kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$f"
}
