#!/usr/bin/env bash
# The one test command: installs what is missing, builds, and runs the whole suite through ctest.
# Exits non-zero on any failure. Also builds the libFuzzer targets and runs each for a short
# smoke time (VCDESK_FUZZ_SECONDS, default 10) unless VCDESK_SKIP_FUZZ=1.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

scripts/install-deps.sh
# The interop tests' verifiers and issuers (tests/interop) run on Node.js; their npm packages
# come from the committed lock file, without install scripts.
if ! command -v npm >/dev/null; then
    VCDESK_EXTRA_PACKAGES="nodejs npm" scripts/install-deps.sh
fi
(cd tests/interop && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)

cmake --preset dev >/dev/null
cmake --build --preset dev
ctest --preset dev

if [ "${VCDESK_SKIP_FUZZ:-0}" != "1" ]; then
    cmake --preset fuzz >/dev/null
    cmake --build --preset fuzz
    ctest --preset fuzz
fi
