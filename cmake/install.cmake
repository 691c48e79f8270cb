# `cmake --install build --prefix PREFIX` (DESTDIR works): PREFIX/bin/sori, the presets and the
# lexicon in PREFIX/share/sori/voices (found relative to the binary), the man page and bash
# completion. `cpack -G DEB` in the build folder packs the same files as sori_VERSION_ARCH.deb.
install(TARGETS sori RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${CMAKE_SOURCE_DIR}/voices/ DESTINATION ${CMAKE_INSTALL_DATADIR}/sori/voices
        FILES_MATCHING PATTERN "*.ini" PATTERN "*.tsv")
install(FILES ${CMAKE_SOURCE_DIR}/doc/sori.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CMAKE_SOURCE_DIR}/completions/sori.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME sori)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME sori)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_CONTACT "sori developers <sori@localhost>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION sound)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The libraries come from dpkg-shlibdeps; eSpeak's voice data is a file dependency it cannot see.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "espeak-ng-data")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "ffmpeg")
set(CPACK_PACKAGE_DESCRIPTION "sori reads a Korean article (plain text or Markdown) aloud with eSpeak NG's \
Korean voice and writes WAV, FLAC, Opus, MP3 or M4B audio with a named chapter at every section, a JSON \
timing map and chapter and subtitle files. Only edited sentences are synthesized again.")
set(CPACK_STRIP_FILES ON)
include(CPack)
