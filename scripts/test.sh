#!/usr/bin/env bash
# `npm test`: type check, node tests, browser tests. Every step runs even if an earlier one failed.
# The last line of output is always "N passed, N failed" (totals); exit status is non-zero on any failure.
# A step that crashes or times out without reporting counts is one failure.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

work_dir="$(mktemp -d)"
trap 'rm -rf "$work_dir"' EXIT

total_passed=0
total_failed=0

record() { # step-name passed failed
  echo "== $1: $2 passed, $3 failed"
  total_passed=$((total_passed + $2))
  total_failed=$((total_failed + $3))
}

# Runs a command with a time limit when coreutils' `timeout` exists (it does on Linux CI).
with_timeout() { # duration command...
  local duration="$1"
  shift
  if command -v timeout >/dev/null 2>&1; then
    timeout --kill-after=30s "$duration" "$@"
  else
    "$@"
  fi
}

# --- 0. system tools (Chromium, redis-server): installed from Debian's packages when missing -----
# A failure here is not fatal by itself: the steps that need the missing tool fail and say why.
bash scripts/system-deps.sh || echo "== system deps: missing (see above); dependent tests will fail"

# --- 1. type check (one test): everything, then the server alone without the DOM library --------
echo "== typecheck: tsc --noEmit -p tsconfig.json && tsc --noEmit -p tsconfig.server.json"
if with_timeout 10m tsc --noEmit -p tsconfig.json && with_timeout 10m tsc --noEmit -p tsconfig.server.json; then
  record typecheck 1 0
else
  record typecheck 0 1
fi

# --- 2. node tests --------------------------------------------------------------------------------
shopt -s nullglob
node_tests=(test/server/*.test.ts)
shopt -u nullglob
if ((${#node_tests[@]} == 0)); then
  echo "== node tests: no test/server/*.test.ts files"
  record "node tests" 0 0
else
  echo "== node tests: ${#node_tests[@]} files"
  tap="$work_dir/node.tap"
  with_timeout 20m node --import tsx --test \
    --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$tap" \
    "${node_tests[@]}"
  status=$?
  # The run's totals are the last unindented "# pass N" / "# fail N" lines of the TAP stream.
  passed="$(grep -E '^# pass [0-9]+$' "$tap" 2>/dev/null | tail -n 1 | cut -d' ' -f3)"
  failed="$(grep -E '^# fail [0-9]+$' "$tap" 2>/dev/null | tail -n 1 | cut -d' ' -f3)"
  cancelled="$(grep -E '^# cancelled [0-9]+$' "$tap" 2>/dev/null | tail -n 1 | cut -d' ' -f3)"
  if [[ -z "$passed" || -z "$failed" ]]; then
    echo "node tests exited with status $status without a TAP summary"
    record "node tests" 0 1
  else
    failed=$((failed + ${cancelled:-0}))
    if ((status != 0 && failed == 0)); then
      echo "node tests exited with status $status although no test failed"
      failed=1
    fi
    record "node tests" "$passed" "$failed"
  fi
fi

# --- 3. browser tests -----------------------------------------------------------------------------
chrome="$(command -v "${CHROME_PATH:-/usr/bin/chromium}" || true)"
if [[ -z "$chrome" ]]; then
  echo "== browser tests: no Chromium at ${CHROME_PATH:-/usr/bin/chromium}; run 'bash scripts/system-deps.sh' or set CHROME_PATH"
  record "browser tests" 0 1
else
  echo "== browser tests: web-test-runner ($chrome)"
  results="$work_dir/wtr.json"
  PAYMEND_WTR_RESULTS="$results" CHROME_PATH="$chrome" \
    with_timeout 15m web-test-runner --config web-test-runner.config.mjs
  status=$?
  counts="$(node -e '
    const r = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"));
    if (Number.isInteger(r.passed) && Number.isInteger(r.failed)) console.log(r.passed, r.failed);
  ' "$results" 2>/dev/null)"
  if [[ -z "$counts" ]]; then
    echo "web-test-runner exited with status $status without writing counts"
    record "browser tests" 0 1
  else
    read -r passed failed <<<"$counts"
    if ((status != 0 && failed == 0)); then
      echo "web-test-runner exited with status $status although no test failed"
      failed=1
    fi
    record "browser tests" "$passed" "$failed"
  fi
fi

echo "$total_passed passed, $total_failed failed"
((total_failed == 0))
