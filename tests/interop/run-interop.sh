#!/usr/bin/env bash
# vcdesk presents to verifiers other people wrote (see README.md). Each case starts a verifier
# on loopback, runs `vcdesk present`, and checks both sides: vcdesk's exit code and the
# verifier's own verdict (which includes catching a tampered copy of vcdesk's presentation).
# usage: run-interop.sh PATH_TO_VCDESK
set -euo pipefail
vcdesk=$1
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v node >/dev/null || [ ! -d "$here/node_modules/@openid4vc/openid4vp" ]; then
    echo "interop: Node.js or the npm packages are missing: run scripts/test.sh (or npm ci in tests/interop)" >&2
    exit 1
fi
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/xdg-data" XDG_CACHE_HOME="$work/xdg-cache" XDG_CONFIG_HOME="$work/xdg-config"
cd "$work"
echo pass >passphrase
wallet=(--wallet "$work/wallet.db" --passphrase-file "$work/passphrase")
json() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const v=JSON.parse(s);console.log(eval("v"+process.argv[1]))})' "$1"; }
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# A wallet whose holder key is a did:jwk (P-256), and credentials for it from two other stacks.
"$vcdesk" wallet create "${wallet[@]}" --did-method jwk --key-type ES256 --kdf-time-ms 50 >/dev/null
holder=$("$vcdesk" wallet keys "${wallet[@]}" --json | json '[0].did')
node "$here/issue.mjs" "$holder" "$work" >/dev/null
# JSON-LD credentials from the digitalbazaar stack: VC 2.0 (eddsa-rdfc-2022) and 1.1
# (Ed25519Signature2020).
mkdir "$work/ld"
node "$here/jsonld-issue.mjs" "$holder" "$work/ld" >/dev/null
"$vcdesk" wallet import "${wallet[@]}" "$work/jwt-vc.jwt" "$work/pid.sd-jwt" \
    "$work/ld/v2-eddsa-rdfc-2022.json" "$work/ld/v1-ed25519-signature-2020.json" >/dev/null

# Starts a verifier in the background (its arguments follow) and sets $uri and $verifier_pid.
start_verifier() {
    local out=$1
    shift
    node "$@" >"$out" 2>"$out.err" &
    verifier_pid=$!
    for _ in $(seq 100); do
        [ -s "$out" ] && break
        sleep 0.1
    done
    uri=$(head -1 "$out" | json '.uri')
}

# Case: vcdesk must be accepted, and the verifier must report verified + tamper caught.
expect_accepted() {
    local name=$1 out="$work/$1.out"
    shift
    start_verifier "$out" "$@"
    if ! "$vcdesk" present "${wallet[@]}" --allow-loopback-http \
        --x509-anchor "$here/../data/x509/ca.crt" --yes --json "$uri" >"$work/$name.present" 2>&1; then
        fail "$name: vcdesk present exited $? ($(tail -c 400 "$work/$name.present"))"
    fi
    if ! wait "$verifier_pid"; then
        fail "$name: the verifier did not verify: $(tail -1 "$out") $(tail -3 "$out.err")"
    else
        echo "ok: $name: $(tail -1 "$out")"
    fi
}

# Case: vcdesk must refuse the request with this error code and send nothing.
expect_refused() {
    local name=$1 code=$2 anchor=$3 out="$work/$1.out"
    shift 3
    start_verifier "$out" "$@"
    local args=(present "${wallet[@]}" --allow-loopback-http --yes --json)
    [ -n "$anchor" ] && args+=(--x509-anchor "$anchor")
    if "$vcdesk" "${args[@]}" "$uri" >"$work/$name.present" 2>&1; then
        fail "$name: vcdesk accepted a request it must refuse"
    elif ! grep -q "\"$code\"" "$work/$name.present"; then
        fail "$name: expected $code, got $(tail -c 400 "$work/$name.present")"
    elif [ "$(wc -l <"$out")" != 1 ]; then
        fail "$name: something reached the verifier: $(tail -1 "$out")"
    else
        echo "ok: $name: refused with $code"
    fi
    kill "$verifier_pid" 2>/dev/null || true
    wait "$verifier_pid" 2>/dev/null || true
}

ca="$here/../data/x509/ca.crt"
v1=("$here/verifier-openid4vp.mjs" --issuer "$work/issuer.json" --x509 "$here/../data/x509")
expect_accepted openid4vp-sd-jwt "${v1[@]}" --format sd-jwt
expect_accepted openid4vp-jwt-vc "${v1[@]}" --format jwt-vc
expect_accepted openid4vp-ldp-vc "${v1[@]}" --format ldp-vc
expect_accepted openid4vp-ldp-vc-v1 "${v1[@]}" --format ldp-vc-v1
# The same from a holder whose key is Ed25519: its presentation is signed eddsa-rdfc-2022.
wallet=(--wallet "$work/wallet-ed25519.db" --passphrase-file "$work/passphrase")
"$vcdesk" wallet create "${wallet[@]}" --did-method key --key-type EdDSA --kdf-time-ms 50 >/dev/null
mkdir "$work/ld-ed25519"
node "$here/jsonld-issue.mjs" "$("$vcdesk" wallet keys "${wallet[@]}" --json | json '[0].did')" "$work/ld-ed25519" >/dev/null
"$vcdesk" wallet import "${wallet[@]}" "$work/ld-ed25519/v2-eddsa-rdfc-2022.json" >/dev/null
expect_accepted openid4vp-ldp-vc-ed25519 "${v1[@]}" --format ldp-vc
wallet=(--wallet "$work/wallet.db" --passphrase-file "$work/passphrase")
expect_accepted openid4vp-sd-jwt-encrypted "${v1[@]}" --format sd-jwt --encrypt
expect_refused openid4vp-tampered-request oid4vp.invalid_request_signature "$ca" "${v1[@]}" --format sd-jwt --tamper-request
expect_refused openid4vp-untrusted-ca oid4vp.invalid_client "" "${v1[@]}" --format sd-jwt
expect_accepted siop-jwt-vc "$here/verifier-siop.mjs" --issuer "$work/issuer.json"

if [ "$failures" -ne 0 ]; then
    echo "$failures interop case(s) failed" >&2
    exit 1
fi
echo "all interop cases passed"
