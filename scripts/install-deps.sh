#!/usr/bin/env bash
# Installs the Debian 12 packages listed in packaging/debian-packages.txt that are missing.
# Used by run.sh and test.sh; safe to run again (it does nothing when all are present).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
list="$root/packaging/debian-packages.txt"

missing=()
while read -r pkg; do
    [[ -z "$pkg" || "$pkg" == \#* ]] && continue
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$pkg")
    fi
done <"$list"
# Packages a caller needs only sometimes (test.sh: Node.js when the machine has none).
for pkg in ${VCDESK_EXTRA_PACKAGES:-}; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then
        sudo="sudo"
    else
        echo "vcdesk: these Debian packages are missing and I am not root: ${missing[*]}" >&2
        exit 1
    fi
fi
echo "vcdesk: installing ${#missing[@]} missing Debian packages: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
