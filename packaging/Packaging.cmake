# The Debian package: `cpack -G DEB` in the build folder makes switchboard_<version>_<arch>.deb
# with the desktop app (its .desktop file and icon), the command-line tool, the routing service
# with a systemd unit and its own system user, and a man page for each executable.
# Dependencies come from the binaries themselves (dpkg-shlibdeps) plus the Qt plugins the
# desktop loads at run time, which no binary links.

install(FILES ${CMAKE_CURRENT_LIST_DIR}/switchboard-router.service DESTINATION lib/systemd/system)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/switchboard-router.sysusers
        DESTINATION lib/sysusers.d RENAME switchboard-router.conf)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/router.json.example
        DESTINATION share/doc/switchboard/examples)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME switchboard)
set(CPACK_PACKAGE_VENDOR "Switchboard")
set(CPACK_PACKAGE_CONTACT "Switchboard maintainers <switchboard@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Self-service catalog portal for Apache Kafka")
set(CPACK_PACKAGE_DESCRIPTION
    "A desktop catalog of Kafka clusters and topics with channels, access requests,\n\
credential vending and client config profiles, a command-line tool, and a routing\n\
service that client SDKs ask for their bootstrap servers, topic and credentials.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY switchboard)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded by Qt at run time, so dpkg-shlibdeps cannot see them: the SVG icon engine.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, adduser")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${CMAKE_CURRENT_LIST_DIR}/postinst ${CMAKE_CURRENT_LIST_DIR}/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
