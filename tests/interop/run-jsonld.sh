#!/usr/bin/env bash
# JSON-LD credentials issued by the digitalbazaar stack (@digitalbazaar/vc with the Data
# Integrity cryptosuites eddsa-rdfc-2022 and ecdsa-rdfc-2019, offline document loader) verify
# in vcdesk, and copies changed after signing do not, in vcdesk or in that stack (see README.md).
# usage: run-jsonld.sh PATH_TO_VCDESK
set -euo pipefail
vcdesk=$1
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v node >/dev/null || [ ! -d "$here/node_modules/@digitalbazaar/vc" ]; then
    echo "jsonld interop: Node.js or the npm packages are missing: run scripts/test.sh (or npm ci in tests/interop)" >&2
    exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Its own data and cache folders: nothing the user allowed or cached takes part.
export XDG_DATA_HOME="$work/xdg-data" XDG_CACHE_HOME="$work/xdg-cache" XDG_CONFIG_HOME="$work/xdg-config"
json() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const v=JSON.parse(s);console.log(eval("v"+process.argv[1]))})' "$1"; }
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# Writes a copy of $1 to $2 with one change made by the JavaScript statement $3 (on `c`).
tamper() {
    node -e 'const fs=require("fs");const c=JSON.parse(fs.readFileSync(process.argv[1]));eval(process.argv[3]);fs.writeFileSync(process.argv[2],JSON.stringify(c))' "$1" "$2" "$3"
}

# vcdesk's verdict and its SignatureVerification result for one file, as "verdict/result".
vcdesk_says() {
    "$vcdesk" inspect --json "$1" >"$1.inspect" 2>&1 || true
    json '.verdict+"/"+v.checks.find(c=>c.name=="SignatureVerification").result' <"$1.inspect"
}

node "$here/jsonld-issue.mjs" did:example:ebfeb1f712ebc6f1c276e12ec21 "$work" >/dev/null
for file in "$work"/*.json; do
    name=$(basename "$file" .json)
    verified=$(node "$here/jsonld-verify.mjs" "$file" | json '.verified')
    [ "$verified" = true ] || fail "$name: the issuing stack does not verify its own credential"
    said=$(vcdesk_says "$file")
    if [ "$said" = valid/pass ]; then echo "ok: $name: valid in vcdesk"; else fail "$name: vcdesk says $said: $(head -c 600 "$file.inspect")"; fi

    # Each change must be caught by both sides.
    changes=(
        'c.credentialSubject.id="did:example:someone-else"'
        'c.type.push("ExtraCredential")'
        'c.proof.created="2020-01-01T00:00:00Z"'
        'c.proof.proofValue=c.proof.proofValue.slice(0,-2)+(c.proof.proofValue.endsWith("A1")?"B2":"A1")'
    )
    for i in "${!changes[@]}"; do
        copy="$work/$name.changed-$i.json.txt"
        tamper "$file" "$copy" "${changes[$i]}"
        node_verified=$(node "$here/jsonld-verify.mjs" "$copy" | json '.verified')
        said=$(vcdesk_says "$copy")
        if [ "$node_verified" != false ]; then fail "$name: change '${changes[$i]}' passes the issuing stack"; fi
        case "$said" in
            invalid/fail) echo "ok: $name: change $i caught ($said)" ;;
            *) fail "$name: change '${changes[$i]}': vcdesk says $said" ;;
        esac
    done
done

if [ "$failures" -gt 0 ]; then
    echo "jsonld interop: $failures failure(s)" >&2
    exit 1
fi
echo "jsonld interop: all cases passed"
