#!/usr/bin/env bash
# Installs what is missing, builds, and serves the app at http://localhost:8080 (PORT to change it).
# Rule-only mode needs nothing else; see "The model" in README.md to add one.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh run
tools/build.sh
exec node tools/server/serve.mjs --port "${PORT:-8080}" "$@"
