#!/usr/bin/env bash
# Builds the release version and serves it, the way a static host would:
# plain files under a sub-path (http://127.0.0.1:8080/calc/), which proves
# the build only uses relative URLs. PORT=9000 bash scripts/serve.sh to move it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# shellcheck source=scripts/setup.sh
source scripts/setup.sh

echo "==== trunk build --release ===="
trunk build --release

echo "==== serving dist/ ===="
exec node tests/browser/server.mjs --root dist --prefix /calc/ --port "${PORT:-8080}" --host "${HOST:-127.0.0.1}"
