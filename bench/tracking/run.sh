#!/usr/bin/env bash
# Tracking API benchmark (issue 15): GET /api/requests/{trackingNumber} with the access code, N concurrent clients,
# against a running Release node of src/Gongkai.Web with many requests in its database, and in the same run the same
# clients against a static file and /healthz of the same node (baselines). Load client: bench/Gongkai.Bench.Tracking
# (no wrk needed). The lookup rate limit (Portal:RateLimits:LookupPerMinute, default 10 per client address) is raised
# for the run: every simulated client comes from 127.0.0.1.
#   bench/tracking/run.sh     env: ENGINE=sqlite|postgres REQUESTS=100000 CLIENTS=16 DURATION=20 WARMUP=10 PORT=5190
#                                  CONNECTION (PostgreSQL: a database the role may create) GONGKAI_BENCHDATA=/work/benchdata
# Prints a markdown table and writes it to $GONGKAI_BENCHDATA/tracking/results-$ENGINE.md.
set -euo pipefail
ENGINE=${ENGINE:-sqlite}
REQUESTS=${REQUESTS:-100000}
CLIENTS=${CLIENTS:-16}
SECONDS_PER_TARGET=${DURATION:-20}   # not SECONDS: bash's own counter of seconds since the shell started
PORT=${PORT:-5190}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DATA=${GONGKAI_BENCHDATA:-/work/benchdata}/tracking
BASE=http://127.0.0.1:$PORT
mkdir -p "$DATA"
if [ "$ENGINE" = postgres ]; then
  CONNECTION=${CONNECTION:-"Host=127.0.0.1;Port=5432;Username=gongkai;Password=gongkai;Database=gongkai_bench_tracking_$REQUESTS"}
else
  CONNECTION=${CONNECTION:-"Data Source=$DATA/tracking-$REQUESTS.db"}
fi
# A fixed key for the bench only (the node's Portal:AccessCodeKey; the client computes the codes with it).
export GONGKAI_BENCH_ACCESS_KEY=${GONGKAI_BENCH_ACCESS_KEY:-$(printf 'gongkai-bench-tracking-key-not-secret!' | base64 -w0)}

dotnet build "$ROOT/bench/Gongkai.Bench.Tracking" -c Release --nologo -v q >/dev/null
CLIENT="dotnet $ROOT/bench/Gongkai.Bench.Tracking/bin/Release/net10.0/Gongkai.Bench.Tracking.dll"
$CLIENT prepare "$ENGINE" "$CONNECTION" "$REQUESTS" "$DATA/numbers-$ENGINE-$REQUESTS.txt"

rm -rf "$DATA/app"
dotnet publish "$ROOT/src/Gongkai.Web" -c Release -o "$DATA/app" --nologo -v q >/dev/null
cd "$DATA/app"
ASPNETCORE_URLS=$BASE ASPNETCORE_ENVIRONMENT=Production Database__Provider=$([ "$ENGINE" = postgres ] && echo Postgres || echo Sqlite) \
ConnectionStrings__Gongkai="$CONNECTION" Logging__LogLevel__Default=Warning Portal__AccessCodeKey="$GONGKAI_BENCH_ACCESS_KEY" \
  Portal__RateLimits__LookupPerMinute=100000000 Portal__RateLimits__ReadPerMinute=100000000 \
  dotnet Gongkai.Web.dll >"$DATA/web.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "$BASE/healthz" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "$BASE/healthz" >/dev/null || { echo "the node did not start; see $DATA/web.log" >&2; exit 1; }

$CLIENT run "$BASE" "$DATA/numbers-$ENGINE-$REQUESTS.txt" "$CLIENTS" "$SECONDS_PER_TARGET" "${WARMUP:-10}" | tee "$DATA/results-$ENGINE.md"
