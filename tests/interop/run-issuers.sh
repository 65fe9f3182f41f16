#!/usr/bin/env bash
# vcdesk receives credentials from an OpenID4VCI 1.0 issuer other people's libraries built
# (issuer-openid4vci.mjs, see README.md). Each case starts the issuer on loopback, runs
# `vcdesk receive` on its offer, and checks both sides: vcdesk's exit code and JSON, the issuer's
# events (a credential issued, then vcdesk's credential_accepted notification), and the wallet's
# credential count (one more, or unchanged when vcdesk must refuse); and what it received, it
# then presents to an independent OpenID4VP verifier, which must verify it.
# usage: run-issuers.sh PATH_TO_VCDESK [CASE...]    (all cases when none is named)
#        run-issuers.sh --list                       (the case names)
set -euo pipefail

# The error codes vcdesk is expected to refuse with (stdout JSON .error.code).
code_wrong_tx_code=vci.token_invalid_grant
code_unknown_configuration=vci.unknown_configuration

cases=(
    sd-jwt-by-value
    sd-jwt-reference-tx-dpop
    jwt-vc-dpop-stale-nonce
    jwt-vc-deferred
    sd-jwt-tenant-path
    refused-wrong-tx-code
    refused-unknown-configuration
    sd-jwt-received-then-presented
    jwt-vc-received-then-presented
)
if [ "${1:-}" = --list ]; then
    printf '%s\n' "${cases[@]}"
    exit 0
