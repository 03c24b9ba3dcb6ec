# The three Debian packages, made by CPack from the install rules above (docs/adr/0029-debian-packages.md):
#   onewindow           the counter and its faces (component counter)
#   onewindow-hall      the hall's queue service, its systemd units and system user (component hall)
#   onewindow-training  the reference platform, for training and demonstrations only (component training)
# cpack --config build/CPackConfig.cmake -B DIR   writes onewindow*_VERSION-1_ARCH.deb into DIR.
set(ONEWINDOW_DEB_MAINTAINER "OneWindow maintainers <onewindow@example.org>")
set(ONEWINDOW_DEB_RELEASE 1)
set(ONEWINDOW_DEB_VERSION "${PROJECT_VERSION}-${ONEWINDOW_DEB_RELEASE}")

# Every package carries the copyright file and the Debian changelog in /usr/share/doc/PACKAGE, as Debian
# policy asks, its manual pages and its lintian overrides. Changelog and manual pages are compressed with
# gzip -9n (no name, no time stamp: the same bytes every build).
configure_file(debian/changelog.Debian.in ${CMAKE_CURRENT_BINARY_DIR}/changelog.Debian @ONLY)
set(onewindow_gzipped)
foreach(source IN ITEMS ${CMAKE_CURRENT_BINARY_DIR}/changelog.Debian ${CMAKE_CURRENT_SOURCE_DIR}/man/onewindow.1
        ${CMAKE_CURRENT_SOURCE_DIR}/man/onewindowctl.1 ${CMAKE_CURRENT_SOURCE_DIR}/man/onewindow-hall.1
        ${CMAKE_CURRENT_SOURCE_DIR}/man/onewindow-platform.1)
    get_filename_component(name ${source} NAME)
    add_custom_command(OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/${name}.gz
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/gz
        COMMAND ${CMAKE_COMMAND} -E copy ${source} ${CMAKE_CURRENT_BINARY_DIR}/gz/${name}
        COMMAND gzip -9nf ${CMAKE_CURRENT_BINARY_DIR}/gz/${name}
        COMMAND ${CMAKE_COMMAND} -E rename ${CMAKE_CURRENT_BINARY_DIR}/gz/${name}.gz ${CMAKE_CURRENT_BINARY_DIR}/${name}.gz
        DEPENDS ${source} VERBATIM)
    list(APPEND onewindow_gzipped ${CMAKE_CURRENT_BINARY_DIR}/${name}.gz)
endforeach()
add_custom_target(onewindow_debian_gzipped ALL DEPENDS ${onewindow_gzipped})
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/onewindow.1.gz ${CMAKE_CURRENT_BINARY_DIR}/onewindowctl.1.gz
    DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT counter)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/onewindow-hall.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT hall)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/onewindow-platform.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1
    COMPONENT training)
foreach(pair IN ITEMS "counter:onewindow" "hall:onewindow-hall" "training:onewindow-training")
    string(REPLACE ":" ";" pair "${pair}")
    list(GET pair 0 component)
    list(GET pair 1 package)
    install(FILES debian/copyright ${CMAKE_CURRENT_BINARY_DIR}/changelog.Debian.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${package} COMPONENT ${component})
    install(FILES debian/${package}.lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides
        RENAME ${package} COMPONENT ${component})
endforeach()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME onewindow)
set(CPACK_PACKAGE_VENDOR "OneWindow")
set(CPACK_PACKAGE_CONTACT "${ONEWINDOW_DEB_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_COMPONENTS_ALL counter hall training)
set(CPACK_DEB_COMPONENT_INSTALL ON)
# Stripped: a RelWithDebInfo build's debug information would triple the packages.
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Each package's description below starts with its own synopsis. CPack would put the project's one summary
# above all three unless the summary is CPack's placeholder, which its DEB generator knows to leave out.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_DEBIAN_PACKAGE_RELEASE ${ONEWINDOW_DEB_RELEASE})
set(CPACK_DEBIAN_PACKAGE_SOURCE onewindow)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The libraries a program links come from dpkg-shlibdeps (Debian's Qt 6 packages, at the versions built
# against). Only what a program loads at run time is named by hand: the Qt SQLite driver (a plugin, so
# no shlibdeps sees it) and, for the windows, the platform plugins (libqt6gui6 merely recommends them).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)

set(CPACK_DEBIAN_COUNTER_PACKAGE_NAME onewindow)
set(CPACK_DEBIAN_COUNTER_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_COUNTER_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
# openssl: onewindowctl hall tls (and hall init --tls-host) make the hall's certificates with it.
set(CPACK_DEBIAN_COUNTER_PACKAGE_RECOMMENDS "fonts-noto-cjk, openssl")
# onewindow --demo starts the hall service and the reference platform from beside itself.
set(CPACK_DEBIAN_COUNTER_PACKAGE_SUGGESTS "onewindow-hall, onewindow-training")
set(CPACK_DEBIAN_COUNTER_DESCRIPTION "government service hall counter client (一窗通)
OneWindow takes in any matter at one window of a government service hall:
the checklist of materials, the decision, the receipt and the case documents.
.
This package holds the counter program (onewindow) with its faces for the
hall's kiosk, call board, rating screen and supervisor dashboard, each with
a desktop entry, and the administrator's tool onewindowctl (users, reports,
retention, backup and restore).")

set(CPACK_DEBIAN_HALL_PACKAGE_NAME onewindow-hall)
set(CPACK_DEBIAN_HALL_PACKAGE_SECTION net)
set(CPACK_DEBIAN_HALL_PACKAGE_DEPENDS "libqt6sql6-sqlite, systemd")
set(CPACK_DEBIAN_HALL_PACKAGE_CONTROL_EXTRA
    ${CMAKE_CURRENT_SOURCE_DIR}/debian/hall/postinst ${CMAKE_CURRENT_SOURCE_DIR}/debian/hall/prerm
    ${CMAKE_CURRENT_SOURCE_DIR}/debian/hall/postrm)
set(CPACK_DEBIAN_HALL_DESCRIPTION "OneWindow hall service: the queue and calling of a service hall
The hall's server PC runs onewindow-hall: tickets from the kiosks, calls from
the windows, the event stream for the boards and the case summaries for the
supervisor's dashboard, over HTTP and WebSocket on the hall LAN.
.
The service runs as its own system user under systemd, with its database in
/var/lib/onewindow-hall and a nightly backup timer. It is installed but not
started: write /etc/onewindow/hall.json and the device tokens first.")

set(CPACK_DEBIAN_TRAINING_PACKAGE_NAME onewindow-training)
set(CPACK_DEBIAN_TRAINING_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_TRAINING_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_TRAINING_DESCRIPTION "OneWindow reference platform, for training and demonstrations only
onewindow-platform stands in for the province's government service platform
so that clerks can practise and the demo can run without one: it accepts the
cases a counter sends and moves them through their statuses.
.
It is not the real platform: never point a hall's counters at it in service.")

include(CPack)
