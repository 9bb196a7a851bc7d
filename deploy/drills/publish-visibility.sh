#!/usr/bin/env bash
# Drill (c): publish on node 1, measure until nodes 2 and 3 (and nginx) show it. usage: deploy/drills/publish-visibility.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../env.sh"
set -- $WEB_PORTS
python3 "$GONGKAI_REPO/deploy/drills/publish_visibility.py" "$ADMIN_PASSWORD" "http://127.0.0.1:$1" \
  "http://127.0.0.1:$2" "http://127.0.0.1:$3" "http://127.0.0.1:$NGINX_PORT"
