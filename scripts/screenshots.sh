#!/usr/bin/env bash
# Renders every page of the window into docs/screenshots/ at 100% and 200% scaling, on a private
# Xvfb display, with sample data in a temporary folder (tests/ui/render_pages).
#   scripts/screenshots.sh [BUILD_DIR]      (default build/dev)
# Needs ../shared/tools/shoot.sh (or SHOOT=path/to/shoot.sh); look at every picture after.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/dev}
shoot=${SHOOT:-$root/../shared/tools/shoot.sh}
render=$build/tests/ui/render_pages
[ -x "$render" ] || { echo "build first: $render is missing" >&2; exit 1; }
[ -x "$shoot" ] || { echo "no screenshot tool at $shoot (set SHOOT)" >&2; exit 1; }
out=$root/docs/screenshots
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_CACHE_HOME=$home/cache
sample=$root/tests/data/samples/email-credential.jwt
for page in welcome unlock credentials settings settings-lists settings-contexts inspector inspector-signed \
    inspector-batch present consent offers accounts history hosted receive receive-sign-in; do
    args=("$render" "$page")
    [ "$page" = inspector ] && args+=("$sample")
    [ "$page" = inspector-signed ] && args+=("$root/tests/data/jsonld-interop/ed25519-signature-2020.json")
    [ "$page" = inspector-batch ] &&
        args+=("$root/tests/data/samples" "$root/tests/data/seeds" "$root/tests/data/hostile")
    "$shoot" "$out/$page.png" --wait 4 -- "${args[@]}"
    "$shoot" "$out/$page@2x.png" --wait 4 --scale 2 --size 2560x1600 -- "${args[@]}"
done
console=$build/tests/ui/render_console
for tab in issuer hosted generation decision history; do
    "$shoot" "$out/console-$tab.png" --wait 6 -- "$console" "$tab"
    "$shoot" "$out/console-$tab@2x.png" --wait 6 --scale 2 --size 2560x1600 -- "$console" "$tab"
done
kiosk=$build/tests/ui/render_kiosk
for state in ready scanned verified refused trouble operator both scan shown shown-refused; do
    "$shoot" "$out/kiosk-$state.png" --wait 6 --size 1920x1080 -- "$kiosk" "$state"
    "$shoot" "$out/kiosk-$state@2x.png" --wait 6 --scale 2 --size 2560x1600 -- "$kiosk" "$state"
done
echo "wrote $out: look at every picture"
