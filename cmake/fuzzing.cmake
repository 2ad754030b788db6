# RORKIT_BUILD_FUZZERS: libFuzzer targets (tests/fuzz/fuzz_*). libFuzzer comes with clang only.
# Everything (the library too) is compiled with coverage instrumentation and ASan+UBSan, so the
# fuzzer sees the parser's branches; the fuzz executables add -fsanitize=fuzzer at link time.
if(RORKIT_BUILD_FUZZERS)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR
      "RORKIT_BUILD_FUZZERS needs clang (libFuzzer); configure with "
      "-DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ (docs/building.md)")
  endif()
  if(NOT RORKIT_BUILD_TESTS)
    message(FATAL_ERROR
      "RORKIT_BUILD_FUZZERS needs RORKIT_BUILD_TESTS=ON (the targets live in tests/fuzz)")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -g)
  add_link_options(-fsanitize=address,undefined)
endif()
