#!/usr/bin/env bash
# The cluster topology on one machine, without Docker: PostgreSQL, Redis and the Kafka broker, then
# each app as its own process on its own port, each waited for on its /health.
#
#   cluster.sh start    start (or join) the infrastructure, then the apps
#   cluster.sh stop     stop the apps and the broker started for them
#   cluster.sh status   which apps answer
#
# Environment: SAKSI_CLUSTER_DIR (pids, logs, the pseudonym and personal-data keys; default ./.cluster),
# SAKSI_CLUSTER_DB (default saksi_cluster), LEDGER_PORT (3001), RELAY_PORT (3002),
# PROJECTOR_PORT (3003), SENTINEL_PORT (3004), PORTAL_PORT (3005), SAKSI_EVENTS_TOPIC (saksi.events), KAFKA_BROKERS (127.0.0.1:9092),
# SAKSI_CONSUMER_GROUP_PREFIX (saksi.), SAKSI_QUEUE_PREFIX (saksi), REDIS_URL, SMTP_URL.
# SAKSI_CLUSTER_PG: the PostgreSQL server, without a database (postgres://postgres@127.0.0.1:5432).
# SAKSI_CLUSTER_INFRA: `start` (the default) starts PostgreSQL, Redis and Kafka when they do not
# answer; `external` leaves them to the caller (e.g. the fault suite, which runs its own and stops
# them on purpose), so `start` only (re)starts the apps that are not running and `stop` only stops
# the apps. Redis for alert delivery must keep its data (see deploy/README.md).
set -euo pipefail
cd "$(dirname "$0")/../.."

DIR=${SAKSI_CLUSTER_DIR:-$PWD/.cluster}
DB=${SAKSI_CLUSTER_DB:-saksi_cluster}
LEDGER_PORT=${LEDGER_PORT:-3001}
RELAY_PORT=${RELAY_PORT:-3002}
PROJECTOR_PORT=${PROJECTOR_PORT:-3003}
SENTINEL_PORT=${SENTINEL_PORT:-3004}
PORTAL_PORT=${PORTAL_PORT:-3005}
PG=${SAKSI_CLUSTER_PG:-postgres://postgres@127.0.0.1:5432}
INFRA=${SAKSI_CLUSTER_INFRA:-start}
export DATABASE_URL=$PG/$DB KAFKA_BROKERS=${KAFKA_BROKERS:-127.0.0.1:9092} SAKSI_EVENTS_TOPIC=${SAKSI_EVENTS_TOPIC:-saksi.events} \
  SAKSI_CONSUMER_GROUP_PREFIX=${SAKSI_CONSUMER_GROUP_PREFIX:-saksi.}

say() { printf 'cluster: %s\n' "$*"; }

ensure_redis() {
  redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && return 0
  say "starting Redis"
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >/dev/null
}

ensure_database() {
  psql "$PG/postgres" -tAc "select 1 from pg_database where datname = '$DB'" | grep -q 1 || psql "$PG/postgres" -qc "create database \"$DB\""
}

# A secret of its own per cluster folder: NIK pseudonyms on Kafka stay stable across restarts.
pseudonym_key() {
  if [ ! -f "$DIR/pseudonym.key" ]; then
    (umask 077 && head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$DIR/pseudonym.key")
  fi
  cat "$DIR/pseudonym.key"
}

# Likewise the master key personal data is sealed under: lose it and no family's personal data opens again.
personal_data_key() {
  if [ ! -f "$DIR/personal-data.key" ]; then
    (umask 077 && head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$DIR/personal-data.key")
  fi
  cat "$DIR/personal-data.key"
}

start_app() {
  local name=$1 port=$2 entry=$3
  if [ -f "$DIR/$name.pid" ] && kill -0 "$(cat "$DIR/$name.pid")" 2>/dev/null; then
    say "$name already running (pid $(cat "$DIR/$name.pid"))"
    return 0
  fi
  PORT=$port SAKSI_PSEUDONYM_KEY=$(pseudonym_key) SAKSI_PERSONAL_DATA_KEY=$(personal_data_key) \
    nohup node "$entry" >"$DIR/$name.log" 2>&1 &
  echo $! >"$DIR/$name.pid"
  for _ in $(seq 60); do
    if curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; then
      say "$name ready on http://127.0.0.1:$port (pid $(cat "$DIR/$name.pid"))"
      return 0
    fi
    kill -0 "$(cat "$DIR/$name.pid")" 2>/dev/null || break
    sleep 1
  done
  tail -20 "$DIR/$name.log" >&2
  say "$name did not become ready" >&2
  return 1
}

stop_app() {
  local name=$1 pid
  [ -f "$DIR/$name.pid" ] || return 0
  pid=$(cat "$DIR/$name.pid")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
    say "$name stopped"
  fi
  rm -f "$DIR/$name.pid"
}

case "${1:-start}" in
  start)
    mkdir -p "$DIR"
    [ -f dist/apps/portal/src/main.js ] || npm run build --silent
    if [ "$INFRA" = start ]; then
      deploy/postgres/ensure-postgres.sh
      ensure_redis
      deploy/kafka/kafka.sh start
    fi
    ensure_database
    start_app ledger "$LEDGER_PORT" dist/apps/ledger/src/main.js
    start_app relay "$RELAY_PORT" dist/apps/relay/src/main.js
    start_app projector "$PROJECTOR_PORT" dist/apps/projector/src/main.js
    start_app sentinel "$SENTINEL_PORT" dist/apps/sentinel/src/main.js
    export LEDGER_URL=http://127.0.0.1:$LEDGER_PORT READ_API_URL=http://127.0.0.1:$PROJECTOR_PORT
    start_app portal "$PORTAL_PORT" dist/apps/portal/src/main.js
    say "up: ledger http://127.0.0.1:$LEDGER_PORT, relay http://127.0.0.1:$RELAY_PORT, projector http://127.0.0.1:$PROJECTOR_PORT, sentinel http://127.0.0.1:$SENTINEL_PORT, portal http://127.0.0.1:$PORTAL_PORT, database $DB, topic $SAKSI_EVENTS_TOPIC"
    ;;
  stop)
    stop_app portal
    stop_app sentinel
    stop_app projector
    stop_app relay
    stop_app ledger
    [ "${SAKSI_CLUSTER_KEEP_KAFKA:-}" = 1 ] || [ "$INFRA" = external ] || deploy/kafka/kafka.sh stop
    ;;
  status)
    for app in ledger:$LEDGER_PORT relay:$RELAY_PORT projector:$PROJECTOR_PORT sentinel:$SENTINEL_PORT portal:$PORTAL_PORT; do
      if curl -fsS "http://127.0.0.1:${app#*:}/health" >/dev/null 2>&1; then say "${app%%:*} up"; else say "${app%%:*} down"; fi
    done
    ;;
  *)
    echo "usage: cluster.sh start|stop|status" >&2
    exit 2
    ;;
esac
