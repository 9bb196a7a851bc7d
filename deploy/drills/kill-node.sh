#!/usr/bin/env bash
# Drill (a): kill -9 one web node while 20 clients submit requests through nginx. Every acknowledged submission
# (201 + receipt number) must be in the primary afterwards; failures only for requests in flight on the killed node.
# usage: deploy/drills/kill-node.sh [seconds=30] [port to kill=5102]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../env.sh"
SECONDS_TOTAL=${1:-30}; VICTIM=${2:-5102}
OUT=$GONGKAI_CLUSTER_DIR/drills/kill-node-$(date -u +%Y%m%dT%H%M%S); mkdir -p "$OUT"
before=$(psql_primary -c "select count(*) from \"DisclosureRequests\"")
python3 "$GONGKAI_REPO/deploy/drills/submit_load.py" "http://127.0.0.1:$NGINX_PORT" "$OUT" "$SECONDS_TOTAL" 20 >"$OUT/counts.json" &
load=$!
sleep $((SECONDS_TOTAL / 3))
pid=$(cat "$GONGKAI_CLUSTER_DIR/web/$VICTIM.pid")
killed_at=$(date +%s.%N); kill -9 "$pid"; echo "killed node $VICTIM (pid $pid) at $killed_at"
wait $load
after=$(psql_primary -c "select count(*) from \"DisclosureRequests\"")
acked=$(wc -l <"$OUT/acknowledged.tsv"); failed=$(wc -l <"$OUT/failures.tsv")
# every acknowledged receipt number must be in the database
cut -f1 "$OUT/acknowledged.tsv" | sort -u >"$OUT/acked-numbers.txt"
psql_primary -c "select \"TrackingNumber\" from \"DisclosureRequests\" where \"Description\" like '故障演练申请 drill-%'" | sort -u >"$OUT/stored-numbers.txt"
lost=$(comm -23 "$OUT/acked-numbers.txt" "$OUT/stored-numbers.txt" | wc -l)
stored_drill=$(wc -l <"$OUT/stored-numbers.txt")
echo "clients=20 seconds=$SECONDS_TOTAL acknowledged=$acked failed=$failed lost=$lost rows_added=$((after - before)) drill_rows=$stored_drill"
if [ "$failed" -gt 0 ]; then
  echo "failures (key, status, started, ended; node killed at $killed_at):"; cat "$OUT/failures.tsv"
fi
echo "restart the node: deploy/cluster.sh nodes-start $VICTIM"
[ "$lost" -eq 0 ]
