#!/usr/bin/env bash
# The one test command: installs what is missing, builds, and runs the whole suite through ctest.
# Exits non-zero on any failure. Then builds vcdesk without the GUI (the `nogui` preset) and
# checks that command line once. Also builds the libFuzzer targets and runs each for a short
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

# The command line builds and works with the GUI off (no models/, ui/, QtWidgets).
cmake --preset nogui >/dev/null
cmake --build --preset nogui
nogui_smoke() {
    local bin=build/nogui/app/vcdesk home=build/nogui/smoke-home status
    # Its own data and cache folders: the user's trust list must not change the verdict.
    rm -rf "$home" && mkdir -p "$home"
    if grep -q 'libQt6\(Gui\|Widgets\)' <<<"$(ldd "$bin")"; then
        echo "nogui: $bin links QtGui or QtWidgets" >&2
        return 1
    fi
    if ! grep -qx 'vcdesk [0-9][0-9.]*' <<<"$("$bin" --version)"; then
        echo "nogui: vcdesk --version did not print a version" >&2
        return 1
    fi
    status=0
    XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" "$bin" inspect --offline \
        --at 2025-01-01T00:00:00Z tests/data/samples/email-credential.jwt >/dev/null || status=$?
    if [ "$status" -ne 0 ]; then
        echo "nogui: vcdesk inspect of a valid credential exited $status, not 0" >&2
        return 1
    fi
    status=0
    "$bin" 2>/dev/null || status=$?
    if [ "$status" -ne 64 ]; then
        echo "nogui: vcdesk without a command exited $status, not 64 (this build has no window)" >&2
        return 1
    fi
    echo "nogui: the command line without the GUI works"
}
nogui_smoke

if [ "${VCDESK_SKIP_FUZZ:-0}" != "1" ]; then
    cmake --preset fuzz >/dev/null
    cmake --build --preset fuzz
    ctest --preset fuzz
fi
