#!/usr/bin/env bash
# Backup/restore drill: a request is submitted, the primary is backed up with pg_basebackup (tar, WAL from the
# archive), a second request is submitted after the backup, the backup is restored into a NEW cluster on another
# port (5435) replaying the WAL archive, a fourth web node (5104) is pointed at it, and both requests are read back
# through that node's API. Measured: backup time and size, restore time (start → accepting queries).
# usage: deploy/drills/backup-restore.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../env.sh"
S=$GONGKAI_CLUSTER_DIR; BASE=http://127.0.0.1:$NGINX_PORT; NODE=${RESTORE_NODE_PORT:-5104}
AGENCY_ID=$(curl -fsS "$BASE/api/agencies" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
submit() { curl -fsS -H 'Content-Type: application/json' -H "Idempotency-Key: backup-drill-$1-$(date +%s%N)" \
  --data "{\"agencyId\":\"$AGENCY_ID\",\"applicantKind\":\"NaturalPerson\",\"name\":\"备份演练\",\"identityNumber\":\"110101199003076518\",\"email\":\"b@example.cn\",\"description\":\"备份恢复演练 $1\",\"form\":\"电子文档\",\"manner\":\"电子邮件\"}" \
  "$BASE/api/requests"; }
field() { python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"; }

before=$(submit before); before_no=$(field trackingNumber <<<"$before"); before_code=$(field accessCode <<<"$before")
echo "submitted before the backup: $before_no"

dir=$S/backups/base-$(date -u +%Y%m%dT%H%M%S); as_postgres mkdir -p "$S/backups"
t0=$(date +%s.%N)
as_postgres env PGPASSWORD="$PG_PASSWORD" "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PG_PRIMARY_PORT" -U "$PG_USER" \
  -D "$dir" -Ft -z -X none -c fast --label "gongkai drill"
t1=$(date +%s.%N)
echo "pg_basebackup: $(python3 -c "print(f'{$t1 - $t0:.1f}')") s, $(du -sh "$dir" | cut -f1) (tar.gz, WAL from the archive)"

after=$(submit after); after_no=$(field trackingNumber <<<"$after"); after_code=$(field accessCode <<<"$after")
echo "submitted after the backup: $after_no"
# close the current WAL segment so the archive holds the second request (archive_timeout would do it within 60 s)
as_postgres psql -h "$S/pg" -p "$PG_PRIMARY_PORT" -d postgres -X -q -t -A -c "select pg_switch_wal()" >/dev/null
for _ in $(seq 1 50); do
  [ "$(as_postgres psql -h "$S/pg" -p "$PG_PRIMARY_PORT" -d postgres -X -q -t -A -c "select last_archived_wal >= pg_walfile_name(pg_current_wal_lsn() - 1) from pg_stat_archiver")" = t ] && break; sleep 0.2
done

R=$S/restore
[ -d "$R" ] && { as_postgres "$PG_BIN/pg_ctl" -D "$R" -m immediate -w stop >/dev/null 2>&1 || true; rm -rf "$R"; }
as_postgres mkdir -p "$R"; chmod 700 "$R"
t2=$(date +%s.%N)
as_postgres tar -xzf "$dir/base.tar.gz" -C "$R"
as_postgres touch "$R/recovery.signal"
printf "port = %s\narchive_mode = off\nrestore_command = 'cp %s/%%f %%p'\nrecovery_target_timeline = 'latest'\n" \
  "$PG_RESTORE_PORT" "$S/wal-archive" | as_postgres tee -a "$R/postgresql.auto.conf" >/dev/null
as_postgres "$PG_BIN/pg_ctl" -D "$R" -l "$S/pg/restore.log" -w -t 300 start >/dev/null
for _ in $(seq 1 300); do
  [ "$(PSQL_PORT=$PG_RESTORE_PORT psql_primary -c 'select not pg_is_in_recovery()' 2>/dev/null)" = t ] && break; sleep 0.2
done
t3=$(date +%s.%N)
echo "restore (untar + WAL replay + promote) on port $PG_RESTORE_PORT: $(python3 -c "print(f'{$t3 - $t2:.1f}')") s"
echo "rows in the restored cluster: $(PSQL_PORT=$PG_RESTORE_PORT psql_primary -c 'select count(*) from "DisclosureRequests"') requests"

NODE_CONNECTION_STRING=$(pg_primary_cs "$PG_RESTORE_PORT") STANDBY_READS=0 LOAD_DEMO=false \
  "$GONGKAI_REPO/deploy/cluster.sh" nodes-start "$NODE"
ok=0
for pair in "$before_no:$before_code" "$after_no:$after_code"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Access-Code: ${pair#*:}" "http://127.0.0.1:$NODE/api/requests/${pair%%:*}")
  echo "node $NODE on the restored cluster: GET /api/requests/${pair%%:*} → $code"
  [ "$code" = 200 ] && ok=$((ok + 1))
done
"$GONGKAI_REPO/deploy/cluster.sh" nodes-stop "$NODE"
as_postgres "$PG_BIN/pg_ctl" -D "$R" -m fast -w stop >/dev/null
[ "$ok" -eq 2 ]
