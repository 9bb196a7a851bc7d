#!/usr/bin/env bash
# The local Gongkai cluster on 127.0.0.1, with one command (docs/deployment.md):
#   deploy/cluster.sh up       PostgreSQL 15 primary (5433, WAL archive) + streaming standby (5434, pg_basebackup -R),
#                              a Release publish of src/Gongkai.Web (once), three web nodes (5101-5103, Production),
#                              nginx on 127.0.0.1:8080 in front
#   deploy/cluster.sh down     stops nginx, the nodes and both PostgreSQL clusters (data kept)
#   deploy/cluster.sh destroy  down, then deletes the state folder (data, archive, logs; the publish is kept)
#   deploy/cluster.sh status   what runs
#   deploy/cluster.sh nodes-start|nodes-stop [port…]   one or more web nodes only (NODE_EXTRA_ENV="K=v …" adds settings)
# Needs: root (runs PostgreSQL as the "postgres" user), Debian packages postgresql-15 and nginx, the .NET 10 SDK.
# Never touches the cluster "main" on 5432.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
S=$GONGKAI_CLUSTER_DIR

log() { printf '[cluster] %s\n' "$*" >&2; }

pg_running() { [ -f "$1/postmaster.pid" ] && as_postgres "$PG_BIN/pg_ctl" -D "$1" status >/dev/null 2>&1; }

wait_pg() { # port
  for _ in $(seq 1 60); do
    PGPASSWORD=$PG_PASSWORD psql -h 127.0.0.1 -p "$1" -U "$PG_USER" -d postgres -X -q -t -A -c 'select 1' >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  log "PostgreSQL on $1 did not answer"; return 1
}

primary_up() {
  mkdir -p "$S"; chown postgres:postgres "$S"
  if [ ! -d "$S/pg/primary" ]; then
    log "initdb primary ($PG_PRIMARY_PORT)"
    as_postgres mkdir -p "$S/pg" "$S/wal-archive"
    local pw; pw=$(mktemp); chown postgres "$pw"; echo "$PG_PASSWORD" > "$pw"
    as_postgres "$PG_BIN/initdb" -D "$S/pg/primary" -U postgres --auth-local=peer --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
    rm -f "$pw"
    sed "s#@ARCHIVE@#$S/wal-archive#g" "$GONGKAI_REPO/deploy/postgres/primary.conf" | as_postgres tee -a "$S/pg/primary/postgresql.conf" >/dev/null
    printf "port = %s\nunix_socket_directories = '%s'\n" "$PG_PRIMARY_PORT" "$S/pg" | as_postgres tee -a "$S/pg/primary/postgresql.conf" >/dev/null
    as_postgres cp "$GONGKAI_REPO/deploy/postgres/pg_hba.conf" "$S/pg/primary/pg_hba.conf"
    as_postgres "$PG_BIN/pg_ctl" -D "$S/pg/primary" -l "$S/pg/primary.log" -w start >/dev/null
    as_postgres psql -h "$S/pg" -p "$PG_PRIMARY_PORT" -d postgres -X -q \
      -c "CREATE ROLE $PG_USER LOGIN REPLICATION CREATEDB PASSWORD '$PG_PASSWORD'" \
      -c "CREATE DATABASE $PG_DATABASE OWNER $PG_USER"
  elif ! pg_running "$S/pg/primary"; then
    log "start primary ($PG_PRIMARY_PORT)"
    as_postgres "$PG_BIN/pg_ctl" -D "$S/pg/primary" -l "$S/pg/primary.log" -w start >/dev/null
  fi
  wait_pg "$PG_PRIMARY_PORT"
}

standby_up() {
  if [ ! -d "$S/pg/standby" ]; then
    log "pg_basebackup -R standby ($PG_STANDBY_PORT)"
    as_postgres env PGPASSWORD="$PG_PASSWORD" "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PG_PRIMARY_PORT" -U "$PG_USER" \
      -D "$S/pg/standby" -R -X stream -C -S standby1 -c fast
    # the standby's own port; it must not archive the primary's WAL a second time
    printf "port = %s\narchive_mode = off\n" "$PG_STANDBY_PORT" | as_postgres tee -a "$S/pg/standby/postgresql.auto.conf" >/dev/null
  fi
  if ! pg_running "$S/pg/standby"; then
    as_postgres "$PG_BIN/pg_ctl" -D "$S/pg/standby" -l "$S/pg/standby.log" -w start >/dev/null
  fi
  wait_pg "$PG_STANDBY_PORT"
}

publish() {
  if [ ! -f "$PUBLISH_DIR/Gongkai.Web.dll" ]; then
    log "dotnet publish -c Release src/Gongkai.Web -> $PUBLISH_DIR"
    dotnet publish -c Release "$GONGKAI_REPO/src/Gongkai.Web" -o "$PUBLISH_DIR" -nologo -v q >&2
  fi
}

