#!/usr/bin/env bash
# Installs what building and testing need, and only what is missing, so the
# second run takes seconds. Safe to `source` (it sets no shell options and
# leaves PATH with ~/.cargo/bin and node_modules/.bin on it) or to run.
#
#   source scripts/setup.sh    # or: bash scripts/setup.sh
#
# Only package registries are reachable (crates.io, npm, Debian), so every
# tool comes from one of them: nothing is downloaded from release pages.

_bdsc_setup() {
  local root
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)" || return 1

  local trunk_version="0.21.14"   # 0.22 needs a newer rustc than stable here
  local step="[setup]"

  export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"

  if ! command -v cargo >/dev/null 2>&1; then
    echo "$step cargo not found: install Rust with rustup first." >&2
    return 1
  fi

  # 1. The wasm target for the browser build.
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    echo "$step adding rustup target wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown || return 1
  fi

  # 2. Trunk, from crates.io (~10 minutes the first time).
  if [[ "$(trunk --version 2>/dev/null)" != "trunk $trunk_version" ]]; then
    echo "$step installing trunk $trunk_version (cargo install, ~10 min once)"
    cargo install --locked trunk --version "$trunk_version" || return 1
  fi

  # 3. wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock
  #    exactly, or the generated JS glue and the wasm disagree. Not --locked:
  #    its own lock file pins crates that no longer build on current rustc.
  local wb_version
  wb_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$root/Cargo.lock")"
  if [[ -z "$wb_version" ]]; then
    echo "$step no wasm-bindgen in Cargo.lock; skipping wasm-bindgen-cli"
  elif [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wb_version" ]]; then
    echo "$step installing wasm-bindgen-cli $wb_version (cargo install, ~3 min once)"
    cargo install wasm-bindgen-cli --version "$wb_version" --force || return 1
  fi

  # 4. Chromium for the browser tests. Debian's build, because Playwright's
  #    own browser download is not reachable.
  if [[ ! -x /usr/bin/chromium ]]; then
    echo "$step installing chromium and chromium-driver (apt-get)"
    local sudo=""
    [[ "$(id -u)" -ne 0 ]] && sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get update -qq || return 1
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
      chromium chromium-driver fonts-dejavu-core || return 1
  fi

  # 5. npm packages: playwright-core, axe-core, terser (release JS, see
  #    scripts/minify.mjs) and binaryen (wasm-opt; the
  #    Debian binaryen is too old for current wasm-bindgen output).
  if [[ ! -d "$root/node_modules" || "$root/package-lock.json" -nt "$root/node_modules/.package-lock.json" ]]; then
    echo "$step npm ci"
    (cd "$root" && npm ci --no-audit --no-fund) || return 1
  fi

  if ! command -v wasm-opt >/dev/null 2>&1; then
    echo "$step wasm-opt missing from node_modules/.bin" >&2
    return 1
  fi
  echo "$step ok: $(trunk --version), $(wasm-bindgen --version 2>/dev/null || echo 'no wasm-bindgen'), wasm-opt $(wasm-opt --version | awk '{print $3}'), $(/usr/bin/chromium --version 2>/dev/null | awk '{print $1, $2}'), node $(node --version)"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  # Run as a script: fail loudly.
  _bdsc_setup || { echo "[setup] FAILED" >&2; exit 1; }
else
  # Sourced: report failure through the return status, never exit the caller.
  _bdsc_setup || { echo "[setup] FAILED" >&2; unset -f _bdsc_setup; return 1; }
  unset -f _bdsc_setup
fi
