#!/usr/bin/env bash
# Runs a real single-node Apache Kafka broker (KRaft, broker and controller in one JVM) on loopback,
# for the cluster topology and the integration tests. There is no Docker and no Apache download site
# here, only Maven Central, so the broker is assembled from its jars there with mvn and cached
# outside the repository. See README.md beside this file.
#
#   kafka.sh fetch            download the broker's jars once (a no-op when they are cached)
#   kafka.sh start [--fresh]  start the broker and wait until it answers; --fresh wipes its data first
#   kafka.sh stop             stop it (SIGTERM, SIGKILL after 30 s); fine when it is not running
#   kafka.sh status           print the bootstrap address and exit 0 if it answers, else exit 1
#   kafka.sh logs [-f]        the end of the broker log; -f follows it
set -euo pipefail

# 3.9 is the last line that still accepts every request version kafkajs sends; 4.0 removed them.
KAFKA_VERSION=3.9.1
# The SLF4J binding and log4j 1 fork that Kafka 3.9's own distribution puts in libs/. kafka_2.13's
# pom brings slf4j-api 1.7.36 but no binding, so without these the broker would log nothing.
SLF4J_VERSION=1.7.36
RELOAD4J_VERSION=1.2.25
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1

KAFKA_HOME_DIR=${SAKSI_KAFKA_HOME:-$HOME/.cache/saksi/kafka}
LIBS=$KAFKA_HOME_DIR/$KAFKA_VERSION/libs
STATE=${SAKSI_KAFKA_STATE:-$KAFKA_HOME_DIR/state}
PORT=${SAKSI_KAFKA_PORT:-9092}
CONTROLLER_PORT=${SAKSI_KAFKA_CONTROLLER_PORT:-9093}
HEAP=${SAKSI_KAFKA_HEAP:-512m}
START_TIMEOUT=${SAKSI_KAFKA_START_TIMEOUT:-90}

PROPS=$STATE/server.properties
PIDFILE=$STATE/kafka.pid
LOGDIR=$STATE/logs
SERVER_LOG=$LOGDIR/server.log
# What the JVM itself prints before log4j is set up (bad options, a crash) lands here.
STDOUT_LOG=$LOGDIR/stdout.log

say() { printf 'kafka: %s\n' "$*"; }
die() { printf 'kafka: %s\n' "$*" >&2; exit 1; }