fi
if [ $# -lt 1 ]; then
    echo "usage: run-issuers.sh PATH_TO_VCDESK [CASE...] | run-issuers.sh --list" >&2
    exit 64
fi
vcdesk=$1
shift
selected=("$@")
[ ${#selected[@]} -eq 0 ] && selected=("${cases[@]}")
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v node >/dev/null || [ ! -d "$here/node_modules/@openid4vc/openid4vci" ]; then
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

# A wallet whose holder key is a did:jwk (P-256), as in run-interop.sh.
"$vcdesk" wallet create "${wallet[@]}" --did-method jwk --key-type ES256 --kdf-time-ms 50 >/dev/null

# `wallet list --json` is an array of credential records (cli/WalletCommand.cpp, at most 100).
count_credentials() { "$vcdesk" wallet list "${wallet[@]}" --json | json '.length'; }

# Starts the issuer in the background (its arguments follow) and sets $offer and $issuer_pid.
start_issuer() {
    local out=$1
    shift
    node "$here/issuer-openid4vci.mjs" "$@" >"$out" 2>"$out.err" &
    issuer_pid=$!
    for _ in $(seq 100); do
        [ -s "$out" ] && break
        kill -0 "$issuer_pid" 2>/dev/null || break
        sleep 0.1
    done
    offer=$(head -1 "$out" | json '.offer' 2>/dev/null || true)
}

stop_issuer() {
    kill "$issuer_pid" 2>/dev/null || true
    wait "$issuer_pid" 2>/dev/null || true
}

# What the issuer printed after its first line: a problem with its events, or nothing.
# $2 = accepted: a "credential" event, then a "notification" with credential_accepted;
# $2 = refused: no "credential" event; $2 = list: the events, in one line.
# shellcheck disable=SC2016 # JavaScript, not shell, in single quotes
issuer_problem() {
    node -e 'const [file, want] = process.argv.slice(1);
        const events = require("fs").readFileSync(file, "utf8").trim().split("\n").slice(1).map((l) => JSON.parse(l));
        const c = events.findIndex((e) => e.event === "credential");
        const n = events.findIndex((e, i) => i > c && e.event === "notification");
        const seen = events.map((e) => e.event + (e.error ? `(${e.error})` : "")).join(" ");
        if (want === "list") console.log(seen);
        else if (want === "accepted" && c < 0) console.log(`the issuer issued nothing (events: ${seen})`);
        else if (want === "accepted" && n < 0) console.log(`no notification after the credential (events: ${seen})`);
        else if (want === "accepted" && events[n].notification_event !== "credential_accepted")
            console.log(`notification ${events[n].notification_event}, not credential_accepted`);
        else if (want === "refused" && c >= 0) console.log(`the issuer issued a credential (events: ${seen})`);' "$1" "$2"
}

# Case: vcdesk must store the credential and tell the issuer so. TX_CODE may be empty.
expect_accepted() {
    local name=$1 tx=$2 out="$work/$1.out" problems=() rc=0
    shift 2
    local before
    before=$(count_credentials)
    start_issuer "$out" "$@"
    local args=(receive "${wallet[@]}" --allow-loopback-http --yes --json)
    if [ -n "$tx" ]; then
        echo "$tx" >"$out.tx"
        args+=(--tx-code-file "$out.tx")
    fi
    "$vcdesk" "${args[@]}" "$offer" >"$out.receive" 2>"$out.receive.err" || rc=$?
    if [ "$rc" -ne 0 ]; then
        problems+=("vcdesk receive exited $rc ($(tail -c 400 "$out.receive.err"))")
    elif [ "$(json '.stored.length >= 1' <"$out.receive" 2>/dev/null || true)" != true ]; then
        problems+=("no .stored in vcdesk's JSON: $(tail -c 400 "$out.receive")")
    fi
    # The issuer exits by itself after the notification (or after its --timeout, 30 s).
    if [ "$rc" -eq 0 ]; then wait "$issuer_pid" 2>/dev/null || true; else stop_issuer; fi
    local problem
    problem=$(issuer_problem "$out" accepted)
    [ -n "$problem" ] && problems+=("$problem $(tail -3 "$out.err" | tr '\n' ' ')")
    local after
    after=$(count_credentials)
    [ "$after" -eq $((before + 1)) ] || problems+=("the wallet holds $after credentials, was $before")
    if [ ${#problems[@]} -eq 0 ]; then
        echo "ok: $name: stored; issuer: $(issuer_problem "$out" list)"
    else
        fail "$name: $(printf '%s; ' "${problems[@]}")"
    fi
}

# Case: vcdesk must refuse with this error code, store nothing, and be issued nothing.
expect_refused() {
    local name=$1 code=$2 tx=$3 out="$work/$1.out" problems=() rc=0
    shift 3
    local before
    before=$(count_credentials)
    start_issuer "$out" "$@"
    local args=(receive "${wallet[@]}" --allow-loopback-http --yes --json)
    if [ -n "$tx" ]; then
        echo "$tx" >"$out.tx"
        args+=(--tx-code-file "$out.tx")
    fi
    "$vcdesk" "${args[@]}" "$offer" >"$out.receive" 2>"$out.receive.err" || rc=$?
    stop_issuer
    if [ "$rc" -eq 0 ]; then
        problems+=("vcdesk accepted an offer it must refuse")
    else
        local got
        got=$(json '.error.code' <"$out.receive" 2>/dev/null || true)
        [ "$got" = "$code" ] ||
            problems+=("expected $code, got '$got' ($(tail -c 300 "$out.receive" | tr '\n' ' ') $(tail -c 300 "$out.receive.err"))")
    fi
    local problem
    problem=$(issuer_problem "$out" refused)
    [ -n "$problem" ] && problems+=("$problem")
    local after
    after=$(count_credentials)
    [ "$after" -eq "$before" ] || problems+=("the wallet holds $after credentials, was $before")
    if [ ${#problems[@]} -eq 0 ]; then
        echo "ok: $name: refused with $code"
    else
        fail "$name: $(printf '%s; ' "${problems[@]}")"
    fi
}

# Case: what vcdesk received from the issuer, it presents to an OpenID4VP verifier other people
# wrote (verifier-openid4vp.mjs, trusting that issuer's key), which must verify it. A wallet of
# its own, so the credential presented is the one just received.
expect_presented() {
    local name=$1 format=$2 out="$work/$1.out" problems=() rc=0
    local own=(--wallet "$work/$name.db" --passphrase-file "$work/passphrase")
    "$vcdesk" wallet create "${own[@]}" --did-method jwk --key-type ES256 --kdf-time-ms 50 >/dev/null
    start_issuer "$out" --format "$format" --write-issuer "$work/$name.issuer.json"
    "$vcdesk" receive "${own[@]}" --allow-loopback-http --yes --json "$offer" >"$out.receive" \
        2>"$out.receive.err" || rc=$?
    if [ "$rc" -eq 0 ]; then wait "$issuer_pid" 2>/dev/null || true; else stop_issuer; fi
    [ "$rc" -eq 0 ] || problems+=("vcdesk receive exited $rc ($(tail -c 400 "$out.receive.err"))")
    if [ ${#problems[@]} -eq 0 ]; then
        node "$here/verifier-openid4vp.mjs" --format "$format" --issuer "$work/$name.issuer.json" \
            --x509 "$here/../data/x509" >"$out.verifier" 2>"$out.verifier.err" &
        local verifier_pid=$!
        for _ in $(seq 100); do
            [ -s "$out.verifier" ] && break
            sleep 0.1
        done
        local uri
        uri=$(head -1 "$out.verifier" | json '.uri')
        "$vcdesk" present "${own[@]}" --allow-loopback-http --x509-anchor "$here/../data/x509/ca.crt" \
            --yes --json "$uri" >"$out.present" 2>&1 ||
            problems+=("vcdesk present failed: $(tail -c 400 "$out.present")")
        wait "$verifier_pid" ||
            problems+=("the verifier did not verify: $(tail -1 "$out.verifier") $(tail -3 "$out.verifier.err")")
    fi
    if [ ${#problems[@]} -eq 0 ]; then
        echo "ok: $name: received, presented, verified by the verifier: $(tail -1 "$out.verifier")"
    else
        fail "$name: $(printf '%s; ' "${problems[@]}")"
    fi
}

run_case() {
    case $1 in
    sd-jwt-by-value) expect_accepted "$1" "" --format sd-jwt ;;
    sd-jwt-reference-tx-dpop) expect_accepted "$1" 493536 --format sd-jwt --by-reference --tx-code 493536 --dpop ;;
    jwt-vc-dpop-stale-nonce) expect_accepted "$1" "" --format jwt-vc --dpop --stale-nonce-once ;;
    jwt-vc-deferred) expect_accepted "$1" "" --format jwt-vc --deferred ;;
    sd-jwt-tenant-path) expect_accepted "$1" "" --format sd-jwt --path /tenant ;;
    refused-wrong-tx-code)
        expect_refused "$1" "$code_wrong_tx_code" 000000 --format sd-jwt --tx-code 493536 ;;
    refused-unknown-configuration)
        expect_refused "$1" "$code_unknown_configuration" "" --format sd-jwt --offer-unknown-configuration ;;
    sd-jwt-received-then-presented) expect_presented "$1" sd-jwt ;;
    jwt-vc-received-then-presented) expect_presented "$1" jwt-vc ;;
    *) fail "$1: no such case (see --list)" ;;
    esac
}

for name in "${selected[@]}"; do
    run_case "$name"
done

if [ "$failures" -ne 0 ]; then
    echo "$failures issuer interop case(s) failed" >&2
    exit 1
fi
echo "all issuer interop cases passed"
