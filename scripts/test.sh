#!/usr/bin/env bash
# Runs every test: format and lint checks, the native Rust tests, the source
# checks (when the raw sources are there), the release build, then the browser
# tests against that build served under /calc/. Exits non-zero on any failure.
# CI runs this through .ci/run.
#
# Source checks compare the bundled data with the raw sources (the article,
# the survey and government files). They need a folder holding `data/` and
# `seed/`: $BDSC_SHARED if set, else ../shared beside the checkout. Without
# it they are reported as SKIPPED, with their count and the reason, never as
# passed. The last line is the summary: "total: N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

section() { printf '\n==== %s ====\n' "$*"; }
failed=()
logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT

section "setup"
# shellcheck source=scripts/setup.sh
source scripts/setup.sh || exit 1

shared="${BDSC_SHARED:-$PWD/../shared}"
if [[ -d "$shared/data" && -d "$shared/seed" ]]; then
  BDSC_SHARED="$(cd "$shared" && pwd)"
  export BDSC_SHARED
  sources=1
  echo "raw sources: $BDSC_SHARED (source checks will run)"
else
  sources=0
  skip_reason="raw sources not found at $shared; put the shared folder there or set BDSC_SHARED=/path/to/shared"
  echo "raw sources: none ($skip_reason)"
fi

section "cargo fmt --check"
cargo fmt --all --check || failed+=("cargo fmt")

section "cargo clippy (native and wasm32, -D warnings)"
cargo clippy --workspace --all-targets -- -D warnings || failed+=("clippy (native)")
# The Yew app only compiles for wasm32, so it is linted there.
cargo clippy -p backend-salary-calc --target wasm32-unknown-unknown --lib --bins -- -D warnings ||
  failed+=("clippy (wasm32)")
# The page's first module: the same sources with the feature `lite`.
cargo clippy -p backend-salary-calc --target wasm32-unknown-unknown --features lite --lib --bins -- -D warnings ||
  failed+=("clippy (wasm32, lite)")

section "cargo test --workspace (native)"
# Source checks are #[ignore]d by default so that a clone with nothing beside
# it reports them as ignored; when the sources exist, they run too.
include=()
((sources)) && include=(-- --include-ignored)
cargo test --workspace "${include[@]}" 2>&1 | tee "$logs/cargo.log"
((PIPESTATUS[0] == 0)) || failed+=("cargo test")

section "source check: cargo run -p xtask -- data --check"
data_check=0
if ((sources)); then
  if cargo run -q -p xtask -- data --check; then data_check=1; else
    data_check=-1
    failed+=("data --check")
  fi
else
  echo "SKIPPED: $skip_reason"
fi

section "trunk build --release"
# A stale dist/ must never be tested, so remove it first.
rm -rf dist
if ! trunk build --release; then
  echo "trunk build failed: browser tests cannot run." >&2
  exit 1
fi

section "browser tests (node --test tests/browser/)"
# One file at a time: each file starts its own Chromium, and the machine has
# two cores, so parallel files would only make timings flaky.
node --test --test-reporter=spec --test-concurrency=1 --test-timeout=180000 tests/browser/ 2>&1 |
  tee "$logs/node.log"
((PIPESTATUS[0] == 0)) || failed+=("browser tests")

section "summary"
# cargo: "test result: ok. 5 passed; 0 failed; 2 ignored; ..." per binary.
read -r c_pass c_fail c_ign < <(awk '/^test result:/ {
    for (i = 1; i <= NF; i++) {
      if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i; if ($(i+1) ~ /^ignored/) g += $i
    }
  } END { print p + 0, f + 0, g + 0 }' "$logs/cargo.log")
# node's spec reporter closes with "ℹ pass N", "ℹ fail N", "ℹ skipped N".
n_count() { awk -v k="$1" '$1 == "ℹ" && $2 == k { n = $3 } END { print n + 0 }' "$logs/node.log"; }
n_pass=$(n_count pass) n_fail=$(($(n_count fail) + $(n_count cancelled))) n_skip=$(n_count skipped)
d_pass=0 d_fail=0 d_skip=0
case $data_check in 1) d_pass=1 ;; -1) d_fail=1 ;; *) d_skip=1 ;; esac

echo "native (cargo test): $c_pass passed, $c_fail failed, $c_ign ignored"
echo "data --check: $d_pass passed, $d_fail failed, $d_skip skipped"
echo "browser (node --test): $n_pass passed, $n_fail failed, $n_skip skipped"
if ((sources)); then
  echo "source checks: all ran (raw sources at $BDSC_SHARED)"
else
  echo "SKIPPED: $((c_ign + d_skip)) source checks ($c_ign native tests + data --check): $skip_reason"
fi
((${#failed[@]})) && echo "FAILED: ${failed[*]}"
echo "total: $((c_pass + d_pass + n_pass)) passed, $((c_fail + d_fail + n_fail)) failed, $((c_ign + d_skip + n_skip)) skipped"
((${#failed[@]} == 0))
