#!/usr/bin/env bash
# Wallets other people wrote present to vcdesk-agent's verifier (see README.md). One agent on
# loopback (port 0, a trust list naming one issuer); each case is its own auth request, answered
# by wallet-openid4vp.mjs or wallet-siop.mjs, and checks both sides: what the library got back
# from the agent and the agent's auth-status (verified with the asked claims, or not verified
# with an error that names the problem).
# usage: run-wallets.sh PATH_TO_VCDESK_AGENT
set -euo pipefail
agent=$1
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v node >/dev/null || [ ! -d "$here/node_modules/@openid4vc/openid4vp" ] ||
    [ ! -d "$here/node_modules/@sd-jwt/sd-jwt-vc" ]; then
    echo "interop: Node.js or the npm packages are missing: run scripts/test.sh (or npm ci in tests/interop)" >&2
    exit 1
fi
work=$(mktemp -d)
agent_pid=
cleanup() {
    if [ -n "$agent_pid" ]; then
        kill "$agent_pid" 2>/dev/null || true
        wait "$agent_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
export XDG_DATA_HOME="$work/xdg-data" XDG_CACHE_HOME="$work/xdg-cache" XDG_CONFIG_HOME="$work/xdg-config"
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# The parties (did:jwk, made in Node) and the trust list naming the one issuer it trusts.
node "$here/wallet-fixtures.mjs" "$work" >/dev/null

# The agent, on a free port; it prints its base URL and writes agent.json (keys, tokens).
args=(--data "$work/agent" --port 0 --allow-loopback-http)
if "$agent" --help 2>/dev/null | grep -q -- '--trust-list'; then
    args+=(--trust-list "$work/trust-list.json")
else
    fail "agent: it takes no --trust-list; started without one (the trust-list cases cannot pass)"
fi
"$agent" "${args[@]}" >"$work/agent.out" 2>"$work/agent.err" &
agent_pid=$!
for _ in $(seq 100); do
    [ -s "$work/agent.out" ] && break
    kill -0 "$agent_pid" 2>/dev/null || break
    sleep 0.1
done
base=$(head -1 "$work/agent.out" 2>/dev/null || true)
if [[ "$base" != http://* ]] || [ ! -s "$work/agent/agent.json" ]; then
    echo "FAIL: the agent did not start: $(tail -c 400 "$work/agent.err")" >&2
    exit 1
fi
echo "agent at $base"

# One case: WALLET (openid4vp|siop) CASE. The wallet prints one JSON line with its verdict.
run_case() {
    local wallet=$1 name=$2 out="$work/$1-$2"
    if node "$here/wallet-$wallet.mjs" --agent "$work/agent/agent.json" --keys "$work/keys.json" \
        --case "$name" >"$out.json" 2>"$out.err"; then
        echo "ok: $wallet/$name: $(summary "$out.json")"
    else
        fail "$wallet/$name: $(problems "$out.json" "$out.err")"
    fi
}
# shellcheck disable=SC2016 # JavaScript, not shell, in single quotes
summary() {
    node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));const s=r.status??{};
        console.log(s.status==="verified"?`verified ${JSON.stringify(s.verifiedData)}`:`${s.status}: ${s.error}`)' "$1"
}
problems() {
    node -e 'const fs=require("fs");let r;try{r=JSON.parse(fs.readFileSync(process.argv[1],"utf8"))}catch{
        console.log("no verdict: "+fs.readFileSync(process.argv[2],"utf8").slice(-400).replace(/\s+/g," "));process.exit()}
        console.log(r.problems.join("; ").replace(/\s+/g," ").slice(0,600))' "$1" "$2"
}

# @openid4vc/openid4vp: SD-JWT VC (DCQL) and JWT-VP (Presentation Exchange, and DCQL).
for name in sd-jwt jwt-vc jwt-vc-dcql trust-list not-revoked recover \
    stolen untrusted-issuer untrusted-issuer-list foreign-kb-nonce foreign-kb-aud \
    wrong-nonce wrong-aud tampered tampered-sd-jwt expired revoked no-submission wrong-submission; do
    run_case openid4vp "$name"
done
# @sphereon/did-auth-siop: JWT-VP, Presentation Exchange through @sphereon/pex.
for name in jwt-vc stolen untrusted-issuer expired wrong-nonce; do
    run_case siop "$name"
done

if ! kill -0 "$agent_pid" 2>/dev/null; then
    fail "agent: it is no longer running: $(tail -c 400 "$work/agent.err")"
fi
if [ "$failures" -ne 0 ]; then
    echo "$failures wallet interop case(s) failed" >&2
    exit 1
fi
echo "all wallet interop cases passed"
