# Package settings per platform: a .deb on Linux, an NSIS installer on Windows, a disk image on macOS.
set(CPACK_PACKAGE_NAME sipcabinet)
set(CPACK_PACKAGE_VENDOR "SIP Cabinet developers")
set(CPACK_PACKAGE_CONTACT "SIP Cabinet developers <dev@sipcabinet.example>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "invoices of a SIP-telephony operator's personal account")
set(CPACK_PACKAGE_DESCRIPTION
    "SIP Cabinet is the invoices section of a SIP-telephony operator's personal\n"
    "account for business customers, as a desktop application for accountants:\n"
    "repeat invoices to e-mail, download invoices by link, change the delivery of\n"
    "invoices, order call details and current charges, and keep every document in\n"
    "a local archive.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "SIP Cabinet")
set(CPACK_PACKAGE_EXECUTABLES sipcabinet "SIP Cabinet")
set(CPACK_STRIP_FILES ON)

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR DEB)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION utils)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://sipcabinet.example/")
    # Libraries come from dpkg-shlibdeps; plugins are loaded at run time, so they are named here.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, qt6-translations-l10n")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
elseif(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_NSIS_DISPLAY_NAME "SIP Cabinet")
    set(CPACK_NSIS_PACKAGE_NAME "SIP Cabinet")
    set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_LIST_DIR}/windows/sipcabinet.ico)
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin/sipcabinet.exe)
    set(CPACK_NSIS_CREATE_ICONS_EXTRA
        "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\SIP Cabinet.lnk' '$INSTDIR\\\\bin\\\\sipcabinet.exe'")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME "SIP Cabinet")
endif()

include(CPack)
