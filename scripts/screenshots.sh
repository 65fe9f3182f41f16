#!/usr/bin/env bash
# Renders every page of the window into docs/screenshots/ at 100% and 200% scaling, on a private
# Xvfb display, with sample data in a temporary folder (tests/ui/render_pages); then a few pages
# in dark and high-contrast colours, right to left, in German and in French.
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
# The inspector's verdicts, as the metainfo and the guide show them.
tampered=$root/tests/data/samples/email-credential-tampered.jwt
"$shoot" "$out/inspector-not-valid.png" --wait 4 -- "$render" inspector "$tampered"
"$shoot" "$out/inspector-not-valid@2x.png" --wait 4 --scale 2 --size 2560x1600 -- "$render" inspector "$tampered"
"$shoot" "$out/inspector-valid.png" --wait 4 -- "$render" inspector "$sample"
# The same window in other colours, directions and languages, at 100%: a dark and a
# high-contrast palette (VCDESK_PALETTE, as a desktop theme hands it to Qt), right to left
# (-reverse), German and French (LANG).
for page in credentials consent inspector settings; do
    args=("$render" "$page")
    [ "$page" = inspector ] && args+=("$root/tests/data/samples/email-credential-tampered.jwt")
    VCDESK_PALETTE=dark "$shoot" "$out/$page-dark.png" --wait 4 -- "${args[@]}"
    VCDESK_PALETTE=high-contrast "$shoot" "$out/$page-high-contrast.png" --wait 4 -- "${args[@]}"
    "$shoot" "$out/$page-rtl.png" --wait 4 -- "${args[@]}" -reverse
    LANG=de_DE.UTF-8 "$shoot" "$out/$page-de.png" --wait 4 -- "${args[@]}"
    LANG=fr_FR.UTF-8 "$shoot" "$out/$page-fr.png" --wait 4 -- "${args[@]}"
done
VCDESK_PALETTE=dark "$shoot" "$out/kiosk-verified-dark.png" --wait 6 --size 1920x1080 -- "$kiosk" verified
LANG=fr_FR.UTF-8 "$shoot" "$out/kiosk-verified-fr.png" --wait 6 --size 1920x1080 -- "$kiosk" verified
echo "wrote $out: look at every picture"
