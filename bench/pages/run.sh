#!/usr/bin/env bash
# Page benchmark (issue 5): requests per second of the real portal host (src/Gongkai.Web, Release, SQLite, demo data)
# for the home page, the catalogue page and one catalogue entry page, against the same HTML saved as static files and
# served by the same Kestrel process (UseStaticFiles from wwwroot), measured with wrk in the same run.
#   apt-get install -y wrk        (Debian; not installed by .ci/run — benchmarks do not run in CI)
#   bench/pages/run.sh            (env: DURATION=15s CONNECTIONS=32 THREADS=2 PORT=5180 GONGKAI_BENCHDATA=/work/benchdata)
# Prints a markdown table and writes it to $GONGKAI_BENCHDATA/pages/results.md.
set -euo pipefail
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
PORT=${PORT:-5180}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DATA=${GONGKAI_BENCHDATA:-/work/benchdata}/pages
BASE=http://127.0.0.1:$PORT
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

mkdir -p "$DATA"
rm -rf "$DATA/app"
dotnet publish "$ROOT/src/Gongkai.Web" -c Release -o "$DATA/app" --nologo -v q >/dev/null
cd "$DATA/app"
ASPNETCORE_URLS=$BASE ASPNETCORE_ENVIRONMENT=Production Database__Provider=Sqlite \
ConnectionStrings__Gongkai="Data Source=$DATA/portal.db" Logging__LogLevel__Default=Warning \
  Portal__RateLimits__SearchPerMinute=100000000 Portal__RateLimits__SubmissionPerMinute=100000000 \
  dotnet Gongkai.Web.dll --demo >"$DATA/web.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "$BASE/healthz" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "$BASE/healthz" >/dev/null || { echo "the portal did not start; see $DATA/web.log" >&2; exit 1; }

entry=$(curl -fs "$BASE/Catalogue" | grep -o '/Catalogue/Entry/[0-9a-f-]\{36\}' | head -1)
pages=("home|/" "catalogue|/Catalogue" "entry|$entry")
mkdir -p wwwroot/bench-static
for page in "${pages[@]}"; do
  name=${page%%|*}; path=${page#*|}
  curl -fs "$BASE$path" -o "wwwroot/bench-static/$name.html"
done

measure() { # path → "requests/s p50 p99"
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE$1")
  local non2xx
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  [ -z "$non2xx" ] || { echo "non-2xx responses for $1: $non2xx" >&2; exit 1; }
  echo "$(echo "$out" | awk '/^Requests\/sec/ {print $2}') $(echo "$out" | awk '$1=="50%" {print $2}') $(echo "$out" | awk '$1=="99%" {print $2}')"
}

# Warm up (JIT, caches) before measuring.
for page in "${pages[@]}"; do wrk -t1 -c4 -d3s "$BASE${page#*|}" >/dev/null; wrk -t1 -c4 -d2s "$BASE/bench-static/${page%%|*}.html" >/dev/null; done

table="# Page benchmark: $(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) cores, wrk -t$THREADS -c$CONNECTIONS -d$DURATION on the same machine

| page | bytes | portal req/s | p50 | p99 | same HTML as static file req/s | p50 | p99 | portal / static |
|---|---|---|---|---|---|---|---|---|"
for page in "${pages[@]}"; do
  name=${page%%|*}; path=${page#*|}
  read -r dyn dyn50 dyn99 <<<"$(measure "$path")"
  read -r sta sta50 sta99 <<<"$(measure "/bench-static/$name.html")"
  bytes=$(stat -c %s "wwwroot/bench-static/$name.html")
  ratio=$(awk -v a="$dyn" -v b="$sta" 'BEGIN { printf "%.2f", a / b }')
  shown=$path; [ "$name" = entry ] && shown="/Catalogue/Entry/{id}"
  table+=$'\n'"| $name \`$shown\` | $bytes | $dyn | $dyn50 | $dyn99 | $sta | $sta50 | $sta99 | $ratio |"
done
echo "$table" | tee "$DATA/results.md"
