#!/usr/bin/env bash
# Measures launch-to-first-GraphQL-answer and memory after start of the packaged jar.
# Usage: bench/startup.sh [RUNS]   (build first: mvn -B -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=$(ls target/mynumber-lineage-*.jar | grep -v original | head -1)
for i in $(seq "$runs"); do
  data=$(mktemp -d)
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  start=$(date +%s.%N)
  java -Xmx1g -jar "$jar" serve --server.port="$port" --lineage.data-dir="$data" --lineage.bolt-port=0 \
    > "$data/app.log" 2>&1 &
  pid=$!
  until curl -sf -H 'Content-Type: application/json' -d '{"query":"{ status { nodeCount } }"}' \
      "http://127.0.0.1:$port/graphql" > /dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "app died, see $data/app.log"; exit 1; }
    sleep 0.2
  done
  ready=$(date +%s.%N)
  heap=$(jcmd "$pid" GC.heap_info | awk '/total/ {for (i=1;i<=NF;i++) if ($i=="used") print $(i+1); exit}')
  rss=$(awk '/VmRSS/ {print $2}' /proc/"$pid"/status)
  jcmd "$pid" GC.run > /dev/null
  live=$(jcmd "$pid" GC.heap_info | awk '/total/ {for (i=1;i<=NF;i++) if ($i=="used") print $(i+1); exit}')
  stop=$(date +%s.%N)
  kill -TERM "$pid"; wait "$pid" || true
  stopped=$(date +%s.%N)
  printf 'run %d: first answer %.1f s, heap used %s, after full GC %s, RSS %d MB, SIGTERM to exit %.1f s\n' \
    "$i" "$(echo "$ready - $start" | bc)" "$heap" "$live" $((rss / 1024)) "$(echo "$stopped - $stop" | bc)"
  rm -rf "$data"
done