# Java runs the broker and Maven fetches it. Both come from Debian's packages when missing, as
# PostgreSQL does in deploy/postgres/ensure-postgres.sh, so a fresh machine of another kind works too.
need_tools() {
  local missing=()
  command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
  command -v mvn >/dev/null 2>&1 || missing+=(maven)
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing ${missing[*]} from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

fetched() { [ -f "$LIBS/.complete" ]; }

fetch() {
  fetched && return 0
  need_tools
  local work=$KAFKA_HOME_DIR/$KAFKA_VERSION
  mkdir -p "$work"
  # A throw-away pom whose only job is to name the broker and the logging binding, so that Maven's
  # resolver works out the runtime classpath (kafka-server, kafka-raft, kafka-metadata, scala, ...)
  # exactly as Kafka's published poms declare it.
  cat >"$work/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by deploy/kafka/kafka.sh: the runtime classpath of a Kafka $KAFKA_VERSION broker. -->
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>saksi.local</groupId>
  <artifactId>kafka-broker-classpath</artifactId>
  <version>$KAFKA_VERSION</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.apache.kafka</groupId>
      <artifactId>kafka_2.13</artifactId>
      <version>$KAFKA_VERSION</version>
    </dependency>
    <dependency>
      <groupId>org.slf4j</groupId>
      <artifactId>slf4j-reload4j</artifactId>
      <version>$SLF4J_VERSION</version>
    </dependency>
    <dependency>
      <groupId>ch.qos.reload4j</groupId>
      <artifactId>reload4j</artifactId>
      <version>$RELOAD4J_VERSION</version>
    </dependency>
  </dependencies>
</project>
EOF
  say "fetching Kafka $KAFKA_VERSION and its dependencies from Maven Central"
  # Copy into a scratch folder and rename it at the end, so an interrupted fetch never leaves a
  # half-filled libs/ that a later run would take for complete.
  rm -rf "$LIBS.partial"
  # Maven's output goes to a file and is shown only on failure: -q still prints colour codes.
  if ! mvn -q -B -f "$work/pom.xml" "$DEPENDENCY_PLUGIN:copy-dependencies" \
    -DoutputDirectory="$LIBS.partial" -DincludeScope=runtime >"$work/mvn.log" 2>&1; then
    cat "$work/mvn.log" >&2
    die "fetch: mvn could not resolve Kafka $KAFKA_VERSION (output above)"
  fi
  local jar
  for jar in kafka_2.13 kafka-server kafka-storage kafka-metadata kafka-raft kafka-clients \
    kafka-server-common kafka-group-coordinator kafka-tools-api slf4j-reload4j reload4j; do
    compgen -G "$LIBS.partial/$jar-[0-9]*.jar" >/dev/null || die "fetch: $jar is missing from the resolved jars"
  done
  touch "$LIBS.partial/.complete"
  rm -rf "$LIBS"
  mv "$LIBS.partial" "$LIBS"
  say "cached $(find "$LIBS" -name "*.jar" | wc -l) jars in $LIBS"
}

# Real Kafka requests over bash's /dev/tcp, so that checking needs no JVM (one takes seconds to start
# here). Each sends a request with correlation id "SAKS" and client id "saksi" and prints the first
# $2 bytes of the reply as hex. It runs in a child of this script under `timeout`, so a broker that
# accepts the connection but never replies cannot hang the caller.
HEADER='\x53\x41\x4b\x53\x00\x05saksi'
request() {
  timeout 5 "$BASH" "${BASH_SOURCE[0]}" _request "$PORT" "$1" "$2" 2>/dev/null
}
_request() {
  local port=$1 req=$2 nbytes=$3 size
  exec 3<>"/dev/tcp/127.0.0.1/$port"
  # Every request here is shorter than 256 bytes, so the size prefix is three zero bytes and one more.
  printf -v size '\\x%02x' "$(printf '%b' "$req" | wc -c)"
  printf '%b' "\\x00\\x00\\x00$size$req" >&3
  head -c "$nbytes" <&3 | od -An -v -tx1 | tr -d ' \n'
}

# Metadata v0 for all topics. An answer counts only when it carries our correlation id and lists at
# least one broker: a KRaft broker lists itself only once it has caught up with the controller and
# been unfenced, i.e. when clients can really use it. Reply: size | correlation id | broker count.
answers() {
  local hex
  hex=$(request "\x00\x03\x00\x00$HEADER\x00\x00\x00\x00" 12) || return 1
  [[ $hex =~ ^[0-9a-f]{8}53414b53([0-9a-f]{8})$ ]] && [ "${BASH_REMATCH[1]}" != 00000000 ]
}

# FindCoordinator v0 for a group. The first one makes the broker create __consumer_offsets; it says
# COORDINATOR_NOT_AVAILABLE until that topic is up. Reply: size | correlation id | error code.
groups_ready() {
  local hex
  hex=$(request "\x00\x0a\x00\x00$HEADER\x00\x05saksi" 10) || return 1
  [[ $hex =~ ^[0-9a-f]{8}53414b530000$ ]]
}

# InitProducerId v0 without a transactional id, as an idempotent producer sends it. A fresh broker
# says COORDINATOR_LOAD_IN_PROGRESS until the controller has handed it its first block of producer
# ids. Reply: size | correlation id | throttle time | error code.
producer_ids_ready() {
  local hex
  hex=$(request "\x00\x16\x00\x00$HEADER\xff\xff\x00\x00\xea\x60" 14) || return 1
  [[ $hex =~ ^[0-9a-f]{8}53414b53[0-9a-f]{8}0000$ ]]
}

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The pid of the broker this script started, if that process is still alive. The command line is
# checked too, so a stale pid file whose number now belongs to another process is not trusted.
our_pid() {
  [ -f "$PIDFILE" ] || return 1
  local pid
  pid=$(cat "$PIDFILE")
  [[ $pid =~ ^[0-9]+$ ]] && [ -r "/proc/$pid/cmdline" ] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "kafka\.Kafka $PROPS" || return 1
  echo "$pid"
}

# start and stop take this lock, so that two test jobs starting the broker at once get one broker.
lock() {
  mkdir -p "$STATE"
  exec 9>"$STATE/.lock"
  flock 9
}

write_config() {
  mkdir -p "$STATE/data" "$LOGDIR"
  # Written on every start, so a change of port or of this script takes effect on the next start.
  cat >"$PROPS" <<EOF
# Written by deploy/kafka/kafka.sh on each start; edits here are lost.
# One KRaft node that is both the broker and the (only) controller.
node.id=1
process.roles=broker,controller
controller.quorum.voters=1@127.0.0.1:$CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$PORT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
log.dirs=$STATE/data

# A single node cannot hold more than one replica of the internal topics.
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
# Fewer partitions than the default 50 for the internal topics: the first consumer group or
# transaction of a test then waits on 5 partitions being created, not 50. Semantics are unchanged.
offsets.topic.num.partitions=5
transaction.state.log.num.partitions=5
# Tests would otherwise wait 3 s for every consumer group's first rebalance.
group.initial.rebalance.delay.ms=0

num.partitions=3
# The project creates its topics on purpose; a typo in a topic name must fail, not make a topic.
auto.create.topics.enable=false
EOF
  # Broker log: size-capped, so a long-running dev broker cannot fill the disk.
  cat >"$STATE/log4j.properties" <<EOF
log4j.rootLogger=INFO, file
log4j.appender.file=org.apache.log4j.RollingFileAppender
log4j.appender.file.File=$SERVER_LOG
log4j.appender.file.MaxFileSize=20MB
log4j.appender.file.MaxBackupIndex=2
log4j.appender.file.layout=org.apache.log4j.PatternLayout
log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n
# Per-request and per-partition-state chatter, as in Kafka's own log4j.properties.
log4j.logger.kafka.request.logger=WARN
log4j.logger.state.change.logger=WARN
log4j.logger.kafka.log.LogCleaner=WARN
EOF
  # The storage tool's own log: warnings only, to stderr.
  cat >"$STATE/log4j-tools.properties" <<EOF
log4j.rootLogger=WARN, stderr
log4j.appender.stderr=org.apache.log4j.ConsoleAppender
log4j.appender.stderr.Target=System.err
log4j.appender.stderr.layout=org.apache.log4j.PatternLayout
log4j.appender.stderr.layout.ConversionPattern=[%d] %p %m (%c)%n
EOF
}

tool() {
  # Short-lived JVMs start faster without the optimising JIT compiler.
  java -XX:TieredStopAtLevel=1 -Dlog4j.configuration="file:$STATE/log4j-tools.properties" \
    -cp "$LIBS/*" "$@"
}

# KRaft refuses to start on unformatted storage; formatting writes meta.properties with the cluster
# id and node id. Done once: the data, topics included, then survives stop and start.
format_once() {
  [ -f "$STATE/data/meta.properties" ] && return 0
  local id
  id=$(tool kafka.tools.StorageTool random-uuid)
  say "formatting $STATE/data for cluster $id"
  tool kafka.tools.StorageTool format -t "$id" -c "$PROPS" >/dev/null
}

# Where this start's part of the server log begins: the log outlives restarts, and on a failed start
# the previous run's shutdown lines would only mislead.
LOG_OFFSET=0
log_tail() {
  if [ -s "$STDOUT_LOG" ]; then
    printf -- '--- %s\n' "$STDOUT_LOG" >&2
    tail -n 40 "$STDOUT_LOG" >&2
  fi
  if [ -s "$SERVER_LOG" ]; then
    printf -- '--- last lines of %s\n' "$SERVER_LOG" >&2
    if [ "$(stat -c %s "$SERVER_LOG")" -ge "$LOG_OFFSET" ]; then
      tail -c +"$((LOG_OFFSET + 1))" "$SERVER_LOG" | tail -n 40 >&2
    else
      tail -n 40 "$SERVER_LOG" >&2
    fi
  fi
}

wait_ready() {
  local pid=$1 began=$SECONDS
  while [ $((SECONDS - began)) -lt "$START_TIMEOUT" ]; do
    # Ready means what the tests use works at once: metadata, then consumer groups, then
    # idempotent producers. Without the last two a fresh broker makes the first kafkajs consumer and
    # producer log errors and retry while it sets them up.
    if answers && groups_ready && producer_ids_ready; then
      say "Kafka $KAFKA_VERSION answers on 127.0.0.1:$PORT (pid $pid, ready after $((SECONDS - began)) s)"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      log_tail
      rm -f "$PIDFILE"
      die "the broker exited during start-up"
    fi
    sleep 0.5
  done
  log_tail
  die "the broker did not answer on 127.0.0.1:$PORT within ${START_TIMEOUT}s (still running as pid $pid; kafka.sh stop ends it)"
}

start() {
  local fresh=false
  case "${1:-}" in
    --fresh) fresh=true ;;
    "") ;;
    *) die "start: unknown option $1" ;;
  esac
  fetch
  lock
  if $fresh; then
    stop_locked
    say "wiping $STATE"
    # Everything but the lock file we hold.
    find "$STATE" -mindepth 1 -maxdepth 1 ! -name .lock -exec rm -rf {} +
  fi
  local pid
  if pid=$(our_pid); then
    # Ours and up: nothing to do. Ours and still coming up (another start is waiting): wait too.
    answers && { say "already running on 127.0.0.1:$PORT (pid $pid)"; return 0; }
    wait_ready "$pid"
    return 0
  fi
  rm -f "$PIDFILE"
  local p
  for p in "$PORT" "$CONTROLLER_PORT"; do
    port_taken "$p" && die "127.0.0.1:$p is already in use by a process this script did not start"
  done
  write_config
  format_once
  say "starting Kafka $KAFKA_VERSION on 127.0.0.1:$PORT"
  [ -f "$STDOUT_LOG" ] && mv -f "$STDOUT_LOG" "$STDOUT_LOG.1"
  [ -f "$SERVER_LOG" ] && LOG_OFFSET=$(stat -c %s "$SERVER_LOG")
  # setsid: the broker gets its own session, so it outlives the shell (or CI step) that started it
  # and a Ctrl-C there does not reach it. It is not a process-group leader here, so setsid execs
  # java in place and $! is the broker's pid. The flock descriptor is not passed on (9>&-).
  setsid java -Xmx"$HEAP" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true \
    -Dlog4j.configuration="file:$STATE/log4j.properties" -Dkafka.logs.dir="$LOGDIR" \
    -cp "$LIBS/*" kafka.Kafka "$PROPS" </dev/null >"$STDOUT_LOG" 2>&1 9>&- &
  pid=$!
  echo "$pid" >"$PIDFILE"
  wait_ready "$pid"
}

