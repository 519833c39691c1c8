#!/usr/bin/env bash
# Makes sure the system tools the tests need exist: Chromium (browser tests) and redis-server
# (Redis store tests). Installs them with apt-get when running as root; otherwise says what to run.
set -euo pipefail

chrome="${CHROME_PATH:-/usr/bin/chromium}"
install_cmd="apt-get update && apt-get install -y chromium redis-server"

missing() {
  local names=()
  command -v "$chrome" >/dev/null 2>&1 || names+=("chromium ($chrome)")
  command -v redis-server >/dev/null 2>&1 || names+=("redis-server")
  if ((${#names[@]})); then printf '%s\n' "${names[@]}"; fi
}

if [[ -z "$(missing)" ]]; then
  echo "system deps: ok (chromium: $chrome, redis-server: $(command -v redis-server))"
  exit 0
fi

echo "system deps missing:"
missing | sed 's/^/  - /'

if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "installing with: $install_cmd"
  log="$(mktemp)"
  export DEBIAN_FRONTEND=noninteractive
  # Quiet on success; the full apt log on failure.
  if ! { apt-get update && apt-get install -y chromium redis-server; } >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "system deps: apt-get failed (log above)" >&2
    exit 1
  fi
  rm -f "$log"
  if [[ -n "$(missing)" ]]; then
    echo "system deps: still missing after install:" >&2
    missing | sed 's/^/  - /' >&2
    [[ -n "${CHROME_PATH:-}" ]] && echo "CHROME_PATH=$CHROME_PATH does not exist; unset it to use /usr/bin/chromium" >&2
    exit 1
  fi
  echo "system deps: installed (chromium: $chrome, redis-server: $(command -v redis-server))"
  exit 0
fi

{
  echo "Cannot install them from here (needs root and apt-get). Run:"
  if command -v apt-get >/dev/null 2>&1; then
    echo "  sudo sh -c '$install_cmd'"
  else
    echo "  your package manager's chromium and redis-server packages"
  fi
  echo "or point CHROME_PATH at a Chrome/Chromium binary and put redis-server on PATH."
} >&2
exit 1
