#!/usr/bin/env bash
# Installs the dependencies when package-lock.json changed since the last install, on the Node that package.json pins
# (the npm registry's `node` package, a devDependency: scripts, tests and the start command run on node_modules/.bin/node).
# npm checks `engines` against the Node that runs npm, so this first installs that same `node` package into .runtime/
# and runs the main install with it first on PATH: the machine's own Node only has to be able to run npm once.
# (`npm install` rather than `npm ci`: this machine's registry mirror leaves other platforms' optional packages out
# of the lock file, which `npm ci` then refuses; `npm install` still installs exactly the locked versions.)
set -euo pipefail
cd "$(dirname "$0")/.."
node_version=$(node -p 'require("./package.json").devDependencies.node')
if [ "$(.runtime/node_modules/.bin/node --version 2>/dev/null)" != "v$node_version" ]; then
  mkdir -p .runtime
  printf '{ "private": true, "dependencies": { "node": "%s" }, "allowScripts": { "node": true } }\n' "$node_version" >.runtime/package.json
  npm install --prefix .runtime --no-audit --no-fund --no-package-lock
fi
export PATH="$PWD/.runtime/node_modules/.bin:$PATH"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm install --no-audit --no-fund
fi
