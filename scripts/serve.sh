#!/usr/bin/env bash
# Builds the release version and serves it, the way a static host would:
# plain files under a sub-path (http://127.0.0.1:8080/calc/), which proves
# the build only uses relative URLs. PORT=9000 bash scripts/serve.sh to move it.
#
# Also serves the sample host page examples/blog.html with two embedded
# calculators, from another site (http://localhost:8081/blog/, port
# BLOG_PORT), so the embeds are genuinely cross-origin.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# shellcheck source=scripts/setup.sh
source scripts/setup.sh

echo "==== trunk build --release ===="
trunk build --release

port="${PORT:-8080}"
host="${HOST:-127.0.0.1}"
blog_port="${BLOG_PORT:-$((port + 1))}"

echo "==== serving dist/ and the sample blog page ===="
node tests/browser/blog-server.mjs --calc-url "http://$host:$port/calc/" --port "$blog_port" --host "$host" &
blog_pid=$!
trap 'kill "$blog_pid" 2>/dev/null || true' EXIT INT TERM
node tests/browser/server.mjs --root dist --prefix /calc/ --port "$port" --host "$host"
