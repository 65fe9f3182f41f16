#!/usr/bin/env bash
# packaging/build-deb.sh: builds vcdesk for release (the `package` preset: optimised, no tests)
# and makes the Debian package with CPack (packaging/Package.cmake). Its dependencies on shared
# libraries are computed by dpkg-shlibdeps. Prints the path of the .deb as its last line.
#   sudo apt-get install ./build/package/vcdesk_*.deb
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/install-deps.sh >&2
cmake --preset package >&2
cmake --build --preset package >&2
rm -f build/package/vcdesk_*.deb
(cd build/package && cpack -G DEB >&2)
deb=$(ls "$root"/build/package/vcdesk_*.deb)
dpkg-deb --info "$deb" | sed -n 's/^ \(Package\|Version\|Depends\|Recommends\|Installed-Size\):/\1:/p' >&2
echo "$deb"