node_start() { # port; NODE_EXTRA_ENV="KEY=value …" adds settings (no spaces in values)
  local port=$1
  mkdir -p "$S/web"
  if [ -f "$S/web/$port.pid" ] && kill -0 "$(cat "$S/web/$port.pid")" 2>/dev/null; then return 0; fi
  local readonly_cs=""
  [ "$STANDBY_READS" = 1 ] && readonly_cs=$(pg_standby_cs)
  ( cd "$PUBLISH_DIR" && exec env -i PATH="$PATH" HOME="${HOME:-/root}" DOTNET_CLI_TELEMETRY_OPTOUT=1 \
      ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
      ConnectionStrings__Gongkai="${NODE_CONNECTION_STRING:-$(pg_primary_cs)}" \
      ConnectionStrings__GongkaiReadOnly="$readonly_cs" \
      Portal__AccessCodeKey="$ACCESS_CODE_KEY" Portal__LoadDemo="${LOAD_DEMO:-true}" \
      Admin__InitialPassword="$ADMIN_PASSWORD" \
      Portal__ForwardedHeaders__KnownProxies=127.0.0.1 \
      Portal__RateLimits__SubmissionPerMinute=100000 Portal__RateLimits__SearchPerMinute=100000 Portal__RateLimits__LookupPerMinute=100000 \
      Hosting__ShutdownTimeoutSeconds=30 GONGKAI_NODE="$port" ${NODE_EXTRA_ENV:-} \
      setsid dotnet Gongkai.Web.dll >>"$S/web/$port.log" 2>&1 & echo $! >"$S/web/$port.pid" )
  for _ in $(seq 1 120); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz/ready" 2>/dev/null && { log "node $port ready"; return 0; }
    kill -0 "$(cat "$S/web/$port.pid")" 2>/dev/null || { log "node $port exited: see $S/web/$port.log"; return 1; }
    sleep 1
  done
  log "node $port not ready after 120 s"; return 1
}

node_stop() { # port
  local pidf="$S/web/$1.pid"
  [ -f "$pidf" ] || return 0
  local pid; pid=$(cat "$pidf")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  fi
  rm -f "$pidf"; log "node $1 stopped"
}

nginx_up() {
  mkdir -p "$S/nginx"/{body,proxy,fastcgi,uwsgi,scgi}
  chown -R www-data "$S/nginx"
  local ups=""
  for p in $WEB_PORTS; do ups+="        server 127.0.0.1:$p max_fails=1 fail_timeout=5s;"$'\n'; done
  sed -e "s#@STATE@#$S#g" -e "s#@NGINX_PORT@#$NGINX_PORT#g" -e "s#@REPO@#$GONGKAI_REPO#g" \
      -e "/@UPSTREAMS@/{r /dev/stdin" -e "d}" "$GONGKAI_REPO/deploy/nginx.conf" <<<"${ups%$'\n'}" >"$S/nginx/nginx.conf"
  nginx -t -q -c "$S/nginx/nginx.conf"
  if [ -f "$S/nginx/nginx.pid" ] && kill -0 "$(cat "$S/nginx/nginx.pid")" 2>/dev/null; then
    nginx -c "$S/nginx/nginx.conf" -s reload
  else
    nginx -c "$S/nginx/nginx.conf"
  fi
  log "nginx on http://127.0.0.1:$NGINX_PORT"
}

nginx_down() {
  [ -f "$S/nginx/nginx.pid" ] && kill -0 "$(cat "$S/nginx/nginx.pid")" 2>/dev/null && nginx -c "$S/nginx/nginx.conf" -s quit || true
}

pg_stop() { pg_running "$1" && as_postgres "$PG_BIN/pg_ctl" -D "$1" -m fast -w stop >/dev/null || true; }

case "${1:-up}" in
  up)
    primary_up; standby_up; publish
    first=1
    for p in $WEB_PORTS; do
      # the first node migrates the schema (and loads the demo once); the others start after it is ready
      node_start "$p"; first=0
    done
    nginx_up
    log "up: nginx http://127.0.0.1:$NGINX_PORT, nodes $WEB_PORTS, primary $PG_PRIMARY_PORT, standby $PG_STANDBY_PORT; admin / $ADMIN_PASSWORD"
    ;;
  down)
    nginx_down
    for p in $WEB_PORTS; do node_stop "$p"; done
    pg_stop "$S/pg/standby"; pg_stop "$S/pg/primary"
    ;;
  destroy)
    "$0" down
    rm -rf "$S/pg" "$S/wal-archive" "$S/web" "$S/nginx" "$S/backups" "$S/restore"
    ;;
  nodes-start) shift; for p in ${@:-$WEB_PORTS}; do node_start "$p"; done ;;
  nodes-stop) shift; for p in ${@:-$WEB_PORTS}; do node_stop "$p"; done ;;
  primary-start) primary_up ;;
  primary-stop) pg_stop "$S/pg/primary" ;;
  standby-start) standby_up ;;
  status)
    for d in primary standby; do printf '%-8s ' "$d"; pg_running "$S/pg/$d" && echo running || echo stopped; done
    for p in $WEB_PORTS; do printf 'node %s ' "$p"; curl -s -o /dev/null -w '%{http_code}\n' "http://127.0.0.1:$p/healthz/ready" || true; done
    printf 'nginx   '; curl -s -o /dev/null -w '%{http_code}\n' "http://127.0.0.1:$NGINX_PORT/healthz" || true
    ;;
  *) echo "usage: $0 up|down|destroy|status|nodes-start|nodes-stop|primary-start|primary-stop" >&2; exit 2 ;;
esac
