#!/usr/bin/env bash
# `npm test`: type check, node tests, browser tests, end-to-end tests, package tests.
# `npm run test:package` (PAYMEND_ONLY=package) runs only the package tests. Every step runs even if an earlier one failed.
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

# Runs a command with a time limit when coreutils' `timeout` exists (it does on Linux CI). The limits
# only end a hung step; they are several times what a step takes on a busy 2-core machine.
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

chrome="$(command -v "${CHROME_PATH:-/usr/bin/chromium}" || true)"

# --- 1. type check (one test): everything, then the server alone without the DOM library --------
if [[ "${PAYMEND_ONLY:-}" != package ]]; then
echo "== typecheck: tsc --noEmit -p tsconfig.json && tsc --noEmit -p tsconfig.server.json"
if with_timeout 10m tsc --noEmit -p tsconfig.json && with_timeout 10m tsc --noEmit -p tsconfig.server.json; then
  record typecheck 1 0
else
  record typecheck 0 1
fi
fi

# Runs the node:test files matching a glob (spec on stdout, TAP into a file) and records the counts.
# The glob is expanded here, unquoted: a quoted glob or a directory would run 0 tests and exit 0.
# A run that ends without a TAP summary, or fails although no test failed, counts one failure.
run_node_tests() { # step-name time-limit glob (or several globs or files, space-separated)
  local step="$1" limit="$2" glob="$3"
  local files status passed failed cancelled tap
  shopt -s nullglob
  files=($glob)
  shopt -u nullglob
  if ((${#files[@]} == 0)); then
    echo "== $step: no $glob files"
    record "$step" 0 0
    return
  fi
  echo "== $step: ${#files[@]} files"
  tap="$work_dir/${step// /-}.tap"
  with_timeout "$limit" node --import tsx --test \
    --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$tap" \
    "${files[@]}"
  status=$?
  # The run's totals are the last unindented "# pass N" / "# fail N" lines of the TAP stream.
  passed="$(grep -E '^# pass [0-9]+$' "$tap" 2>/dev/null | tail -n 1 | cut -d' ' -f3)"
  failed="$(grep -E '^# fail [0-9]+$' "$tap" 2>/dev/null | tail -n 1 | cut -d' ' -f3)"
  cancelled="$(grep -E '^# cancelled [0-9]+$' "$tap" 2>/dev/null | tail -n 1 | cut -d' ' -f3)"
  if [[ -z "$passed" || -z "$failed" ]]; then
    echo "$step exited with status $status without a TAP summary"
    record "$step" 0 1
    return
  fi
  failed=$((failed + ${cancelled:-0}))
  if ((status != 0 && failed == 0)); then
    echo "$step exited with status $status although no test failed"
    failed=1
  fi
  record "$step" "$passed" "$failed"
}

if [[ "${PAYMEND_ONLY:-}" != package ]]; then
# --- 2. node tests --------------------------------------------------------------------------------
run_node_tests "node tests" 20m 'test/server/*.test.ts'

# --- 3. browser tests -----------------------------------------------------------------------------
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

# --- 4. end-to-end tests: the demo and a host page in Chromium, driven with playwright-core --------
if [[ -z "$chrome" ]]; then
  echo "== end-to-end tests: no Chromium at ${CHROME_PATH:-/usr/bin/chromium}; run 'bash scripts/system-deps.sh' or set CHROME_PATH"
  record "end-to-end tests" 0 1
else
  # The tests on the merchant's host page (those importing bench/host: size and request budgets, the
  # strict CSP) serve the CDN build: build it once here. If the build fails, that is one failure,
  # and the end-to-end tests that do not need dist/ (the demo bundles its own) still run.
  echo "== CDN build: rollup -c --silent"
  e2e_files='test/e2e/*.test.ts'
  if ! with_timeout 5m rollup -c --silent; then
    echo "== CDN build: rollup -c failed (see above); skipping the end-to-end tests that serve dist/ (they import bench/host)"
    record "CDN build" 0 1
    e2e_files="$(grep -L 'bench/host/' test/e2e/*.test.ts | tr '\n' ' ')"
  fi
  CHROME_PATH="$chrome" run_node_tests "end-to-end tests" 20m "$e2e_files"
fi

fi # PAYMEND_ONLY

# --- 5. package tests: the packed tarball installed into throwaway apps (test/package/harness.ts) ---
# Built and packed once here; the apps install it with npm from temporary folders, as a merchant would.
echo "== package build: npm run build && npm pack"
if with_timeout 10m npm run build --silent && tarball="$(npm pack --silent --pack-destination "$work_dir")"; then
  PAYMEND_TARBALL="$work_dir/$tarball" CHROME_PATH="$chrome" run_node_tests "package tests" 30m 'test/package/*.test.ts'
else
  echo "== package build failed (see above); the package tests did not run"
  record "package build" 0 1
fi

echo "$total_passed passed, $total_failed failed"
((total_failed == 0))
