#!/usr/bin/env bash
# Profiles a running app of the local stack with JDK Flight Recorder while a benchmark runs.
#   bench/lib/jfr.sh APP SECONDS OUT.jfr     (APP: border-trade, gateway, industry, commerce)
# Then prints the hottest frames: the top frame of every execution sample, and the first
# vn.tradehub frame on each sampled stack, counted.
set -euo pipefail
source "$(dirname "$0")/../../deploy/local/lib/common.sh"
app=$1 secs=$2 out=$3
pid=$(cat "$REPO_ROOT/.run/$app.pid")
jcmd "$pid" JFR.start name=bench settings=profile duration="${secs}s" filename="$out" >/dev/null
sleep "$((secs + 2))"
for _ in $(seq 1 20); do [ -s "$out" ] && break; sleep 0.5; done
echo "== $app: top frames of execution samples =="
jfr print --events jdk.ExecutionSample "$out" | awk '/stackTrace = \[/{getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); print}' | sort | uniq -c | sort -rn | head -25
echo "== $app: first vn.tradehub frame on sampled stacks =="
jfr print --events jdk.ExecutionSample "$out" | awk '/stackTrace = \[/{f=1; next} f && /vn\.tradehub/{sub(/^[ \t]+/, ""); sub(/line:.*/, ""); print; f=0} /^\]/{f=0}' | sort | uniq -c | sort -rn | head -15
