#!/usr/bin/env bash
# Measures a first start of the packaged jar, as a new user has it: launched from an unrelated folder
# on an empty data directory, so the demo data comes from the jar. Reports launch → first GraphQL
# answer, launch → demo searchable (search for 中間サーバー finds the four municipalities' nodes),
# launch → audit done, and RSS at those points.
# Usage: bench/startup.sh [RUNS]   (build first: mvn -B -DskipTests package)
#        JAVA_OPTS='-Xmx1g' bench/startup.sh 1   to try other JVM settings (default: none, as README's java -jar)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=$(realpath "$(ls target/mynumber-lineage-*.jar | grep -v original | head -1)")
read -r -a opts <<< "${JAVA_OPTS:-}"
gql() { curl -sf -H 'Content-Type: application/json' -d "$2" "http://127.0.0.1:$1/graphql"; }
rss() { awk '/VmRSS/ {print int($2 / 1024)}' /proc/"$1"/status; }
# CPU seconds the JVM has used so far: on a shared machine the wall-clock figures depend on the other
# load, this does much less.
cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.0f", ($14 + $15) / hz}' /proc/"$1"/stat; }
since() { echo "$(date +%s.%N) - $1" | bc; }
search='{"query":"{ search(text: \"中間サーバー\", kinds: [SYSTEM], first: 50) { ... on SearchHits { hits { node { id } } } } }"}'
for i in $(seq "$runs"); do
  data=$(mktemp -d)
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  start=$(date +%s.%N)
  (cd "$data" && exec java "${opts[@]}" -jar "$jar" serve --server.port="$port" --lineage.data-dir="$data/store" \
    --lineage.bolt-port=0 > "$data/app.log" 2>&1) &
  pid=$!
  until gql "$port" '{"query":"{ demoData { state } }"}' > /dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "app died, see $data/app.log"; exit 1; }
    sleep 0.2
  done
  first=$(since "$start"); first_rss=$(rss "$pid"); first_cpu=$(cpu "$pid")
  until [ "$(gql "$port" "$search" | grep -o '"id"' | wc -l)" -ge 4 ]; do
    kill -0 "$pid" 2>/dev/null || { echo "app died, see $data/app.log"; exit 1; }
    sleep 0.2
  done
  searchable=$(since "$start"); searchable_rss=$(rss "$pid"); searchable_cpu=$(cpu "$pid")
  until grep -q '監査ルールを実行しました' "$data/app.log"; do sleep 0.2; done
  audited=$(since "$start"); audited_rss=$(rss "$pid"); audited_cpu=$(cpu "$pid")
  heap=$(jcmd "$pid" GC.heap_info | awk '/total/ {for (i=1;i<=NF;i++) if ($i=="used") print $(i+1); exit}')
  kill -TERM "$pid"; wait || true
  printf 'run %d: first answer %.1f s (CPU %d s, RSS %d MB), demo searchable %.1f s (CPU %d s, RSS %d MB), audit done %.1f s (CPU %d s, RSS %d MB, heap used %s), load average %s\n' \
    "$i" "$first" "$first_cpu" "$first_rss" "$searchable" "$searchable_cpu" "$searchable_rss" "$audited" "$audited_cpu" \
    "$audited_rss" "$heap" "$(cut -d' ' -f1 /proc/loadavg)"
  rm -rf "$data"
done
