#!/usr/bin/env bash
# Installs, builds and starts the whole platform (API, worker, demo data) on http://127.0.0.1:3000.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
npm run build
exec node scripts/start-platform.mjs
