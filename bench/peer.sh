#!/bin/sh
# Peer comparison (issue 11): Neo4j vs PostgreSQL WITH RECURSIVE vs in-memory BFS on the same graph.
# Usage: bench/peer.sh DATA_DIR [bench peer options…], e.g.
#   bench/peer.sh /tmp/bench-peer --municipalities 30 --processes 30 --results bench/RESULTS.md
# Builds the jar when missing. Needs initdb/pg_ctl (apt-get install -y postgresql).
set -e
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: $0 DATA_DIR [options]" >&2; exit 2; }
dir=$1; shift
jar=$(ls target/mynumber-lineage-*.jar 2>/dev/null | grep -v original | head -1)
if [ -z "$jar" ]; then
  mvn -q -DskipTests package
  jar=$(ls target/mynumber-lineage-*.jar | grep -v original | head -1)
fi
exec java -jar "$jar" bench peer --data-dir "$dir" "$@"
