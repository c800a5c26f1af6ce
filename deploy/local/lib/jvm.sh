# The JVM options of every app the local stack starts (deploy/local/run.sh, bench/lib/stack.sh) and
# of the bench's peer, kept in one place so the three cannot drift. Sourced, never run.
# shellcheck shell=bash

# app_java_opts APP_DIR: the options for the Quarkus app in APP_DIR (its target/quarkus-app), to be
# started from that directory as `java $(app_java_opts .) -jar quarkus-run.jar`.
#  - SerialGC and a heap that starts small: two cores shared by four apps, PostgreSQL and Kafka;
#  - the class-data archive Quarkus writes there when built with
#    -Dquarkus.package.jar.appcds.enabled=true (run.sh builds so): the app's classes are mapped
#    instead of loaded and verified at every start. The archive names the class path as the build
#    saw it (quarkus-run.jar and lib/..., relative), hence the start from that directory; a stale
#    archive (another JDK build) is ignored (-Xshare:auto).
app_java_opts() {
  local dir=$1 opts="-Xms128m -Xmx512m -XX:+UseSerialGC"
  [ -f "$dir/app-cds.jsa" ] && opts="$opts -XX:SharedArchiveFile=app-cds.jsa -Xshare:auto"
  echo "$opts"
}
