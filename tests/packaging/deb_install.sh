#!/usr/bin/env bash
# deb_install.sh SOURCE_DIR BUILD_DIR
# The Debian package as a person gets it: CPack packages BUILD_DIR with the configuration
# packaging/build-deb.sh uses (packaging/Package.cmake; build-deb.sh gives it the release
# tree, ctest the tree it tests), the package's contents and computed dependencies are checked,
# then it is installed with `apt-get install ./vcdesk_*.deb` into a clean Debian 12 root made
# by debootstrap, and run there: vcdesk --version, vcdesk inspect on a sample, its German help,
# vcdesk-agent serving for a moment, the window still running after five seconds (offscreen),
# and xdg-mime naming vcdesk for the links it handles.
#
# Needs root (debootstrap, chroot) and deb.debian.org. The clean root is cached after
# debootstrap (VCDESK_PACKAGE_CACHE, default /var/cache/vcdesk-tests), and so are the packages
# apt downloads; the root itself is made afresh from that cache on every run.
set -euo pipefail
src=$(cd "$1" && pwd) build=$(cd "$2" && pwd)
cache=${VCDESK_PACKAGE_CACHE:-/var/cache/vcdesk-tests}
mirror=${VCDESK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
fail() { echo "deb_install: $*" >&2; exit 1; }
step() { echo "deb_install: $*"; }

if [ "$(id -u)" != 0 ]; then
    echo "deb_install: skipped: installing into a debootstrap root needs root (chroot)" >&2
    exit 77
fi
# Its own mount and PID namespaces: what it mounts, and what it starts in the root, ends with
# it, even when ctest kills it at its timeout and no trap runs.
if [ -z "${VCDESK_DEB_NAMESPACED:-}" ]; then
    if ! unshare --mount --propagation private --pid --fork true 2>/dev/null; then
        echo "deb_install: skipped: no mount namespace here (root without CAP_SYS_ADMIN)" >&2
        exit 77
    fi
    export VCDESK_DEB_NAMESPACED=1
    exec unshare --mount --propagation private --pid --fork bash "$0" "$@"
fi
for tool in cpack dpkg-deb debootstrap chroot; do
    command -v "$tool" >/dev/null || fail "$tool is missing (scripts/install-deps.sh installs it)"
done

work=$(mktemp -d /var/tmp/vcdesk-deb.XXXXXX)
root=$work/root
cleanup() {
    for mount in "$root/var/cache/apt/archives" "$root/dev/pts" "$root/dev" "$root/proc"; do
        mountpoint -q "$mount" 2>/dev/null && umount -l "$mount"
    done
    rm -rf --one-file-system "$work"
}
trap cleanup EXIT

# 1. The package, from the same CPack configuration build-deb.sh uses.
step "packaging $build"
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1) ||
    { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$work"/out/vcdesk_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || fail "cpack made no vcdesk_*.deb"
contents=$(dpkg-deb --contents "$deb" | awk '{print $6}')
for path in ./usr/bin/vcdesk ./usr/bin/vcdesk-agent \
    ./usr/share/applications/vcdesk.desktop \
    ./usr/share/metainfo/io.github.vcdesk.vcdesk.metainfo.xml \
    ./usr/share/man/man1/vcdesk.1.gz ./usr/share/man/man1/vcdesk-agent.1.gz \
    ./usr/share/vcdesk/translations/vcdesk_de.qm ./usr/share/vcdesk/translations/vcdesk_fr.qm \
    ./usr/share/icons/hicolor/scalable/apps/vcdesk.svg; do
    grep -qx "$path" <<<"$contents" || fail "the package lacks $path"
done
for size in 16 22 24 32 48 64 128 256 512; do
    grep -qx "./usr/share/icons/hicolor/${size}x${size}/apps/vcdesk.png" <<<"$contents" ||
        fail "the package lacks the ${size}x${size} icon"
done
depends=$(dpkg-deb --field "$deb" Depends)
for library in libqt6widgets6 libqt6network6 libssl3 libsecp256k1 libsodium23 libargon2 libzxing libqrcodegencpp libqt6keychain libqt6sql6-sqlite; do
    grep -q "$library" <<<"$depends" || fail "Depends lacks $library: $depends"
done
step "$(basename "$deb"): $(wc -l <<<"$contents") paths, Depends: $depends"

# 2. A clean Debian 12 root.
mkdir -p "$cache/apt-archives/partial"
base=$cache/bookworm-minbase.tar.gz
if [ ! -s "$base" ]; then
    step "debootstrap bookworm (cached in $base afterwards)"
    mkdir -p "$work/base"
    debootstrap --variant=minbase bookworm "$work/base" "$mirror" >"$work/debootstrap.log" 2>&1 ||
        { tail -20 "$work/debootstrap.log" >&2; fail "debootstrap failed (network? $mirror)"; }
    tar -C "$work/base" -czf "$base.part" . && mv "$base.part" "$base"
    rm -rf --one-file-system "$work/base"
fi
mkdir -p "$root"
tar -C "$root" -xzf "$base"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
mount --bind "$cache/apt-archives" "$root/var/cache/apt/archives"
cp /etc/resolv.conf "$root/etc/resolv.conf"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

# 3. Installed as a person would: apt resolves what it depends on and recommends.
cp "$deb" "$root/tmp/"
step "apt-get install ./$(basename "$deb") in the clean root"
in_root apt-get update -qq >"$work/apt.log" 2>&1 || { tail -20 "$work/apt.log" >&2; fail "apt-get update failed"; }
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./tmp/$(basename "$deb")" \
    >>"$work/apt.log" 2>&1 < /dev/null ||
    { tail -30 "$work/apt.log" >&2; fail "apt-get install of the package failed"; }

# 4. It runs there.
for binary in vcdesk vcdesk-agent; do
    missing=$(in_root ldd "/usr/bin/$binary" | grep 'not found' || true)
    [ -z "$missing" ] || fail "$binary misses libraries in the clean root: $missing"
done
version=$(in_root vcdesk --version)
grep -qx 'vcdesk [0-9][0-9.]*' <<<"$version" || fail "vcdesk --version printed: $version"
cp "$src/tests/data/samples/email-credential.jwt" "$root/tmp/sample.jwt"
status=0
in_root vcdesk inspect --offline --at 2025-01-01T00:00:00Z /tmp/sample.jwt >"$work/inspect.log" 2>&1 || status=$?
[ "$status" = 0 ] || { cat "$work/inspect.log" >&2; fail "vcdesk inspect of a valid sample exited $status"; }
german=$(in_root env LANG=de_DE.UTF-8 vcdesk --help 2>&1 || true)
grep -q 'Befehle' <<<"$german" || fail "vcdesk --help under LANG=de_DE is not German: $(head -3 <<<"$german")"
# chroot execs env, which execs the agent: $! is the agent itself, so kill reaches it.
chroot "$root" env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 \
    vcdesk-agent --port 0 --data /tmp/agent >"$root/tmp/agent.out" 2>"$work/agent.err" &
agent=$!
for _ in $(seq 50); do grep -q '^http://127.0.0.1:' "$root/tmp/agent.out" && break; sleep 0.2; done
grep -q '^http://127.0.0.1:' "$root/tmp/agent.out" || { cat "$work/agent.err" >&2; fail "vcdesk-agent did not start"; }
[ -s "$root/tmp/agent/agent.json" ] || fail "vcdesk-agent wrote no agent.json"
kill "$agent" && wait "$agent" 2>/dev/null || true
status=0
in_root env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp timeout 5 vcdesk >"$work/window.log" 2>&1 || status=$?
[ "$status" = 124 ] || { cat "$work/window.log" >&2; fail "the window ended with $status instead of running"; }
handler=$(in_root xdg-mime query default x-scheme-handler/openid4vp || true)
[ "$handler" = vcdesk.desktop ] || fail "xdg-mime names '$handler' for openid4vp links, not vcdesk.desktop"
for scheme in openid-vc haip-vp openid-credential-offer; do
    handler=$(in_root xdg-mime query default "x-scheme-handler/$scheme" || true)
    [ "$handler" = vcdesk.desktop ] || fail "xdg-mime names '$handler' for $scheme links"
done
step "installed and ran in a clean Debian 12 root: $version; inspect valid; German help; agent served; window ran; xdg-mime names vcdesk.desktop"
