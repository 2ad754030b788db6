#pragma once
// Test helpers for the StatBank CSV reader: the hand-written fixtures under tests/data/statbank
// (found relative to this header, so the tests run from any working directory).

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "rorkit/core/error.hpp"
#include "rorkit/keyfig/statbank.hpp"

namespace statbank_test {

using namespace rorkit;

inline std::filesystem::path statbank_dir() {
  return std::filesystem::path(__FILE__).parent_path().parent_path().parent_path() / "data" /
         "statbank";
}

inline std::string read_fixture(const std::string& name) {
  std::ifstream in(statbank_dir() / name, std::ios::binary);
  REQUIRE(in.good());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// Reads a fixture with the file name as the source.
inline StatbankTable read_file(const std::string& name, StatbankOptions options = {}) {
  options.source = name;
  return read_statbank_csv(read_fixture(name), options);
}

/// The error reading `text` throws; fails the test when it reads.
inline Error read_error(const std::string& text, StatbankOptions options = {}) {
  try {
    (void)read_statbank_csv(text, options);
  } catch (const Error& e) {
    return e;
  }
  FAIL("expected rorkit::Error");
  return Error(RORKIT_OK, "");
}

inline Error file_error(const std::string& name, StatbankOptions options = {}) {
  options.source = name;
  return read_error(read_fixture(name), options);
}

inline bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace statbank_test
