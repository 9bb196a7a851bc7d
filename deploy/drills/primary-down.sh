#!/usr/bin/env bash
# Drill (b): stop the PostgreSQL primary. Every page answers (no 500): a Chinese 503 page (or problem details under
# /api) for what needs the primary; with standby reads on, the portal's reads keep answering 200 from the standby.
# A submission during the outage is refused whole (no half-written record). Start the primary again: the service
# comes back by itself (no node restarted); the time to the first acknowledged submission is measured.
# usage: deploy/drills/primary-down.sh [stop mode: fast|immediate = fast]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../env.sh"
source "$(dirname "${BASH_SOURCE[0]}")/pages.sh"
MODE=${1:-fast}; BASE=http://127.0.0.1:$NGINX_PORT; S=$GONGKAI_CLUSTER_DIR
collect_ids
submit() { curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -H "Idempotency-Key: outage-$1" \
  --data "{\"agencyId\":\"$AGENCY_ID\",\"applicantKind\":\"NaturalPerson\",\"name\":\"演练\",\"identityNumber\":\"110101199003076518\",\"email\":\"d@example.cn\",\"description\":\"主库停机演练 $1\",\"form\":\"电子文档\",\"manner\":\"电子邮件\"}" \
  "$BASE/api/requests"; }
rows() { psql_primary -c "select (select count(*) from \"DisclosureRequests\") || ' requests, ' || (select count(*) from \"DisclosureRequests\" r where not exists (select 1 from \"RequestEvents\" e where e.\"RequestId\" = r.\"Id\")) || ' without events'"; }
receipt=$(curl -fsS -H 'Content-Type: application/json' -H "Idempotency-Key: outage-track-$(date +%s%N)" \
  --data "{\"agencyId\":\"$AGENCY_ID\",\"applicantKind\":\"NaturalPerson\",\"name\":\"演练\",\"identityNumber\":\"110101199003076518\",\"email\":\"d@example.cn\",\"description\":\"主库停机演练 查询\",\"form\":\"电子文档\",\"manner\":\"电子邮件\"}" "$BASE/api/requests")
TRACK_NO=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["trackingNumber"])' <<<"$receipt")
TRACK_CODE=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["accessCode"])' <<<"$receipt")
echo "before: $(rows)"
as_postgres "$PG_BIN/pg_ctl" -D "$S/pg/primary" -m "$MODE" -w stop >/dev/null
down_at=$(date +%s.%N); echo "primary stopped ($MODE)"
sleep 1
bad=0
while read -r path; do
  body=$(mktemp)
  code=$(curl -s -o "$body" -w '%{http_code}' "$BASE$path")
  chinese=$(grep -c -E '数据库暂时无法访问|服务暂不可用' "$body" || true)
  printf '%-45s %s%s\n' "$path" "$code" "$([ "$chinese" -gt 0 ] && echo '  (Chinese 503 text)')"
  case "$code" in 200|404|503) ;; *) bad=$((bad + 1));; esac
  [ "$code" = 503 ] && [ "$chinese" -eq 0 ] && [ "$path" != /healthz/ready ] && bad=$((bad + 1))
  rm -f "$body"
done < <(page_list)
code=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Access-Code: $TRACK_CODE" "$BASE/api/requests/$TRACK_NO"); echo "GET /api/requests/$TRACK_NO (tracking, primary): $code"
[ "$code" = 503 ] || bad=$((bad + 1))
code=$(submit "during-$(date +%s)"); echo "POST /api/requests during the outage: $code"; [ "$code" = 503 ] || bad=$((bad + 1))
form=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$BASE/Apply"); echo "POST /Apply (no token) during the outage: $form"
as_postgres "$PG_BIN/pg_ctl" -D "$S/pg/primary" -l "$S/pg/primary.log" -w start >/dev/null
up_at=$(date +%s.%N); echo "primary started again"
for _ in $(seq 1 600); do
  code=$(submit "after-$(date +%s%N)"); [ "$code" = 201 ] && break; sleep 0.1
done
back_at=$(date +%s.%N)
ready=$(for p in $WEB_PORTS; do curl -s -o /dev/null -w "%{http_code} " "http://127.0.0.1:$p/healthz/ready"; done)
echo "first acknowledged submission $(python3 -c "print(f'{$back_at - $up_at:.2f}')") s after the primary was back (outage $(python3 -c "print(f'{$up_at - $down_at:.1f}')") s); readiness of the nodes: $ready"
echo "after: $(rows)"
echo "pages answering neither 200/404 nor a Chinese 503: $bad"
[ "$bad" -eq 0 ]
