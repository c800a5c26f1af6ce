# A real Apache Kafka broker (KRaft, single node) from the Maven Central jars. Sourced, never run.
# shellcheck shell=bash

KAFKA_CLUSTER_ID=${KAFKA_CLUSTER_ID:-tRaDeHuBlOcAlCluSt3r0Aw}

# kafka_classpath CACHE_FILE: resolves the broker's jars once; later runs reuse the cached list.
kafka_classpath() {
  local cache=$1
  if [ ! -s "$cache" ] || [ "$LOCAL_DIR/kafka/pom.xml" -nt "$cache" ]; then
    mkdir -p "$(dirname "$cache")"
    mvn -B -q -f "$LOCAL_DIR/kafka/pom.xml" dependency:build-classpath \
      -Dmdep.outputFile="$cache" >/dev/null || die "could not resolve the Kafka broker jars"
  fi
  cat "$cache"
}

# kafka_start DIR PORT CONTROLLER_PORT CLASSPATH_FILE: formats DIR on first use, starts the
# broker in the background and writes DIR/kafka.pid. Returns once the broker accepts connections.
kafka_start() {
  local dir=$1 port=$2 cport=$3 cpfile=$4 cp
  if pid_alive "$(cat "$dir/kafka.pid" 2>/dev/null)"; then
    wait_port "$port" 90 "Kafka broker" "$(cat "$dir/kafka.pid")"
    return 0 # already running (a previous run); reuse it
  fi
  cp=$(kafka_classpath "$cpfile")
  mkdir -p "$dir/data"
  cat >"$dir/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$cport
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$cport
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$dir/data
num.partitions=3
auto.create.topics.enable=true
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
PROPS
  local java_opts=(-Xms256m -Xmx512m -XX:+UseG1GC -Dlog4j2.configurationFile="$LOCAL_DIR/kafka/log4j2.properties")
  if [ ! -f "$dir/data/meta.properties" ]; then
    # A fixed cluster id saves a JVM start; the directory is private to this broker anyway.
    java "${java_opts[@]}" -cp "$cp" kafka.tools.StorageTool format -t "$KAFKA_CLUSTER_ID" \
      -c "$dir/server.properties" >"$dir/format.log" 2>&1 \
      || { cat "$dir/format.log" >&2; die "Kafka storage format failed"; }
  fi
  nohup java "${java_opts[@]}" -cp "$cp" kafka.Kafka "$dir/server.properties" >"$dir/broker.log" 2>&1 &
  echo $! >"$dir/kafka.pid"
  wait_port "$port" 90 "Kafka broker" "$(cat "$dir/kafka.pid")"
}

kafka_stop() { stop_pidfile "$1/kafka.pid"; }
