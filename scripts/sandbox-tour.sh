#!/usr/bin/env bash
# The holder's story on the command line, against the local sandbox: a temporary wallet, the
# sandbox connected, its sample offer accepted (issued, checked, stored), a request of its
# verifier presented to, and the verifier's auth-status. Each step is printed; any failure
# stops the tour with its message and a non-zero exit.
#   scripts/sandbox-tour.sh BIN_DIR [AGENT_JSON]
# BIN_DIR holds vcdesk and vcdesk-agent. Without AGENT_JSON (or $VCDESK_AGENT_DESCRIPTION) it
# starts a vcdesk-agent of its own in a temporary folder, and stops it at the end.
set -euo pipefail
bin=${1:?usage: sandbox-tour.sh BIN_DIR [AGENT_JSON]}
description=${2:-${VCDESK_AGENT_DESCRIPTION:-}}
tour=$(mktemp -d)
agent_pid=
cleanup() {
    [ -n "$agent_pid" ] && kill "$agent_pid" 2>/dev/null || true
    rm -rf "$tour"
}
trap cleanup EXIT

if [ -z "$description" ]; then
    "$bin/vcdesk-agent" --bind 127.0.0.1 --port 0 --data "$tour/agent" --auto-issue \
        >"$tour/agent.log" 2>&1 &
    agent_pid=$!
    for _ in $(seq 100); do
        [ -s "$tour/agent/agent.json" ] && break
        sleep 0.1
    done
    description="$tour/agent/agent.json"
fi
[ -s "$description" ] || { echo "sandbox-tour: no sandbox description at $description" >&2; exit 1; }
export VCDESK_AGENT_DESCRIPTION=$description

printf '%s\n' "sandbox tour passphrase" >"$tour/passphrase"
wallet=(--wallet "$tour/wallet.db" --passphrase-file "$tour/passphrase")
vcdesk() { "$bin/vcdesk" "$@"; }
step() { printf '\n== %s\n' "$*"; }

step "1. A new wallet (temporary, in $tour)"
vcdesk wallet create "${wallet[@]}" --kdf-time-ms 200

step "2. Connect it to the sandbox: its accounts, and a sample offer"
vcdesk sandbox connect "${wallet[@]}"

step "3. The offer inbox"
for _ in $(seq 20); do
    listing=$(vcdesk offers "${wallet[@]}" --allow-loopback-http)
    grep -q OfferReceived <<<"$listing" && break
    sleep 0.25
done
echo "$listing"

step "4. Accept the offer: the sandbox issues, vcdesk checks and stores the credential"
vcdesk offers accept --newest "${wallet[@]}" --allow-loopback-http

step "5. The sandbox's verifier asks for a membership credential"
{ read -r link; read -r correlation; } < <(vcdesk sandbox request membershipCredential)
echo "$link"

step "6. Present it (vcdesk shows who asks and what leaves the wallet; --yes agrees)"
vcdesk present --yes --allow-loopback-http "${wallet[@]}" "$link"

step "7. What the verifier says (auth-status)"
vcdesk sandbox status "$correlation" membershipCredential
echo
echo "sandbox-tour: done: offer received and checked, presentation verified."
