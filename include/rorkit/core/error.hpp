#pragma once
// The one error style of the C++ API: exceptions derived from rorkit::Error, each carrying the
// rorkit_status the C ABI reports for it.

#include <stdexcept>
#include <string>

#include "rorkit/c/rorkit_common.h"

namespace rorkit {

/// Thrown for every failure the caller can act on; status() is the C ABI code.
class Error : public std::runtime_error {
 public:
  Error(rorkit_status status, const std::string& message)
      : std::runtime_error(message), status_(status) {}

  /// The status code the C ABI returns for this failure.
  [[nodiscard]] rorkit_status status() const noexcept { return status_; }

 private:
  rorkit_status status_;
};

/// Throws rorkit::Error(status, message).
[[noreturn]] inline void fail(rorkit_status status, const std::string& message) {
  throw Error(status, message);
}

/// A static English description of a status code; never null.
const char* status_str(rorkit_status status) noexcept;

}  // namespace rorkit
