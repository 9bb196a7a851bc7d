#!/usr/bin/env bash
# Drill (d): the daily digest goes out once with three nodes running. Three officers with e-mail addresses are
# created (they see the pending requests of the demo and of drill (a)); the three nodes are restarted with an SMTP
# sink and a clock (libfaketime, Debian package "faketime") 240 s before Smtp:DigestHour (a node starts in up to ~2 min under load); every node wakes up at the
# same moment. Counted: mails per recipient (expected exactly 1), and which node sent them.
# usage: deploy/drills/digest-once.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../env.sh"
S=$GONGKAI_CLUSTER_DIR; D=$GONGKAI_REPO/deploy/drills; SMTP_PORT=${SMTP_PORT:-2525}
OUT=$S/drills/digest-$(date -u +%Y%m%dT%H%M%S); mkdir -p "$OUT"
LIB=$(ls /usr/lib/*/faketime/libfaketime.so.1 | head -1)
set -- $WEB_PORTS; NODE1=$1
python3 "$D/digest_accounts.py" "$ADMIN_PASSWORD" "http://127.0.0.1:$NODE1" 3 >"$OUT/recipients.txt"
python3 "$D/smtp_sink.py" "$SMTP_PORT" "$OUT/mails.tsv" & sink=$!
trap 'kill $sink 2>/dev/null || true' EXIT
# the next whole hour in China time, and the offset that puts every node's clock 30 s before it
read -r hour offset < <(python3 -c '
import time; now=time.time(); china=now+8*3600; nxt=(int(china)//3600+1)*3600
print(int(nxt//3600%24), int(nxt-china-240))')
echo "digest hour $hour (China time); node clocks moved +${offset} s"
"$GONGKAI_REPO/deploy/cluster.sh" nodes-stop $WEB_PORTS
# one after another (started at once, the three nodes timed out on the database at start-up under load)
NODE_EXTRA_ENV="LD_PRELOAD=$LIB FAKETIME=+${offset} FAKETIME_DONT_FAKE_MONOTONIC=1 Smtp__Host=127.0.0.1 Smtp__Port=$SMTP_PORT Smtp__From=gongkai@example.cn Smtp__DigestHour=$hour" \
  "$GONGKAI_REPO/deploy/cluster.sh" nodes-start $WEB_PORTS
curl -s -o /dev/null -D - "http://127.0.0.1:${WEB_PORTS%% *}/healthz" | grep -i '^date' || true
echo "nodes started; waiting 300 s for the digest hour"
sleep 300
touch "$OUT/mails.tsv"
total=$(wc -l <"$OUT/mails.tsv")
echo "mails received: $total"
bad=0
while read -r r; do
  n=$(grep -c -P "\t$r\t" "$OUT/mails.tsv" || true); echo "  $r: $n"; [ "$n" -eq 1 ] || bad=$((bad + 1))
done <"$OUT/recipients.txt"
dups=$(cut -f2 "$OUT/mails.tsv" | sort | uniq -d | wc -l); recipients=$(cut -f2 "$OUT/mails.tsv" | sort -u | wc -l)
echo "all recipients: $recipients, of whom received more than one mail: $dups"; [ "$dups" -eq 0 ] || bad=$((bad + 1))
for p in $WEB_PORTS; do echo "  node $p log: $(grep -c 'Daily digest: .* mails sent' "$S/web/$p.log" || true) runs; $(grep 'Daily digest: .* mails sent' "$S/web/$p.log" | tail -1 | grep -o '[0-9]* mails sent' || echo 'skipped (lease held elsewhere)')"; done
# back to normal clocks and no SMTP
"$GONGKAI_REPO/deploy/cluster.sh" nodes-stop $WEB_PORTS
"$GONGKAI_REPO/deploy/cluster.sh" nodes-start $WEB_PORTS
[ "$bad" -eq 0 ]
