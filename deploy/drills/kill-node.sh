#!/usr/bin/env bash
# Drill (a): kill -9 one web node while 20 clients submit requests through nginx. Every acknowledged submission
# (201 + receipt number) must be in the primary afterwards; failures only for requests in flight on the killed node.
# usage: deploy/drills/kill-node.sh [seconds=30] [port to kill=5102]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../env.sh"
SECONDS_TOTAL=${1:-30}; VICTIM=${2:-5102}
OUT=$GONGKAI_CLUSTER_DIR/drills/kill-node-$(date -u +%Y%m%dT%H%M%S); mkdir -p "$OUT"
before=$(psql_primary -c "select count(*) from \"DisclosureRequests\"")
log_from=$(($(wc -l <"$GONGKAI_CLUSTER_DIR/nginx/access.log") + 1))
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
  echo "failures by status: $(cut -f2 "$OUT/failures.tsv" | sort | uniq -c | tr '\n' ' ')"
  echo "failures (key, status, started, ended; node killed at $killed_at):"; head -40 "$OUT/failures.tsv"
  # a failed submission may still have been committed before the node died: the client repeats it with the same
  # Idempotency-Key and gets the same receipt (the table shows how many of the failed keys are stored)
  cut -f1 "$OUT/failures.tsv" | sed 's/^/故障演练申请 /' >"$OUT/failed-descriptions.txt"
  stored_failed=$(psql_primary -c "select count(*) from \"DisclosureRequests\" where \"Description\" in ($(sed "s/.*/'&'/" "$OUT/failed-descriptions.txt" | paste -sd,))")
  echo "failed submissions that were nevertheless stored (committed before the kill): $stored_failed"
fi
tail -n +"$log_from" "$GONGKAI_CLUSTER_DIR/nginx/access.log" | grep '"POST /api/requests' >"$OUT/nginx-posts.log" || true
echo "nginx: POSTs answered by node (first upstream tried → final status):"
sed -E 's/.*" ([0-9]{3}) .* upstream=([^ ]+( : [^ ]+| , [^ ]+|, [^ ]+)*) upstream_status=.*/\1 \2/' "$OUT/nginx-posts.log" | sort | uniq -c | sort -rn | head -12
echo "restart the node: deploy/cluster.sh nodes-start $VICTIM"
[ "$lost" -eq 0 ]