stop_locked() {
  local pid
  if ! pid=$(our_pid); then
    rm -f "$PIDFILE"
    return 0
  fi
  say "stopping the broker (pid $pid)"
  # SIGTERM makes Kafka shut down in order: it flushes the logs and writes a clean-shutdown marker,
  # so the next start skips log recovery.
  kill -TERM "$pid" 2>/dev/null || true
  local _
  for _ in $(seq 60); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    say "still running after 30 s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  fi
  rm -f "$PIDFILE"
  say "stopped"
}

stop() {
  [ -d "$STATE" ] || return 0
  lock
  stop_locked
}

status() {
  if answers; then
    echo "127.0.0.1:$PORT"
    return 0
  fi
  echo "kafka: nothing answers on 127.0.0.1:$PORT" >&2
  return 1
}

logs() {
  [ -f "$SERVER_LOG" ] || die "no broker log yet ($SERVER_LOG)"
  if [ "${1:-}" = -f ]; then
    exec tail -n 100 -F "$SERVER_LOG"
  fi
  tail -n 100 "$SERVER_LOG"
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
  fetch) fetch ;;
  start) start "$@" ;;
  stop) stop ;;
  status) status ;;
  logs) logs "$@" ;;
  _request) _request "$@" ;;
  *)
    sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
