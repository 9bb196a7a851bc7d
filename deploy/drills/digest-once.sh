#!/usr/bin/env bash
# Drill (d): the daily digest goes out once with three nodes running. Three officers with e-mail addresses are
# created (they see the pending requests of the demo and of drill (a)); the three nodes are restarted, one after
# another, with an SMTP sink and Smtp:DigestTime set LEAD_MINUTES (default 3) minutes ahead on the real clock, so every
# node wakes up at the same minute and asks for the job's lease. (An earlier version moved the nodes' clocks with
# libfaketime instead; under it the nodes failed at start-up with Npgsql read timeouts.)
# Counted: SMTP sessions, mails per recipient (expected exactly 1 each), and from the nodes' logs which node took the
# lease and which skipped. Raw files in $GONGKAI_CLUSTER_DIR/drills/digest-<time>/.
# usage: deploy/drills/digest-once.sh            (LEAD_MINUTES=5 on a slow machine: every node must be up before it)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../env.sh"
S=$GONGKAI_CLUSTER_DIR; D=$GONGKAI_REPO/deploy/drills; SMTP_PORT=${SMTP_PORT:-2525}; LEAD_MINUTES=${LEAD_MINUTES:-3}
OUT=$S/drills/digest-$(date -u +%Y%m%dT%H%M%S); mkdir -p "$OUT"
set -- $WEB_PORTS; NODE1=$1
python3 "$D/digest_accounts.py" "$ADMIN_PASSWORD" "http://127.0.0.1:$NODE1" 3 >"$OUT/recipients.txt"
: >"$OUT/mails.tsv"; : >"$OUT/mails.tsv.sessions"
python3 "$D/smtp_sink.py" "$SMTP_PORT" "$OUT/mails.tsv" & sink=$!
trap 'kill $sink 2>/dev/null || true' EXIT
# the digest minute: LEAD_MINUTES ahead, rounded up to a whole minute, as HH:mm China time (UTC+8)
read -r digest_time digest_epoch < <(python3 -c "
import time; t=(int(time.time())//60 + 1 + $LEAD_MINUTES)*60
print(time.strftime('%H:%M', time.gmtime(t + 8*3600)), t)")
echo "Smtp:DigestTime $digest_time (China time) = $(date -u -d "@$digest_epoch" +%H:%M) UTC"
# where each node's log stands before the restart: only the lines after it are this drill's
declare -A mark
for p in $WEB_PORTS; do mark[$p]=$(( $(wc -l <"$S/web/$p.log" 2>/dev/null || echo 0) + 1 )); done
"$GONGKAI_REPO/deploy/cluster.sh" nodes-stop $WEB_PORTS
NODE_EXTRA_ENV="Smtp__Host=127.0.0.1 Smtp__Port=$SMTP_PORT Smtp__From=gongkai@example.cn Smtp__DigestTime=$digest_time" \
  "$GONGKAI_REPO/deploy/cluster.sh" nodes-start $WEB_PORTS
ready=$(date +%s)
if [ "$ready" -ge "$digest_epoch" ]; then
  echo "the nodes were ready $((ready - digest_epoch)) s after the digest minute: run again with a larger LEAD_MINUTES"; exit 1
fi
echo "all nodes ready $((digest_epoch - ready)) s before the digest minute; waiting for every node's run"
# every node logs either the lease taken and "N mails sent", or "skipped"; give them 5 minutes after the minute
done_nodes=0
while [ "$(date +%s)" -lt $((digest_epoch + 300)) ]; do
  done_nodes=0
  for p in $WEB_PORTS; do
    tail -n +"${mark[$p]}" "$S/web/$p.log" | grep -q -e 'Daily digest: [0-9]* mails sent' -e 'Job daily-digest skipped' && done_nodes=$((done_nodes + 1))
  done
  [ "$done_nodes" -eq $# ] && break
  sleep 2
done
sleep 3   # a late SMTP session of a node that is still sending would show here
total=$(wc -l <"$OUT/mails.tsv"); sessions=$(wc -l <"$OUT/mails.tsv.sessions")
echo "nodes that finished their run: $done_nodes of $#"
echo "SMTP sessions: $sessions; mails received: $total"
bad=0
[ "$done_nodes" -eq $# ] || bad=$((bad + 1))
while read -r r; do
  n=$(grep -c -P "\t$r\t" "$OUT/mails.tsv" || true); echo "  drill officer $r: $n"; [ "$n" -eq 1 ] || bad=$((bad + 1))
done <"$OUT/recipients.txt"
dups=$(cut -f2 "$OUT/mails.tsv" | sort | uniq -d | wc -l); recipients=$(cut -f2 "$OUT/mails.tsv" | sort -u | wc -l)
echo "all recipients: $recipients, of whom received more than one mail: $dups"; [ "$dups" -eq 0 ] || bad=$((bad + 1))
[ "$total" -ge 3 ] || bad=$((bad + 1))
for p in $WEB_PORTS; do
  tail -n +"${mark[$p]}" "$S/web/$p.log" >"$OUT/node-$p.log"
  took=$(grep -o 'Job daily-digest: lease taken by node .*' "$OUT/node-$p.log" | tail -1 || true)
  sent=$(grep -o 'Daily digest: [0-9]* mails sent' "$OUT/node-$p.log" | tail -1 || true)
  skipped=$(grep -c 'Job daily-digest skipped' "$OUT/node-$p.log" || true)
  echo "  node $p: ${took:-no lease}; ${sent:-no mail run}; skipped runs: $skipped"
done
# back to no SMTP
"$GONGKAI_REPO/deploy/cluster.sh" nodes-stop $WEB_PORTS
"$GONGKAI_REPO/deploy/cluster.sh" nodes-start $WEB_PORTS
echo "raw files: $OUT"
[ "$bad" -eq 0 ]
