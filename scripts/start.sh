#!/usr/bin/env bash
# Installs, builds and starts the whole platform (API, worker, demo data) on http://127.0.0.1:3000.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
# Everything below runs on the Node that package.json pins (installed as node_modules/.bin/node), also when this
# script is run with bash rather than through npm.
export PATH="$PWD/node_modules/.bin:$PATH"
npm run build
exec node scripts/start-platform.mjs
