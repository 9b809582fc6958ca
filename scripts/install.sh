#!/usr/bin/env bash
# Installs the dependencies when package-lock.json changed since the last install.
# (`npm install` rather than `npm ci`: this machine's registry mirror leaves other platforms' optional packages out
# of the lock file, which `npm ci` then refuses; `npm install` still installs exactly the locked versions.)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm install --no-audit --no-fund
fi
