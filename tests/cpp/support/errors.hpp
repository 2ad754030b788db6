#pragma once
// Test helpers: run a callable and report the rorkit::Error it throws, if any.

#include <functional>
#include <string>

#include <catch2/catch.hpp>

#include "rorkit/core/error.hpp"

namespace rorkit::test {

/// The status of the rorkit::Error f throws, or RORKIT_OK when it returns normally.
inline rorkit_status status_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const rorkit::Error& e) {
    return e.status();
  }
  return RORKIT_OK;
}

/// The message of the rorkit::Error f throws, or "" when it returns normally.
inline std::string message_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const rorkit::Error& e) {
    return e.what();
  }
  return "";
}

/// The rorkit::Error f throws; fails the current test when f returns normally.
template <class F>
rorkit::Error error_of(F f) {
  try {
    f();
  } catch (const rorkit::Error& e) {
    return e;
  }
  FAIL("expected rorkit::Error");
  return rorkit::Error(RORKIT_OK, "");
}

}  // namespace rorkit::test
