# Settings of the local cluster (sourced by cluster.sh and the drills). Override any of them in the environment.
GONGKAI_REPO=${GONGKAI_REPO:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
GONGKAI_CLUSTER_DIR=${GONGKAI_CLUSTER_DIR:-/var/tmp/gongkai-cluster}   # state: data, logs, pids, the published build
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}                             # Debian's PostgreSQL 15
PG_PRIMARY_PORT=${PG_PRIMARY_PORT:-5433}
PG_STANDBY_PORT=${PG_STANDBY_PORT:-5434}
PG_RESTORE_PORT=${PG_RESTORE_PORT:-5435}                                # the restore drill's cluster
PG_DATABASE=${PG_DATABASE:-gongkai}
PG_USER=${PG_USER:-gongkai}
PG_PASSWORD=${PG_PASSWORD:-gongkai-local}
WEB_PORTS=${WEB_PORTS:-"5101 5102 5103"}
NGINX_PORT=${NGINX_PORT:-8080}
ADMIN_PASSWORD=${ADMIN_PASSWORD:-Cluster-Admin-2026!}
# 32 bytes, base64: the same on every node (access codes of requests, docs/portal.md)
ACCESS_CODE_KEY=${ACCESS_CODE_KEY:-$(printf 'gongkai-local-cluster-access-key' | base64)}
# standby reads: on by default in the local cluster (ConnectionStrings__GongkaiReadOnly); STANDBY_READS=0 turns them off
STANDBY_READS=${STANDBY_READS:-1}
PUBLISH_DIR=${PUBLISH_DIR:-$GONGKAI_CLUSTER_DIR/publish}

pg_primary_cs() { echo "Host=127.0.0.1;Port=${1:-$PG_PRIMARY_PORT};Username=$PG_USER;Password=$PG_PASSWORD;Database=$PG_DATABASE;Timeout=5;Command Timeout=30"; }
pg_standby_cs() { echo "Host=127.0.0.1;Port=$PG_STANDBY_PORT;Username=$PG_USER;Password=$PG_PASSWORD;Database=$PG_DATABASE;Timeout=5;Command Timeout=30"; }
as_postgres() { runuser -u postgres -- "$@"; }
psql_primary() { PGPASSWORD=$PG_PASSWORD psql -h 127.0.0.1 -p "${PSQL_PORT:-$PG_PRIMARY_PORT}" -U "$PG_USER" -d "$PG_DATABASE" -X -q -t -A "$@"; }
