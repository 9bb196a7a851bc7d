#!/usr/bin/env bash
# Page benchmark (issues 5 and 15): requests per second of the real portal host (src/Gongkai.Web, Release, demo data)
# for the home page, the catalogue page, one catalogue entry page and one published annual report page, against the
# same HTML saved as static files and served by the same Kestrel process (UseStaticFiles from wwwroot), measured with
# wrk in the same run. Each engine gets two processes on the same database: one with the output cache
# (Portal:OutputCache:Seconds, default 10) and one with it off (Seconds=0), so the table shows both.
#   apt-get install -y wrk        (Debian; not installed by .ci/run — benchmarks do not run in CI)
#   bench/pages/run.sh            (env: DURATION=10s CONNECTIONS=32 THREADS=2 PORT=5180 GONGKAI_BENCHDATA=/work/benchdata
#                                  ENGINES="sqlite postgres" GONGKAI_BENCH_POSTGRES="Host=…;Username=…;Password=…;Database=…")
# PostgreSQL runs only when GONGKAI_BENCH_POSTGRES is set (its database is created and migrated on first start).
# Prints a markdown table and writes it to $GONGKAI_BENCHDATA/pages/results.md.
set -euo pipefail
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
PORT=${PORT:-5180}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DATA=${GONGKAI_BENCHDATA:-/work/benchdata}/pages
ENGINES=${ENGINES:-sqlite${GONGKAI_BENCH_POSTGRES:+ postgres}}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

mkdir -p "$DATA"
rm -rf "$DATA/app"
dotnet publish "$ROOT/src/Gongkai.Web" -c Release -o "$DATA/app" --nologo -v q >/dev/null
cd "$DATA/app"

servers=()
trap 'for s in "${servers[@]}"; do kill "$s" 2>/dev/null || true; done' EXIT

start() { # engine port cache-seconds → starts the portal, waits until it answers
  local connection provider
  if [ "$1" = postgres ]; then provider=Postgres; connection=$GONGKAI_BENCH_POSTGRES
  else provider=Sqlite; connection="Data Source=$DATA/portal.db"; fi
  ASPNETCORE_URLS=http://127.0.0.1:$2 ASPNETCORE_ENVIRONMENT=Production Database__Provider=$provider \
  ConnectionStrings__Gongkai="$connection" Logging__LogLevel__Default=Warning Portal__OutputCache__Seconds=$3 \
    Portal__RateLimits__SearchPerMinute=100000000 Portal__RateLimits__SubmissionPerMinute=100000000 \
    dotnet Gongkai.Web.dll --demo >"$DATA/web-$1-$2.log" 2>&1 &
  servers+=($!)
  for _ in $(seq 1 180); do
    curl -fs "http://127.0.0.1:$2/healthz/ready" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "the portal did not start; see $DATA/web-$1-$2.log" >&2; exit 1
}

measure() { # url → "requests/s p50 p99"
  local out non2xx
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$1")
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  [ -z "$non2xx" ] || { echo "non-2xx responses for $1: $non2xx" >&2; exit 1; }
  echo "$(echo "$out" | awk '/^Requests\/sec/ {print $2}') $(echo "$out" | awk '$1=="50%" {print $2}') $(echo "$out" | awk '$1=="99%" {print $2}')"
}

table="# Page benchmark: $(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start, wrk -t$THREADS -c$CONNECTIONS -d$DURATION on the same machine

| engine | page | bytes | portal, cached req/s | p50 | p99 | portal, cache off req/s | same HTML as static file req/s | p50 | p99 | cached / static | cache off / static |
|---|---|---|---|---|---|---|---|---|---|---|---|"
port=$PORT
for engine in $ENGINES; do
  cached=http://127.0.0.1:$port
  uncached=http://127.0.0.1:$((port + 1))
  start "$engine" "$port" "${Portal__OutputCache__Seconds:-10}"
  start "$engine" $((port + 1)) 0
  entry=$(curl -fs "$cached/Catalogue" | grep -o '/Catalogue/Entry/[0-9a-f-]\{36\}' | head -1)
  report=$(curl -fs "$cached/Reports" | grep -o '/reports/[^/"]*/[0-9]\{4\}"' | head -1 | tr -d '"')
  pages=("home|/" "catalogue|/Catalogue" "entry|$entry" "report|$report")
  mkdir -p wwwroot/bench-static
  for page in "${pages[@]}"; do
    curl -fs "$cached${page#*|}" -o "wwwroot/bench-static/$engine-${page%%|*}.html"
  done
  # Warm up (JIT, connection pools, the cache) before measuring.
  for page in "${pages[@]}"; do
    wrk -t1 -c4 -d3s "$cached${page#*|}" >/dev/null
    wrk -t1 -c4 -d3s "$uncached${page#*|}" >/dev/null
    wrk -t1 -c4 -d2s "$cached/bench-static/$engine-${page%%|*}.html" >/dev/null
  done
  for page in "${pages[@]}"; do
    name=${page%%|*}; path=${page#*|}
    read -r dyn dyn50 dyn99 <<<"$(measure "$cached$path")"
    read -r off _ _ <<<"$(measure "$uncached$path")"
    read -r sta sta50 sta99 <<<"$(measure "$cached/bench-static/$engine-$name.html")"
    bytes=$(stat -c %s "wwwroot/bench-static/$engine-$name.html")
    ratio=$(awk -v a="$dyn" -v b="$sta" 'BEGIN { printf "%.2f", a / b }')
    offratio=$(awk -v a="$off" -v b="$sta" 'BEGIN { printf "%.2f", a / b }')
    shown=$path
    [ "$name" = entry ] && shown="/Catalogue/Entry/{id}"
    [ "$name" = report ] && shown="/reports/{agency}/{year}"
    table+=$'\n'"| $engine | $name \`$shown\` | $bytes | $dyn | $dyn50 | $dyn99 | $off | $sta | $sta50 | $sta99 | $ratio | $offratio |"
  done
  for s in "${servers[@]}"; do kill "$s" 2>/dev/null || true; done
  servers=()
  sleep 2
  port=$((port + 2))
done
table+=$'\n\n'"load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$table" | tee "$DATA/results.md"
