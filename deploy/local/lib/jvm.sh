# The JVM options of every app the local stack starts (deploy/local/run.sh, bench/lib/stack.sh) and
# of the bench's peer, kept in one place so the three cannot drift. Sourced, never run.
# shellcheck shell=bash

# app_java_opts JAR: prints the options for the app whose runnable jar is JAR.
app_java_opts() {
  echo "-Xms128m -Xmx512m -XX:+UseSerialGC"
}
