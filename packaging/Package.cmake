# The Debian package, made by CPack from what `cmake --install` installs (packaging/build-deb.sh
# runs it). Runtime dependencies on shared libraries are computed by dpkg-shlibdeps; what is
# loaded as a plugin, and so invisible to it, is listed here.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME vcdesk)
set(CPACK_PACKAGE_VENDOR "The vcdesk developers")
set(CPACK_PACKAGE_CONTACT "The vcdesk developers <vcdesk@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "wallet, kiosk verifier and console for verifiable credentials")
set(CPACK_PACKAGE_DESCRIPTION
    "vcdesk keeps verifiable credentials in an encrypted wallet on the desktop and presents\n"
    "them to verifiers over OpenID4VP; it receives them over OpenID4VCI; its kiosk verifies\n"
    "what people show at a door, and its console inspects credentials in bulk. Also\n"
    "vcdesk-agent, a local issuer, verifier and wallet service.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/vcdesk/vcdesk")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins: the wallet's SQLite driver and the SVG icon engine (needed); Qt's own translations,
# Wayland, the camera's GStreamer elements, a browser hand-over and the menu's link handlers
# (wanted); the kiosks' shared PostgreSQL log and a Secret Service keychain (optional).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-translations-l10n, qt6-wayland, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, xdg-utils, desktop-file-utils")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libqt6sql6-psql, gnome-keyring")
include(CPack)
