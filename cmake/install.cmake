include(CMakePackageConfigHelpers)

set(RORKIT_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/rorkit)

install(TARGETS rorkit_static rorkit_shared rorkit_headers
        EXPORT rorkitTargets
        COMPONENT dev
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY include/rorkit DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT dev)
install(FILES ${RORKIT_GENERATED_INCLUDE_DIR}/rorkit/c/rorkit_version.h
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/rorkit/c COMPONENT dev)
# The key-figure catalogue as an editable file (share/rorkit/keyfig/catalogue.json); the library
# has the same text compiled in as Catalogue::builtin().
install(DIRECTORY data/keyfig DESTINATION ${CMAKE_INSTALL_DATADIR}/rorkit COMPONENT dev)
if(RORKIT_BUILD_CLI)
  install(TARGETS rorkit_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT cli)
endif()

install(EXPORT rorkitTargets NAMESPACE rorkit:: DESTINATION ${RORKIT_CMAKE_DIR} COMPONENT dev)
configure_package_config_file(cmake/rorkitConfig.cmake.in
  ${PROJECT_BINARY_DIR}/rorkitConfig.cmake INSTALL_DESTINATION ${RORKIT_CMAKE_DIR})
# Before 1.0 a minor release may break the C++ API (docs/api-stability.md), so 0.y only
# satisfies requests for 0.y; from 1.0 any later minor of the same major does.
if(PROJECT_VERSION_MAJOR EQUAL 0)
  set(rorkit_compatibility SameMinorVersion)
else()
  set(rorkit_compatibility SameMajorVersion)
endif()
write_basic_package_version_file(${PROJECT_BINARY_DIR}/rorkitConfigVersion.cmake
  COMPATIBILITY ${rorkit_compatibility})
install(FILES ${PROJECT_BINARY_DIR}/rorkitConfig.cmake ${PROJECT_BINARY_DIR}/rorkitConfigVersion.cmake
        DESTINATION ${RORKIT_CMAKE_DIR} COMPONENT dev)

# pkg-config paths are written relative to ${prefix} when they can be, so a staged install
# (DESTDIR or --prefix at install time) stays consistent.
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(RORKIT_PC_LIBDIR "${CMAKE_INSTALL_LIBDIR}")
else()
  set(RORKIT_PC_LIBDIR "\${exec_prefix}/${CMAKE_INSTALL_LIBDIR}")
endif()
if(IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(RORKIT_PC_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
else()
  set(RORKIT_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
configure_file(cmake/rorkit.pc.in ${PROJECT_BINARY_DIR}/rorkit.pc.tmp @ONLY)
# The prefix line must follow `cmake --install --prefix`, so it is rewritten at install time.
install(CODE "
  file(READ \"${PROJECT_BINARY_DIR}/rorkit.pc.tmp\" pc)
  string(REGEX REPLACE \"^prefix=[^\\n]*\" \"prefix=\${CMAKE_INSTALL_PREFIX}\" pc \"\${pc}\")
  file(WRITE \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_LIBDIR}/pkgconfig/rorkit.pc\" \"\${pc}\")
  message(STATUS \"Installing: \$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_LIBDIR}/pkgconfig/rorkit.pc\")
" COMPONENT dev)
