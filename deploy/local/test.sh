#!/usr/bin/env bash
# The test command: every test of every module, on a real PostgreSQL and a real Kafka broker that
# this script starts on free ports (so it runs beside a local stack) and stops afterwards.
#   deploy/local/test.sh                 all modules
#   deploy/local/test.sh -pl gateway     extra arguments go to Maven
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$REPO_ROOT"

# The dashboard test drives Debian's Chromium headless.
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    log "installing Debian's chromium for the dashboard test"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
      || log "WARNING: chromium could not be installed; the dashboard test will fail"
  else
    log "WARNING: chromium is missing (apt-get install chromium); the dashboard test will fail"
  fi
fi

# The contract validators (Spectral with the OWASP ruleset, the AsyncAPI CLI), pinned by
# deploy/contract/package-lock.json; the gateway's contract test runs them.
log "installing the contract validators (npm ci in deploy/contract)"
npm ci --prefix "$REPO_ROOT/deploy/contract" --no-audit --no-fund --loglevel=error >/dev/null

infra=$(mktemp -d /tmp/tradehub-test.XXXXXX)
cleanup() {
  "$LOCAL_DIR/test-infra.sh" stop "$infra" >/dev/null 2>&1 || true
  rm -rf "$infra"
}
trap cleanup EXIT INT TERM

log "starting PostgreSQL and Kafka for the tests in $infra"
env_lines=$("$LOCAL_DIR/test-infra.sh" start "$infra")
while IFS= read -r line; do export "${line?}"; done <<<"$env_lines"
log "PostgreSQL at $TRADEHUB_TEST_PG_URL, Kafka at $TRADEHUB_TEST_KAFKA"

# --fail-at-end: one failing module does not hide the others' results.
mvn -B -ntp --fail-at-end verify "$@"
