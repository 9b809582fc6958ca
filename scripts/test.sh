#!/usr/bin/env bash
# Installs what the tests need, checks lint and formatting, and runs every test suite against the local PostgreSQL and Redis.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
# Everything below runs on the Node that package.json pins (installed as node_modules/.bin/node), also when this
# script is run with bash rather than through npm.
export PATH="$PWD/node_modules/.bin:$PATH"
# Lint (with the layering rules) and formatting first: they take seconds and fail before any suite starts.
npm run lint
npm run format:check
# The machines start PostgreSQL and Redis before a session; start them if one has stopped.
if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null && command -v pg_ctlcluster >/dev/null; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start
fi
if ! (exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null && command -v redis-server >/dev/null; then
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --dir /tmp
fi
# The browser tests drive Debian's Chromium (playwright-core cannot download browsers here).
if [ ! -x /usr/bin/chromium ]; then
  SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
  $SUDO apt-get install -y chromium || { $SUDO apt-get update && $SUDO apt-get install -y chromium; }
fi
# The Docker files are checked with Compose's own `config` (no engine needed); Debian's docker-compose when the
# docker CLI has no compose plugin.
if ! docker compose version >/dev/null 2>&1 && ! command -v docker-compose >/dev/null; then
  SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
  $SUDO apt-get install -y docker-compose || { $SUDO apt-get update && $SUDO apt-get install -y docker-compose; }
fi
npm run build
npx jest --ci "$@"
