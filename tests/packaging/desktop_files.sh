#!/usr/bin/env bash
# desktop_files.sh SOURCE_DIR VERSION
# The desktop entry passes desktop-file-validate and takes the links vcdesk handles; the
# AppStream metainfo passes appstreamcli validate, names this version as its newest release,
# and every screenshot it shows is one of docs/screenshots/.
set -euo pipefail
src=$1 version=$2
desktop=$src/packaging/linux/vcdesk.desktop
metainfo=$src/packaging/linux/io.github.vcdesk.vcdesk.metainfo.xml
fail() { echo "desktop_files: $*" >&2; exit 1; }

desktop-file-validate "$desktop" || fail "desktop-file-validate refuses $desktop"
for scheme in openid4vp openid-vc haip-vp openid openid-credential-offer; do
    grep -qE "^MimeType=(.*;)?x-scheme-handler/$scheme;" "$desktop" ||
        fail "the desktop entry does not take $scheme links"
done
grep -qE '^Exec=vcdesk %u$' "$desktop" || fail "Exec must hand the link over (%u)"

appstreamcli validate --no-net "$metainfo" || fail "appstreamcli refuses $metainfo"
newest=$(grep -oE '<release version="[^"]+"' "$metainfo" | head -1 | cut -d'"' -f2)
[ "$newest" = "$version" ] || fail "the newest release in the metainfo is $newest, the project is $version"
grep -q "<launchable type=\"desktop-id\">vcdesk.desktop</launchable>" "$metainfo" ||
    fail "the metainfo does not launch vcdesk.desktop"
shots=$(grep -oE 'docs/screenshots/[A-Za-z0-9@._-]+[.]png' "$metainfo")
[ -n "$shots" ] || fail "the metainfo shows no screenshots"
for shot in $shots; do
    [ -f "$src/$shot" ] || fail "the metainfo shows $shot, which is not in the repository"
done
echo "desktop entry and metainfo valid; $(wc -w <<<"$shots") screenshots present"
