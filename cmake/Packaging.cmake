# Installation and Debian packages.
#
#   cmake --install build --prefix /usr/local
#     bin/otel-tidy, bin/otel-clangd (where it is built: LLVM 19 and later),
#     lib/libOtelTidy.so, share/doc/otel-tidy/, lib/cmake/otel-tidy/
#     (find_package(otel-tidy))
#   cpack --config build/CPackConfig.cmake
#     otel-tidy-llvm<N>_<version>_amd64.deb, depending on the clang-tidy and
#     libclang-cpp of LLVM <N>. Packages for different majors conflict: a
#     system has one otel-tidy.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(OTEL_TIDY_PLUGIN_FILE libOtelTidy.so)
install(TARGETS otel-tidy RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS OtelTidyPlugin LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
if(OTEL_TIDY_HAVE_CLANGD)
  install(TARGETS otel-clangd RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
install(DIRECTORY docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(config_dir ${CMAKE_INSTALL_LIBDIR}/cmake/otel-tidy)
configure_package_config_file(cmake/otel-tidyConfig.cmake.in
  ${PROJECT_BINARY_DIR}/otel-tidyConfig.cmake
  INSTALL_DESTINATION ${config_dir}
  PATH_VARS CMAKE_INSTALL_LIBDIR CMAKE_INSTALL_BINDIR)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/otel-tidyConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/otel-tidyConfig.cmake
              ${PROJECT_BINARY_DIR}/otel-tidyConfigVersion.cmake
  DESTINATION ${config_dir})

set(major ${LLVM_VERSION_MAJOR})
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME otel-tidy-llvm${major})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
  "clang-tidy checks for OpenTelemetry/OpenCensus error recording (LLVM ${major})")
set(CPACK_PACKAGE_CONTACT "otel-tidy developers")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
  "clang-tidy-${major}, libclang-cpp${major}, libllvm${major}, libc6, libstdc++6")
set(CPACK_DEBIAN_PACKAGE_PROVIDES otel-tidy)
set(CPACK_DEBIAN_PACKAGE_CONFLICTS otel-tidy)
set(CPACK_DEBIAN_PACKAGE_REPLACES otel-tidy)
if(OTEL_TIDY_HAVE_CLANGD)
  # otel-clangd also needs clangd's runtime libraries (gRPC, protobuf,
  # abseil): dpkg-shlibdeps names their packages.
  string(APPEND CPACK_PACKAGE_DESCRIPTION_SUMMARY ", and otel-clangd")
  find_program(OTEL_TIDY_DPKG_SHLIBDEPS dpkg-shlibdeps)
  if(OTEL_TIDY_DPKG_SHLIBDEPS)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  else()
    message(WARNING "otel-clangd: dpkg-shlibdeps not found (Debian package "
      "dpkg-dev): the .deb will not name the libraries otel-clangd needs "
      "beyond LLVM's")
  endif()
endif()
set(CPACK_STRIP_FILES ON)
include(CPack)
