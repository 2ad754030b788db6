#pragma once
// The one mechanism every extern "C" body goes through: clear the thread's last error, run the
// body, turn any exception into a status code plus a message. Nothing escapes into C.

#include <cstdint>
#include <cstring>
#include <new>
#include <string>
#include <string_view>
#include <utility>

#include "rorkit/c/rorkit_common.h"
#include "rorkit/core/date.hpp"
#include "rorkit/core/error.hpp"

namespace rorkit::capi {

/// Replaces this thread's last-error message.
void set_last_error(std::string_view message) noexcept;
/// Empties this thread's last-error message.
void clear_last_error() noexcept;

/// Records a failure and returns its status, for early returns inside a guarded body.
inline rorkit_status failure(rorkit_status status, std::string_view message) noexcept {
  set_last_error(message);
  return status;
}

/// Runs body() (which returns rorkit_status) with the error protocol of docs/c-api.md.
template <class Body>
rorkit_status guarded(const char* function, Body&& body) noexcept {
  clear_last_error();
  try {
    rorkit_status status = std::forward<Body>(body)();
    return status;
  } catch (const rorkit::Error& e) {
    return failure(e.status(), std::string(function) + ": " + e.what());
  } catch (const std::bad_alloc&) {
    return failure(RORKIT_ERROR_OUT_OF_MEMORY, std::string(function) + ": out of memory");
  } catch (const std::exception& e) {
    return failure(RORKIT_ERROR_INTERNAL, std::string(function) + ": internal error: " + e.what());
  } catch (...) {
    return failure(RORKIT_ERROR_INTERNAL, std::string(function) + ": internal error");
  }
}

/// Throws Error(RORKIT_ERROR_NULL_POINTER) naming the parameter when p is null.
inline void require_arg(const void* p, const char* name) {
  if (p == nullptr) fail(RORKIT_ERROR_NULL_POINTER, std::string(name) + " is NULL");
}

/// Checks the version field of an options struct: 1..newest, else UNSUPPORTED_VERSION naming
/// the field.
inline void check_version(std::uint32_t version, std::uint32_t newest, const char* field) {
  if (version < 1 || version > newest)
    fail(RORKIT_ERROR_UNSUPPORTED_VERSION, std::string(field) + " is " + std::to_string(version) +
                                               "; this library supports 1-" +
                                               std::to_string(newest));
}

/// Validates a C string argument (non-null, valid UTF-8) and views it.
std::string_view require_text(const char* s, const char* name);

/// Converts a C date after validating it; `name` is used in the message.
rorkit::Date to_date(const rorkit_date& d, const char* name);
inline rorkit_date to_c(const rorkit::Date& d) noexcept { return {d.year, d.month, d.day}; }

/// Copies `n` items produced by fill(dst) into a caller buffer under the (dst, capacity, *count)
/// convention: too small -> *count = n, RORKIT_ERROR_BUFFER_TOO_SMALL, nothing written.
template <class T, class Vec, class Convert>
rorkit_status copy_out(T* dst, std::size_t capacity, std::size_t* count, const Vec& items,
                       Convert&& convert) {
  require_arg(count, "count");
  if (capacity < items.size()) {
    *count = items.size();
    fail(RORKIT_ERROR_BUFFER_TOO_SMALL, "buffer holds " + std::to_string(capacity) +
                                            " items, " + std::to_string(items.size()) +
                                            " needed (reported in *count)");
  }
  if (!items.empty()) require_arg(dst, "dst");
  for (std::size_t i = 0; i < items.size(); ++i) dst[i] = convert(items[i]);
  *count = items.size();
  return RORKIT_OK;
}

/// Makes an owned rorkit_string from bytes.
void to_owned(rorkit_string* out, std::string_view bytes);

}  // namespace rorkit::capi
