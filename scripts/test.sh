#!/usr/bin/env bash
# Runs every test: native Rust tests, the release build, then the browser
# tests against that build served under /calc/. Exits non-zero on any failure.
# CI runs this through .ci/run; its closing lines come from node's test runner.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

section() { printf '\n==== %s ====\n' "$*"; }
failed=()

section "setup"
# shellcheck source=scripts/setup.sh
source scripts/setup.sh || exit 1

section "cargo test --workspace (native)"
cargo test --workspace || failed+=("cargo test")

section "trunk build --release"
# A stale dist/ must never be tested, so remove it first.
rm -rf dist
if ! trunk build --release; then
  echo "trunk build failed: browser tests cannot run." >&2
  exit 1
fi

section "browser tests (node --test tests/browser/)"
if ((${#failed[@]})); then
  # Said here, not at the end: the last lines belong to node's test summary.
  echo "note: ${failed[*]} FAILED above; running the browser tests anyway, exit status will be 1."
fi
# One file at a time: each file starts its own Chromium, and the machine has
# two cores, so parallel files would only make timings flaky.
node --test --test-concurrency=1 --test-timeout=180000 tests/browser/ || failed+=("browser tests")

((${#failed[@]} == 0))
