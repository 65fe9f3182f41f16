#!/usr/bin/env bash
# The one run command: installs what is missing, builds a release, and starts vcdesk.
# With no display it says so and tells the holder's story on the command line instead
# (scripts/sandbox-tour.sh: an offer received, a presentation verified).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

scripts/install-deps.sh

cmake --preset release -DVCDESK_BUILD_TESTS=OFF -DVCDESK_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build --preset release

bin="$root/build/release/app"

# The embedded default: the local vcdesk-agent on loopback, with its state in the app's data
# folder, for as long as vcdesk runs. Its base URL, API keys and tokens are in agent.json there.
agent_data="${XDG_DATA_HOME:-$HOME/.local/share}/vcdesk/agent"
agent_log=$(mktemp)
"$bin/vcdesk-agent" --bind 127.0.0.1 --port 0 --data "$agent_data" --auto-issue >"$agent_log" 2>&1 &
agent_pid=$!
trap 'kill "$agent_pid" 2>/dev/null || true; rm -f "$agent_log"' EXIT
for _ in $(seq 50); do
    [ -s "$agent_log" ] && break
    sleep 0.1
done
if ! kill -0 "$agent_pid" 2>/dev/null; then
    echo "vcdesk: the local agent did not start:" >&2
    cat "$agent_log" >&2
    exit 1
fi
export VCDESK_AGENT_URL=$(head -n1 "$agent_log")
# The window offers to connect a new wallet to it (accounts and a sample offer in one step).
export VCDESK_AGENT_DESCRIPTION="$agent_data/agent.json"
echo "vcdesk: local agent at $VCDESK_AGENT_URL (state in $agent_data)"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != "offscreen" ]; then
    echo "vcdesk: no display found (DISPLAY/WAYLAND_DISPLAY unset), so the window cannot open."
    echo "vcdesk: here is what it does, on the command line instead, against the local sandbox:"
    scripts/sandbox-tour.sh "$bin" "$VCDESK_AGENT_DESCRIPTION"
    exit 0
fi
"$bin/vcdesk" "$@"
